// client-go's workqueue on the virtual clock: a key is queued at most once (the earliest due time
// wins), a failing key is retried with per-item exponential back-off (5 ms doubling, capped at
// 1000 s, as the default controller rate limiter), and `forget` resets that back-off.
// All state is plain JSON kept in the component's state slice.
import type { Clock, Timer } from '../sim/clock';

export interface WorkQueueState {
  /** key → due time (virtual ms). */
  due: Record<string, number>;
  /** key → consecutive failures. */
  failures: Record<string, number>;
}

export function newWorkQueueState(): WorkQueueState {
  return { due: {}, failures: {} };
}

const BASE_DELAY_MS = 5;
const MAX_DELAY_MS = 1000 * 1000;

export class WorkQueue {
  constructor(
    private readonly clock: Clock,
    private readonly target: string,
    readonly state: WorkQueueState,
  ) {}

  /** Queues `key` to be processed after `delayMs` (or earlier, if it is already due sooner). */
  add(key: string, delayMs = 0): void {
    const at = this.clock.now() + Math.max(0, delayMs);
    const current = this.state.due[key];
    if (current !== undefined && current <= at) return;
    this.state.due[key] = at;
    this.clock.scheduleAt(at, this.target, 'sync', key);
  }

  addRateLimited(key: string): void {
    const n = this.state.failures[key] ?? 0;
    this.state.failures[key] = n + 1;
    this.add(key, Math.min(BASE_DELAY_MS * 2 ** n, MAX_DELAY_MS));
  }

  forget(key: string): void {
    delete this.state.failures[key];
  }

  failures(key: string): number {
    return this.state.failures[key] ?? 0;
  }

  has(key: string): boolean {
    return key in this.state.due;
  }

  /**
   * processNextWorkItem: takes the fired key, runs `sync`, forgets the key on success and
   * requeues it rate-limited on a throw (dropped after `maxRetries`, as the deployment controller does).
   */
  process(timer: Timer, sync: (key: string) => void, maxRetries = Number.POSITIVE_INFINITY): void {
    const key = this.take(timer);
    if (key === undefined) return;
    try {
      sync(key);
      this.forget(key);
    } catch {
      if (this.failures(key) < maxRetries) this.addRateLimited(key);
      else this.forget(key);
    }
  }

  /** Takes the key of a fired timer if it is still the current one (stale timers are dropped). */
  take(timer: Timer): string | undefined {
    const key = timer.data as string;
    if (this.state.due[key] !== timer.at) return undefined;
    delete this.state.due[key];
    return key;
  }
}
