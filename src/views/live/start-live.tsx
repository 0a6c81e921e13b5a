// The page attached to a cluster behind a Kubernetes API (detect.ts said so; main.tsx loads this
// chunk instead of the simulation's boot): no opening frame (there is no precomputed picture of
// someone else's cluster), no lessons, no offline worker (the page is only useful beside its API);
// the sandbox's layout over a live session.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { StartupFailure } from '../app/Startup';
import type { LiveSourceKind } from './detect';

export async function startLive(root: Root, kind: LiveSourceKind): Promise<void> {
  try {
    const [{ bootLive }, { startFrameLoop }, { App }] = await Promise.all([
      import('./boot-live'),
      import('../session/frame-loop'),
      import('../app/App'),
    ]);
    const session = await bootLive(window, kind);
    startFrameLoop((ms) => session.tick(ms));
    flushSync(() =>
      root.render(
        <StrictMode>
          <App session={session} variant="sandbox" />
        </StrictMode>,
      ),
    );
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    flushSync(() => root.render(<StartupFailure message={`No Kubernetes API answered on ${window.location.origin}: ${why}`} />));
  }
}
