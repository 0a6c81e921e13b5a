// The page attached to a cluster behind a Kubernetes API (detect.ts said so; main.tsx loads this
// chunk instead of the simulation's boot, and draws the App over the session it returns): no
// opening frame (there is no precomputed picture of someone else's cluster), no lessons, no offline
// worker (the page is only useful beside its API). No React here: main.tsx renders, so this chunk
// shares nothing with the entry but what the views share anyway.
import { startFrameLoop } from '../session/frame-loop';
import type { Session } from '../session/types';
import { bootLive } from './boot-live';
import type { LiveSourceKind } from './detect';

/** The running live session and the App to draw it with; rejects when no API answers. */
export async function startLive(win: Window, kind: LiveSourceKind): Promise<{ session: Session; App: typeof import('../app/App').App }> {
  const [session, { App }] = await Promise.all([bootLive(win, kind), import('../app/App')]);
  startFrameLoop((ms) => session.tick(ms));
  return { session, App };
}
