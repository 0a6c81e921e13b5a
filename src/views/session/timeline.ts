// The time machine's memory: periodic cluster snapshots plus the log of everything the learner did
// (kubectl lines, injected faults) at its virtual time. The engine is deterministic, so restoring
// the nearest earlier snapshot and replaying the log up to a moment rebuilds that moment exactly.
// Memory stays bounded: past `maxSnapshots`, every other snapshot of the older half is dropped,
// so old history gets coarser (a longer replay) instead of growing without end.
import type { Cluster, ClusterSnapshot, Fault } from '../../engine';

/** `run`: time was run to `at` with nothing else happening (advance(0), a step onto "now"). */
export type LogEntry =
  | { at: number; kind: 'kubectl'; line: string; stdin?: string }
  | { at: number; kind: 'fault'; fault: Fault }
  | { at: number; kind: 'run' };

export interface TimelineSnapshot {
  /** Virtual ms the snapshot was taken at. */
  at: number;
  /** How many log entries had been applied when it was taken (entries at `at` may sit either side). */
  logLength: number;
  snapshot: ClusterSnapshot;
}

/** What a rewind must do: restore `from`, then apply `replay` in order, advancing to each `at`. */
export interface RewindPlan {
  from: TimelineSnapshot;
  replay: LogEntry[];
}

export class Timeline {
  private snapshots: TimelineSnapshot[] = [];
  private log: LogEntry[] = [];

  constructor(
    readonly intervalMs = 10_000,
    readonly maxSnapshots = 60,
  ) {}

  /** Earliest moment one can rewind to (the first snapshot), or undefined before any. */
  get start(): number | undefined {
    return this.snapshots[0]?.at;
  }

  get snapshotCount(): number {
    return this.snapshots.length;
  }

  get entries(): readonly LogEntry[] {
    return this.log;
  }

  /**
   * When the next periodic snapshot is due: the next multiple of the interval after the last one.
   * `stretch` (≥ 1) widens the interval at high speed, so snapshots (~10 ms at 100 pods) stay a
   * few per wall second; any moment is a valid checkpoint, only the replay gets longer.
   */
  nextSnapshotAt(stretch = 1): number {
    const last = this.snapshots.at(-1);
    const every = this.intervalMs * Math.max(1, Math.floor(stretch));
    return last === undefined ? 0 : (Math.floor(last.at / every) + 1) * every;
  }

  record(entry: LogEntry): void {
    this.log.push(entry);
  }

  addSnapshot(at: number, snapshot: ClusterSnapshot): void {
    const last = this.snapshots.at(-1);
    if (last && last.at === at && last.logLength === this.log.length) return;
    this.snapshots.push({ at, logLength: this.log.length, snapshot });
    if (this.snapshots.length > this.maxSnapshots) this.thin();
  }

  /** Keeps the first snapshot and the newer half; of the older half, every other one goes. */
  private thin(): void {
    const half = Math.floor(this.snapshots.length / 2);
    const older = this.snapshots.slice(1, half).filter((_, i) => i % 2 === 1);
    this.snapshots = [this.snapshots[0], ...older, ...this.snapshots.slice(half)];
  }

  /**
   * The plan to rebuild virtual time `target` as it was just before anything the learner did at
   * that instant (rewinding to the moment of a kill shows the moment before it), or undefined if it
   * is before the first snapshot. The first snapshot counts as a moment of its own: it already
   * holds the sample workload applied at start.
   */
  plan(target: number): RewindPlan | undefined {
    let from: TimelineSnapshot | undefined;
    for (const [i, s] of this.snapshots.entries()) {
      const clean = s.at < target || i === 0 || (this.log[s.logLength - 1]?.at ?? -1) < target;
      if (s.at <= target && clean) from = s;
    }
    if (!from) return undefined;
    const replay = this.log.slice(from.logLength).filter((e) => e.at < target);
    return { from, replay };
  }

  /** Forgets the abandoned future after a rewind to `target`: later snapshots and log entries. */
  truncate(target: number, plan: RewindPlan): void {
    const kept = plan.from.logLength + plan.replay.length;
    this.log = this.log.slice(0, kept);
    this.snapshots = this.snapshots.filter((s) => s.at < target || (s.at === target && s.logLength <= kept));
    if (!this.snapshots.includes(plan.from)) this.snapshots.unshift(plan.from);
  }

  clear(): void {
    this.snapshots = [];
    this.log = [];
  }
}

/** Replays one entry as it first happened: time moves only if it moved then. */
export function applyEntry(c: Cluster, e: LogEntry): void {
  if (e.kind === 'run') return c.advance(e.at - c.now());
  if (e.at > c.now()) c.advance(e.at - c.now());
  if (e.kind === 'kubectl') c.kubectl(e.line, e.stdin);
  else
    try {
      c.inject(e.fault);
    } catch {
      // It failed the first time too (it would not have been logged otherwise); keep going.
    }
}
