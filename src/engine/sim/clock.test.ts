import { describe, expect, it } from 'vitest';
import { Clock, newClockState } from './clock';

describe('Clock', () => {
  it('fires timers in time order, ties in scheduling order, and ends at the target time', () => {
    const clock = new Clock(newClockState());
    const fired: string[] = [];
    clock.on('t', (timer) => fired.push(`${timer.at}:${timer.data}`));
    clock.schedule(30, 't', 'x', 'c');
    clock.schedule(10, 't', 'x', 'a');
    clock.schedule(10, 't', 'x', 'b');
    clock.schedule(50, 't', 'x', 'late');
    clock.runUntil(40);
    expect(fired).toEqual(['10:a', '10:b', '30:c']);
    expect(clock.now()).toBe(40);
    expect(clock.nextAt()).toBe(50);
  });

  it('runs timers scheduled by handlers within the same advance', () => {
    const clock = new Clock(newClockState());
    const times: number[] = [];
    clock.on('tick', () => {
      times.push(clock.now());
      if (clock.now() < 50) clock.schedule(10, 'tick', 'again');
    });
    clock.schedule(0, 'tick', 'start');
    clock.runUntil(100);
    expect(times).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('runs a time already passed now, never in the past', () => {
    const clock = new Clock(newClockState());
    clock.runUntil(100);
    expect(clock.scheduleAt(95, 'x', 'y').at).toBe(100);
    expect(clock.scheduleAt(130, 'x', 'y').at).toBe(130);
  });

  it('refuses a negative or non-finite delay or time loudly, naming the timer', () => {
    const clock = new Clock(newClockState());
    clock.runUntil(100);
    expect(() => clock.schedule(-5, 'kubelet', 'probe')).toThrow('clock: timer kubelet/probe scheduled with delay -5 ms (must be finite and non-negative)');
    expect(() => clock.schedule(Number.NaN, 'kubelet', 'probe')).toThrow('clock: timer kubelet/probe scheduled with delay NaN ms');
    expect(() => clock.schedule(Number.POSITIVE_INFINITY, 'traffic', 'tick')).toThrow('timer traffic/tick scheduled with delay Infinity ms');
    expect(() => clock.scheduleAt(Number.NaN, 'work', 'sync')).toThrow('clock: timer work/sync scheduled at time NaN ms (must be finite and non-negative)');
    expect(() => clock.scheduleAt(-1, 'work', 'sync')).toThrow('timer work/sync scheduled at time -1 ms');
    expect(() => clock.runUntil(Number.NaN)).toThrow('clock: runUntil(NaN): the time must be finite');
    // Nothing was queued by the refused calls: the clock still runs.
    expect(clock.pending()).toBe(0);
    expect(clock.nextAt()).toBeUndefined();
  });

  it('keeps its queue as JSON that resumes identically', () => {
    const a = new Clock(newClockState());
    for (let i = 0; i < 20; i++) a.schedule((i * 7919) % 101, 't', 'x', i);
    const b = new Clock(JSON.parse(JSON.stringify(a.state)));
    const fa: number[] = [];
    const fb: number[] = [];
    a.on('t', (t) => fa.push(t.data as number));
    b.on('t', (t) => fb.push(t.data as number));
    a.runUntil(1000);
    b.runUntil(1000);
    expect(fb).toEqual(fa);
    expect(fa).toHaveLength(20);
  });
});
