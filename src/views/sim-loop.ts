// The page's heartbeat: each animation frame advances virtual time by the wall time that passed
// (capped, so a stalled tab does not jump minutes), and refreshes the view a few times a second.
// It stops while the tab is hidden and restarts from "now" when it is visible again.

export interface SimLoopOptions {
  /** Advance virtual time; returning false stops the loop (the engine failed). */
  advance(ms: number): boolean;
  /** Re-read what the page shows. */
  refresh(): void;
  isRunning(): boolean;
  /** Longest virtual step per frame (default 250 ms). */
  maxStepMs?: number;
  /** Shortest wall time between refreshes (default 250 ms, so at most ~4 a second). */
  refreshEveryMs?: number;
}

export function startSimLoop(options: SimLoopOptions): () => void {
  const maxStep = options.maxStepMs ?? 250;
  const refreshEvery = options.refreshEveryMs ?? 250;
  let last: number | undefined;
  let lastRefresh = Number.NEGATIVE_INFINITY;
  let frame: number | undefined;
  let stopped = false;

  const tick = (t: number): void => {
    frame = undefined;
    if (stopped || document.hidden) return;
    const elapsed = last === undefined ? 0 : Math.min(Math.max(0, t - last), maxStep);
    last = t;
    if (options.isRunning() && elapsed > 0 && !options.advance(elapsed)) {
      options.refresh();
      return;
    }
    if (t - lastRefresh >= refreshEvery) {
      lastRefresh = t;
      options.refresh();
    }
    frame = requestAnimationFrame(tick);
  };

  const onVisibility = (): void => {
    if (document.hidden) {
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = undefined;
    } else if (frame === undefined && !stopped) {
      last = undefined; // time while hidden does not count
      frame = requestAnimationFrame(tick);
    }
  };

  document.addEventListener('visibilitychange', onVisibility);
  frame = requestAnimationFrame(tick);
  return () => {
    stopped = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
