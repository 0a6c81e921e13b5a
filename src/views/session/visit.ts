// A visit to an earlier moment that keeps the present: following a "Why?" cause shows the stage
// as it was then (the timeline's snapshot + replay, as a rewind builds it) while the live cluster
// waits aside, paused; "Back to now" swaps it back. Unlike rewindTo, nothing is forgotten — until
// the learner acts in the visited moment (a command, Play, Step): then the visited moment becomes
// the present and the later history is dropped, exactly as a rewind to it would have done.
import type { Cluster } from '../../engine';
import type { RewindPlan, Timeline } from './timeline';

export interface VisitHost {
  timeline: Timeline;
  current(): Cluster;
  /** Replaces the cluster on stage (mirror and watchers follow it). */
  swap(next: Cluster): void;
  /** The cluster as it was at `target`: restore the plan's snapshot, replay, run to target. */
  build(plan: RewindPlan, target: number): Cluster;
  running(): boolean;
  setRunning(running: boolean): void;
  /** What the views show: the visited instant and the live one, or nothing when live. */
  publish(visit: { at: number; liveAt: number } | undefined): void;
}

interface Away {
  live: Cluster;
  wasRunning: boolean;
  target: number;
  plan: RewindPlan;
}

export class Visits {
  private away: Away | undefined;

  constructor(private readonly host: VisitHost) {}

  get visiting(): boolean {
    return this.away !== undefined;
  }

  /** Shows the moment `at` (clamped to the retained history); returns the instant shown, if any. */
  visit(at: number): number | undefined {
    const live = this.away?.live ?? this.host.current();
    const start = this.host.timeline.start ?? 0;
    // Not rounded: the frame loop advances by fractions of a ms, and a cause at 30,433.2 ms shown at
    // 30,433 would be the instant before it (why.spec).
    const target = Math.min(live.now(), Math.max(start, at));
    const plan = this.host.timeline.plan(target);
    if (!plan) return undefined;
    const past = this.host.build(plan, target);
    this.away ??= { live, wasRunning: this.host.running(), target, plan };
    this.away.target = target;
    this.away.plan = plan;
    this.host.setRunning(false);
    this.host.swap(past);
    this.host.publish({ at: target, liveAt: live.now() });
    return target;
  }

  /** Back to the live cluster, running again if it was. */
  backToNow(): void {
    const away = this.away;
    if (!away) return;
    this.away = undefined;
    this.host.swap(away.live);
    this.host.setRunning(away.wasRunning);
    this.host.publish(undefined);
  }

  /** The learner acts in the visited moment: it becomes the present (the later history goes). */
  commit(): void {
    const away = this.away;
    if (!away) return;
    this.away = undefined;
    this.host.timeline.truncate(away.target, away.plan);
    this.host.publish(undefined);
  }

  /** Reset: the live cluster is discarded with everything else. */
  drop(): void {
    this.away = undefined;
    this.host.publish(undefined);
  }
}
