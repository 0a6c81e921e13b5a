// What a session can be asked for (createSession's options) and the limits it keeps to: speeds,
// console length, per-frame budgets, how often a fast session publishes, how long the sample warms up.
import type { Cluster, KubectlResult } from '../../engine';
import type { SessionCommand, ShareState } from './types';

export const MIN_SPEED = 0.25;
export const MAX_SPEED = 64;
export const MAX_CONSOLE_LINES = 500;
/** A stalled tab (debugger, background) does not turn into a jump of minutes. */
export const MAX_FRAME_WALL_MS = 250;
/** Virtual ms per engine call inside a frame, so the budget check runs between chunks. */
export const CHUNK_VIRTUAL_MS = 1_000;
/**
 * Above this speed the frame loop publishes to the store at most every PUBLISH_EVERY_WALL_MS of
 * wall time (the engine still advances every frame). At 16× a store write per frame meant ~60
 * React commits a second, each re-laying-out the clock, the slider, the musicians and the marquee
 * (frames measured at 33 ms p95); ten a second look the same to a learner, whose clock, figures
 * and narration simply update a little less often. Actions (kubectl, faults, pause) publish at once.
 */
export const THROTTLE_ABOVE_SPEED = 4;
export const PUBLISH_EVERY_WALL_MS = 100;
/** At most this many virtual seconds run before the sample cluster is first drawn. */
export const WARM_UP_MAX_S = 60;

export interface SessionOptions {
  seed: number;
  notice?: string;
  /** Wall clock for the per-frame budget (performance.now in the browser). */
  wallNow?: () => number;
  /** Engine work allowed per frame, wall ms; the rest of a fast frame's virtual time is dropped. */
  frameBudgetMs?: number;
  snapshotIntervalMs?: number;
  maxSnapshots?: number;
  /** Skip the sample Deployment (tests that want an empty cluster). */
  empty?: boolean;
  /**
   * Run the sample cluster until its Deployments are available before the first draw, so the
   * page opens on musicians already playing (the app's home and sandbox; tests start at 0:00).
   */
  warmUp?: boolean;
  /** Worker nodes ("stages"); the engine's default (3) when absent. */
  nodes?: number;
  /**
   * Runs instead of the sample cluster, at start and on reset (a lesson's set-up). Commands go
   * through `perform` as origin 'lesson': echoed, recorded for rewinds and share links.
   */
  setup?: (perform: (command: SessionCommand) => KubectlResult, cluster: () => Cluster) => void;
  /**
   * Rebuild a shared moment: the log replays from the seed instead of any set-up. If it cannot
   * be replayed the session starts fresh (with `setup`, or the sample) and says why in `notice`.
   */
  from?: ShareState;
  /**
   * Wall ms a shared moment may take to rebuild before the page gives up on it (a link to a
   * thousand pods an hour in would otherwise hold the page for minutes). Default 5,000.
   */
  replayBudgetMs?: number;
}
