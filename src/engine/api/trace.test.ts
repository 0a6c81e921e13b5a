import { describe, expect, it } from 'vitest';
import { Trace } from './trace';

describe('Trace ring', () => {
  it('keeps the last `capacity` entries, oldest first', () => {
    const t = new Trace(3);
    for (let i = 1; i <= 5; i++) t.record({ time: i, from: 'a', to: 'b', verb: 'get' });
    expect(t.recent().map((e) => e.seq)).toEqual([3, 4, 5]);
    t.record({ time: 6, from: 'a', to: 'b', verb: 'get' });
    expect(t.recent().map((e) => e.time)).toEqual([4, 5, 6]);
  });

  it('with capacity 0 keeps nothing but still notifies', () => {
    const t = new Trace(0);
    const seen: number[] = [];
    t.subscribe((e) => seen.push(e.seq));
    t.record({ time: 1, from: 'a', to: 'b', verb: 'get' });
    expect(t.recent()).toEqual([]);
    expect(seen).toEqual([1]);
  });
});
