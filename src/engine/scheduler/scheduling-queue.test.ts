import { describe, expect, it } from 'vitest';
import { Clock, newClockState } from '../sim/clock';
import { POD_MAX_IN_UNSCHEDULABLE_PODS_MS, SchedulingQueue, backoffDuration, newQueueState } from './scheduling-queue';

function setup() {
  const clock = new Clock(newClockState());
  const q = new SchedulingQueue(newQueueState(), clock, 'q');
  clock.on('q', (t) => q.onTimer(t.type, t.data as { key: string; gen: number }));
  return { clock, q };
}

describe('backoffDuration', () => {
  it.each([
    [0, 0],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 10000],
    [12, 10000],
  ])('attempt %i → %i ms', (attempts, ms) => expect(backoffDuration(attempts)).toBe(ms));
});

describe('SchedulingQueue', () => {
  it('pops by priority, then by time queued', () => {
    const { clock, q } = setup();
    q.add('ns/low', 'u1', 0);
    clock.runUntil(5);
    q.add('ns/high', 'u2', 1000);
    q.add('ns/low2', 'u3', 0);
    expect([q.pop(), q.pop(), q.pop(), q.pop()]).toEqual(['ns/high', 'ns/low', 'ns/low2', undefined]);
  });

  it('keeps an unschedulable pod until a relevant event, then backs it off', () => {
    const { clock, q } = setup();
    q.add('ns/p', 'u', 0);
    q.pop();
    q.addUnschedulable('ns/p', ['NodeResourcesFit']);
    expect(q.get('ns/p')?.where).toBe('unschedulable');
    expect(q.moveAllForEvent(['NodeAffinity'])).toBe(0);
    clock.runUntil(400);
    expect(q.moveAllForEvent(['NodeResourcesFit'])).toBe(1);
    expect(q.get('ns/p')?.where).toBe('backoff');
    clock.runUntil(999);
    expect(q.pop()).toBeUndefined();
    clock.runUntil(1000);
    expect(q.pop()).toBe('ns/p');
    expect(q.get('ns/p')?.attempts).toBe(2);
  });

  it('moves straight to activeQ when the backoff is already over', () => {
    const { clock, q } = setup();
    q.add('ns/p', 'u', 0);
    q.pop();
    q.addUnschedulable('ns/p', ['TaintToleration']);
    clock.runUntil(5000);
    q.moveAllForEvent(['TaintToleration']);
    expect(q.get('ns/p')?.where).toBe('active');
  });

  it('a move request during the attempt sends the pod to backoffQ', () => {
    const { q } = setup();
    q.add('ns/p', 'u', 0);
    q.pop();
    q.moveAllForEvent(['NodeAdd']);
    q.addUnschedulable('ns/p', ['NodeResourcesFit']);
    expect(q.get('ns/p')?.where).toBe('backoff');
  });

  it('flushes unschedulable pods after 5 minutes', () => {
    const { clock, q } = setup();
    q.add('ns/p', 'u', 0);
    q.pop();
    q.addUnschedulable('ns/p', ['NodeResourcesFit']);
    clock.runUntil(POD_MAX_IN_UNSCHEDULABLE_PODS_MS - 1);
    expect(q.get('ns/p')?.where).toBe('unschedulable');
    clock.runUntil(POD_MAX_IN_UNSCHEDULABLE_PODS_MS);
    expect(q.get('ns/p')?.where).toBe('active');
  });

  it('state is plain JSON', () => {
    const { q } = setup();
    q.add('ns/p', 'u', 0);
    expect(JSON.parse(JSON.stringify(q.state))).toEqual(q.state);
  });
});
