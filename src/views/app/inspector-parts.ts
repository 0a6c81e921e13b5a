// The inspector's body and the scheduler's audition as one lazy chunk (InspectorBody.tsx): nothing
// is selected on the first screen, so it goes without them (about 4 kB gz). They are fetched the
// first time something is selected, or once the page is live and the browser idle
// (preloadInspectorParts, called by the shell), so a click rarely waits for them.
import { lazy } from 'react';

const load = () => import('./InspectorBody');

/** Starts fetching the chunk (at most once; the module map keeps it). */
export function preloadInspectorParts(): void {
  void load().catch(() => undefined);
}

export const LazyInspectorBody = lazy(() => load().then((m) => ({ default: m.InspectorBody })));
export const LazyAudition = lazy(() => load().then((m) => ({ default: m.Audition })));
