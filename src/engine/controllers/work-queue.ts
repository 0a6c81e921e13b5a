// client-go's workqueue on the virtual clock: a key is queued at most once (the earliest due time
// wins), and a rate-limited add waits as workqueue.DefaultTypedControllerRateLimiter says: the
// longer of a per-item exponential back-off (5 ms doubling, capped at 1000 s; `forget` resets it)
// and an overall token bucket of 10 qps with a burst of 100, shared by every key of the queue, so a
// key that is forgotten and requeued rate-limited at once still runs at most 10 times a second.
// [k8s: staging/src/k8s.io/client-go/util/workqueue/default_rate_limiters.go, golang.org/x/time/rate]
// All state is plain JSON kept in the component's state slice.
import type { Clock, Timer } from '../sim/clock';

export interface WorkQueueState {
  /** key → due time (virtual ms). */
  due: Record<string, number>;
  /** key → consecutive failures. */
  failures: Record<string, number>;
  /**
   * The token bucket (rate.Limiter) in thousandths of a token, so refills stay whole numbers:
   * what was left at virtual time `last`. Absent until the first rate-limited add (and in
   * snapshots taken before it existed): a full bucket.
   */
  bucket?: { milliTokens: number; last: number };
}

export function newWorkQueueState(): WorkQueueState {
  return { due: {}, failures: {} };
}

const BASE_DELAY_MS = 5;
const MAX_DELAY_MS = 1000 * 1000;
/** rate.NewLimiter(rate.Limit(10), 100): 10 tokens a second, at most 100 saved. */
export const BUCKET_QPS = 10;
export const BUCKET_BURST = 100;
const MILLI = 1000;

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

  /** AddRateLimited: MaxOfRateLimiter.When — the item's back-off or the bucket's wait, whichever is longer. */
  addRateLimited(key: string): void {
    const n = this.state.failures[key] ?? 0;
    this.state.failures[key] = n + 1;
    const backOff = Math.min(BASE_DELAY_MS * 2 ** n, MAX_DELAY_MS);
    this.add(key, Math.max(backOff, this.reserve()));
  }

  /**
   * BucketRateLimiter.When: Limiter.Reserve().Delay(). Refill since the last reservation (capped at
   * the burst), take one token, and wait until the balance is back to zero if it went negative.
   */
  private reserve(): number {
    const now = this.clock.now();
    this.state.bucket ??= { milliTokens: BUCKET_BURST * MILLI, last: now };
    const b = this.state.bucket;
    // BUCKET_QPS tokens a second is BUCKET_QPS thousandths of a token a millisecond.
    const refilled = Math.min(BUCKET_BURST * MILLI, b.milliTokens + Math.max(0, now - b.last) * BUCKET_QPS);
    b.milliTokens = refilled - MILLI;
    b.last = now;
    return b.milliTokens >= 0 ? 0 : Math.ceil(-b.milliTokens / BUCKET_QPS);
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
