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

describe('WorkQueue rate limiter (DefaultTypedControllerRateLimiter)', () => {
  it('lets a burst of 100 rate-limited adds through, then 10 a second, even when each key is forgotten', () => {
    const { clock, q, processed } = setup();
    for (let i = 0; i < 130; i++) {
      q.addRateLimited(`k${i}`);
      q.forget(`k${i}`);
    }
    clock.runUntil(5);
    expect(processed.length).toBe(100);
    clock.runUntil(1000);
    // Token 101 is due 100 ms after the burst, then one every 100 ms.
    expect(processed.slice(100, 103).map(([t]) => t)).toEqual([100, 200, 300]);
    expect(processed.length).toBe(110);
  });

  it('takes the longer of the per-item back-off and the bucket, and the bucket refills', () => {
    const { clock, q } = setup();
    for (let i = 0; i < 100; i++) q.addRateLimited(`burst${i}`);
    clock.runUntil(10_000); // 10 s refill the bucket to its 100 tokens
    for (let i = 0; i < 12; i++) q.addRateLimited('k'); // back-off 5 ms · 2^11 = 10.24 s
    expect(q.state.due.k).toBe(10_000 + 5);
    clock.runUntil(20_000);
    q.addRateLimited('k');
    expect(q.state.due.k).toBe(20_000 + 5 * 2 ** 12);
  });

  it('keeps its bucket in JSON state: a copied state continues identically', () => {
    const a = setup();
    for (let i = 0; i < 105; i++) a.q.addRateLimited(`k${i}`);
    const copy = JSON.parse(JSON.stringify(a.q.state));
    const clock = new Clock(newClockState());
    const b = new WorkQueue(clock, 'ctrl', copy);
    a.q.addRateLimited('next');
    b.addRateLimited('next');
    expect(b.state.due.next).toBe(a.q.state.due.next);
    expect(a.q.state.due.next).toBe(600);
  });
});
