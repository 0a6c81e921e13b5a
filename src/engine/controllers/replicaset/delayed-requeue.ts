// client-go's delaying queue (AddAfter) on top of the shared WorkQueue. The WorkQueue keeps one
// due time per key (earliest wins), so an "in 10 s" request made while a key is already queued
// for "now" would be lost; client-go keeps such waiting items apart until they are due. So do we:
// a JSON map key → earliest waiting time, and a timer that moves the key into the queue.
import type { Clock, Timer } from '../../sim/clock';
import type { WorkQueue } from '../work-queue';

export class DelayedRequeue {
  constructor(
    private readonly clock: Clock,
    private readonly target: string,
    private readonly queue: WorkQueue,
    /** key → virtual time the key is waiting for (plain JSON, in the component's state). */
    private readonly waiting: Record<string, number>,
  ) {}

  addAfter(key: string, delayMs: number): void {
    if (delayMs <= 0) {
      this.queue.add(key);
      return;
    }
    const at = this.clock.now() + delayMs;
    const current = this.waiting[key];
    if (current !== undefined && current <= at) return;
    this.waiting[key] = at;
    this.clock.schedule(delayMs, this.target, 'requeue', key);
  }

  /** Handles a fired 'requeue' timer; stale timers (superseded by an earlier one) are ignored. */
  fire(timer: Timer): void {
    const key = timer.data as string;
    if (this.waiting[key] !== timer.at) return;
    delete this.waiting[key];
    this.queue.add(key);
  }
}
