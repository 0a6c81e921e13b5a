// A riser's missed heartbeats (heartbeat.ts): the seconds since the node's Lease was last renewed
// towards the grace period. The Lease is not mirrored in the store (renewals would publish every
// 10 s per node), so it is read from the cluster; the hook returns the same value while nothing is
// missed, so a healthy riser never re-renders for it. The sign it feeds is RiserHeartbeat.tsx.
import type { KObject } from '../../engine';
import { type MissedHeartbeat, missedHeartbeat } from './heartbeat';
import { useAppState, useSession } from '../stage/use-session';

const LEASE_NAMESPACE = 'kube-node-lease';

export function useMissedHeartbeat(node: string): MissedHeartbeat | undefined {
  const session = useSession();
  const key = useAppState((s) => {
    if (session.opening) return '';
    const lease = session.reader().get<KObject & { spec?: { renewTime?: string } }>('Lease', LEASE_NAMESPACE, node);
    const h = missedHeartbeat(lease?.spec?.renewTime, s.now);
    return h ? `${h.seconds}/${h.grace}` : '';
  });
  if (!key) return undefined;
  const [seconds, grace] = key.split('/').map(Number);
  return { seconds, grace };
}
