// The engine's only source of time: a discrete-event virtual clock.
// Timers are plain data ({at, seq, target, type, data}) so the whole queue is JSON and a snapshot
// can resume it exactly; a component registers one handler per target name and dispatches on type.
// Ties at the same instant fire in scheduling order (seq), which keeps replays byte-identical.

import { heapPop, heapPush } from '../util/binary-heap';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Timer {
  at: number;
  seq: number;
  target: string;
  type: string;
  data?: Json;
}

export interface ClockState {
  now: number;
  seq: number;
  /** A binary min-heap ordered by (at, seq). */
  heap: Timer[];
}

export type TimerHandler = (timer: Timer) => void;

export function newClockState(): ClockState {
  return { now: 0, seq: 0, heap: [] };
}

/**
 * Why a clock state (from a snapshot) cannot run, or undefined when it can. A NaN or Infinity
 * written to JSON comes back as null, which would break the heap order and stop every timer.
 */
export function clockStateProblem(state: ClockState | undefined): string | undefined {
  if (!state || typeof state !== 'object' || !Array.isArray(state.heap)) return 'the clock has no timer queue';
  if (!Number.isFinite(state.now) || state.now < 0) return `the clock's time is ${JSON.stringify(state.now)}`;
  if (!Number.isInteger(state.seq) || state.seq < 0) return `the clock's sequence is ${JSON.stringify(state.seq)}`;
  for (const t of state.heap) {
    if (!t || typeof t.target !== 'string' || typeof t.type !== 'string') return 'a timer has no target or type';
    if (!Number.isFinite(t.at) || t.at < 0 || !Number.isInteger(t.seq)) return `timer ${t.target}/${t.type} is due at ${JSON.stringify(t.at)}`;
  }
  return undefined;
}

function before(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

export class Clock {
  private readonly handlers = new Map<string, TimerHandler>();

  constructor(readonly state: ClockState) {}

  now(): number {
    return this.state.now;
  }

  on(target: string, handler: TimerHandler): void {
    this.handlers.set(target, handler);
  }

  /**
   * Schedules work `delayMs` from now. A delay that is negative, NaN or infinite is a bug in the
   * caller (a NaN timer would sit at the top of the heap and stop every later one from firing),
   * so it throws, naming the timer, instead of being clamped out of sight.
   */
  schedule(delayMs: number, target: string, type: string, data?: Json): Timer {
    if (!Number.isFinite(delayMs) || delayMs < 0) throw new RangeError(`clock: timer ${target}/${type} scheduled with delay ${delayMs} ms (must be finite and non-negative)`);
    return this.insert(this.state.now + delayMs, target, type, data);
  }

  /**
   * Schedules work at virtual time `at`; a time already passed (a deadline computed earlier in
   * the same instant, or one that lapsed while a node was down) is due now. A negative or
   * non-finite time is a bug and throws, as in `schedule`.
   */
  scheduleAt(at: number, target: string, type: string, data?: Json): Timer {
    if (!Number.isFinite(at) || at < 0) throw new RangeError(`clock: timer ${target}/${type} scheduled at time ${at} ms (must be finite and non-negative)`);
    return this.insert(Math.max(at, this.state.now), target, type, data);
  }

  private insert(at: number, target: string, type: string, data: Json | undefined): Timer {
    const timer: Timer = data === undefined ? { at, seq: this.state.seq++, target, type } : { at, seq: this.state.seq++, target, type, data };
    this.push(timer);
    return timer;
  }

  /** Time of the next due timer, or undefined when nothing is scheduled. */
  nextAt(): number | undefined {
    return this.state.heap[0]?.at;
  }

  pending(): number {
    return this.state.heap.length;
  }

  /**
   * Fires every timer due at or before `until`, in (at, seq) order, moving `now` to each timer's
   * time first; then leaves `now` at `until`. A handler may schedule more timers, including ones
   * due before `until`: they fire in this same call.
   */
  runUntil(until: number): number {
    if (!Number.isFinite(until)) throw new RangeError(`clock: runUntil(${until}): the time must be finite`);
    let fired = 0;
    const heap = this.state.heap;
    while (heap.length > 0 && heap[0].at <= until) {
      const timer = this.pop();
      this.state.now = timer.at;
      const handler = this.handlers.get(timer.target);
      if (handler) handler(timer);
      fired++;
    }
    if (until > this.state.now) this.state.now = until;
    return fired;
  }

  private push(timer: Timer): void {
    heapPush(this.state.heap, timer, before);
  }

  private pop(): Timer {
    return heapPop(this.state.heap, before) as Timer;
  }
}
