// Rebuilding a shared moment: its log replayed from the seed, entry by entry, as it first
// happened, under a wall-clock budget (a link to a thousand pods an hour in would otherwise hold
// the page for minutes). The only place where wall time changes an outcome: a link that runs out
// of budget opens a fresh cluster instead, and the notice says why. The budget is checked before
// every log entry as well as inside advances: 1,800 commands at one instant advance no time at
// all, and used to hold the page for 20–30 s.
import type { Cluster } from '../../engine';
import type { LogEntry } from './timeline';
import type { ShareState } from './types';

/** A shared moment that takes too long to rebuild: its reason is plain words, not an error name. */
export class ReplayTooSlow extends Error {}

/** An error as the page shows it: a slow replay in words, anything else as `Name: message`. */
export function describeError(e: unknown): string {
  if (e instanceof ReplayTooSlow) return e.message;
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** A wall-clock deadline, armed for one replay; `check()` throws ReplayTooSlow once it passes. */
export class ReplayBudget {
  private deadline: number | undefined;
  constructor(
    private readonly wallNow: () => number,
    private readonly ms: number,
  ) {}
  during<T>(fn: () => T): T {
    this.deadline = this.wallNow() + this.ms;
    try {
      return fn();
    } finally {
      this.deadline = undefined;
    }
  }
  check(): void {
    if (this.deadline !== undefined && this.wallNow() > this.deadline)
      throw new ReplayTooSlow(`its cluster is too busy to rebuild here within ${Math.round(this.ms / 1000)} seconds`);
  }
}

export interface ReplayTarget {
  cluster(): Cluster;
  /** Advances exactly ms (0: runs what is due now), taking the timeline's snapshots. */
  advanceBy(ms: number): void;
  record(entry: LogEntry): void;
  /** Throws ReplayTooSlow once the wall-clock budget is spent (ReplayBudget.check); none: no budget. */
  checkBudget?(): void;
}

/** Replays a shared log onto a fresh cluster, recording it as if it had happened here. */
export function replayShareLog(shared: ShareState, t: ReplayTarget): void {
  const now = () => t.cluster().now();
  for (const e of shared.log) {
    t.checkBudget?.();
    if (e.at > now()) t.advanceBy(e.at - now());
    if (e.kind === 'run') t.advanceBy(0);
    else if (e.kind === 'kubectl') {
      t.record({ at: now(), kind: 'kubectl', line: e.line, stdin: e.stdin });
      t.cluster().kubectl(e.line, e.stdin);
    } else {
      t.cluster().inject(e.fault);
      t.record({ at: now(), kind: 'fault', fault: e.fault });
    }
  }
  if (shared.at > now()) t.advanceBy(shared.at - now());
}
