// Whether the hall needs its desk and safe at all (DeskAndSafe.tsx, its own chunk): only once the
// cluster holds something they draw, a ConfigMap or a Secret of the learner's (not the
// kube-root-ca.crt or service-account tokens every namespace gets), a claim or a volume. Most pages
// open without any, so the first screen goes without the drawing's code (about 2 kB gz). A
// superset of what DeskAndSafe draws: it still decides, item by item, what to show.
import { lazy, useEffect, useState } from 'react';
import { isCrew } from '../../session/crew';
import type { Session } from '../../session/types';

const WATCHED = new Set(['configmaps', 'secrets', 'persistentvolumeclaims', 'persistentvolumes']);

export function clusterHasDeskThings(session: Session): boolean {
  if (session.opening) return false;
  const c = session.reader();
  return (
    // The crew's (kube-system's: kube-proxy's ConfigMap) are never on the desk (deskSheets).
    c.list('ConfigMap').some((m) => m.metadata.name !== 'kube-root-ca.crt' && !isCrew(m)) ||
    c.list('Secret').some((s) => (s as { type?: string }).type !== 'kubernetes.io/service-account-token' && !isCrew(s)) ||
    c.list('PersistentVolumeClaim').length > 0 ||
    c.list('PersistentVolume').length > 0
  );
}

/** True from the first tick the cluster holds something for the desk or the safe (false again after a rewind or reset to before it). */
export function useDeskWanted(session: Session): boolean {
  const [wanted, setWanted] = useState(() => clusterHasDeskThings(session));
  useEffect(() => {
    let dirty = true;
    let cluster: unknown;
    const offWatch = session.watch((e) => {
      if ('resource' in e && WATCHED.has(e.resource)) dirty = true;
    });
    const refresh = () => {
      if (session.opening) return;
      const now = session.reader();
      // A rewind or reset swaps the cluster: read the new one.
      if (!dirty && now === cluster) return;
      dirty = false;
      cluster = now;
      setWanted(clusterHasDeskThings(session));
    };
    refresh();
    const offTick = session.onTick(refresh);
    return () => {
      offWatch();
      offTick();
    };
  }, [session]);
  return wanted;
}

export const LazyDeskAndSafe = lazy(() => import('./DeskAndSafe').then((m) => ({ default: m.DeskAndSafe })));
