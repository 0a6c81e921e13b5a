// Where the selection's charts go (TrafficPanel), and what starts the workloads' recorder. Both are
// a lazy chunk (about 1 kB gz): the panel shows only once a Service, Deployment or StatefulSet is
// selected, which no first screen has, and the recorder's module is asked for when the live shell
// mounts (so it still starts at boot, a chunk's fetch later; it samples from its first tick on).
import { lazy, Suspense, useEffect } from 'react';
import { useApp, useSessionContext } from '../app/use-store';

const TrafficPanel = lazy(() => import('./TrafficPanel').then((m) => ({ default: m.TrafficPanel })));

export function TrafficSlot() {
  const session = useSessionContext();
  // Workloads' replicas and CPU are recorded from the start, so their charts have a past.
  // The opening frame's session has nothing to record (workload-history.ts): the live one starts it.
  useEffect(() => {
    if (session.opening) return;
    void import('./workload-history').then((m) => void m.recorderFor(session)).catch(() => undefined);
  }, [session]);
  const charted = useApp(
    (s) => s.selection?.kind === 'Service' || s.selection?.kind === 'Deployment' || s.selection?.kind === 'StatefulSet',
  );
  if (!charted) return null;
  return (
    <Suspense fallback={null}>
      <TrafficPanel />
    </Suspense>
  );
}
