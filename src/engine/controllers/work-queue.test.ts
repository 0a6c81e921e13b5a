import { describe, expect, it } from 'vitest';
import { Clock, newClockState } from '../sim/clock';
import { WorkQueue, newWorkQueueState } from './work-queue';

function setup() {
  const clock = new Clock(newClockState());
  const q = new WorkQueue(clock, 'ctrl', newWorkQueueState());
  const processed: Array<[number, string]> = [];
  clock.on('ctrl', (t) => {
    const key = q.take(t);
    if (key) processed.push([clock.now(), key]);
  });
  return { clock, q, processed };
}

describe('WorkQueue', () => {
  it('deduplicates a key queued twice', () => {
    const { clock, q, processed } = setup();
    q.add('default/web', 10);
    q.add('default/web', 10);
    q.add('default/web', 20);
    clock.runUntil(100);
    expect(processed).toEqual([[10, 'default/web']]);
  });

  it('an earlier add wins over a later one', () => {
    const { clock, q, processed } = setup();
    q.add('k', 50);
    q.add('k', 5);
    clock.runUntil(100);
    expect(processed).toEqual([[5, 'k']]);
  });

  it('backs off failing keys exponentially from 5 ms and forgets on success', () => {
    const { clock, q, processed } = setup();
    q.addRateLimited('k');
    q.addRateLimited('k');
    clock.runUntil(1);
    expect(q.failures('k')).toBe(2);
    clock.runUntil(100);
    expect(processed).toEqual([[5, 'k']]);
    q.forget('k');
    expect(q.failures('k')).toBe(0);
  });
});
