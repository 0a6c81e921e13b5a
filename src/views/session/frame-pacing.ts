// One animation frame of the engine's session: wall time × speed advanced in bounded chunks within
// the frame's budget (the rest is dropped, not owed), the speed actually achieved (shown when the
// engine cannot keep up), and how often a fast session publishes to the store (THROTTLE_ABOVE_SPEED).
import type { StoreApi } from 'zustand/vanilla';
import { CHUNK_VIRTUAL_MS, MAX_FRAME_WALL_MS, PUBLISH_EVERY_WALL_MS, THROTTLE_ABOVE_SPEED } from './session-options';
import type { AppState } from './types';

export interface FrameWork {
  /** Advances exactly `ms` of virtual time (may throw: the engine failed). */
  advanceBy(ms: number): void;
  /** Virtual time moved (listeners, the console's following command). */
  ticked(): void;
  fail(e: unknown): void;
  /** Writes the mirror's pending changes to the store. */
  flush(): void;
}

export function framePacer(store: StoreApi<AppState>, work: FrameWork, wallNow: () => number, budgetMs: number): (wallMs: number) => void {
  let smoothed = 1;
  /** Wall ms the frame loop has run since it last published (see THROTTLE_ABOVE_SPEED). */
  let unpublishedWallMs = 0;
  return (wallMs) => {
    const s = store.getState();
    if (!s.running || s.failure || !(wallMs > 0)) return;
    const wall = Math.min(wallMs, MAX_FRAME_WALL_MS);
    const want = wall * s.speed;
    const began = wallNow();
    let done = 0;
    try {
      // Bounded chunks: stop when this frame's budget is spent; the rest is dropped, not owed.
      while (done < want) {
        const chunk = Math.min(CHUNK_VIRTUAL_MS, want - done);
        work.advanceBy(chunk);
        done += chunk;
        if (wallNow() - began > budgetMs) break;
      }
    } catch (e) {
      work.fail(e);
    }
    if (done > 0) work.ticked();
    smoothed = smoothed * 0.9 + (done / wall) * 0.1;
    const effective = done >= want ? s.speed : Math.round(smoothed * 4) / 4;
    if (effective !== s.effectiveSpeed) store.setState({ effectiveSpeed: effective });
    unpublishedWallMs += wall;
    if (s.speed <= THROTTLE_ABOVE_SPEED || unpublishedWallMs >= PUBLISH_EVERY_WALL_MS || store.getState().failure) {
      unpublishedWallMs = 0;
      work.flush();
    }
  };
}
