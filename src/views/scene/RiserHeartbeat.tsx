// A riser's missed heartbeats (heartbeat.ts): a sign under the name plate counting the seconds
// since the node's Lease was last renewed towards the grace period, on a lit riser (the kubelet is
// dead but the node is still Ready) and a dark one alike. The Lease is not mirrored in the store
// (renewals would publish every 10 s per node), so it is read from the cluster; the hook returns
// the same value while nothing is missed, so a healthy riser never re-renders for it.
import type { KObject } from '../../engine';
import type { Box } from './geometry';
import { heartbeatWords, type MissedHeartbeat, missedHeartbeat } from './heartbeat';
import { useAppState, useSession } from '../stage/use-session';
import { fitText } from './wrap';

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

/** The sign, its top at `top`, across the riser's box (its text is read inside the riser's region). */
export function HeartbeatSign({ beat, box, top, fs }: { beat: MissedHeartbeat; box: Box; top: number; fs: number }) {
  const words = heartbeatWords(beat);
  const share = Math.min(1, beat.seconds / beat.grace);
  const w = box.w - 8;
  return (
    <g className={`riser__heartbeat${beat.seconds > beat.grace ? ' riser__heartbeat--over' : ''}`}>
      <rect x={box.x + 4} y={top} width={w} height={fs * 1.35} rx={3} className="riser__heartbeat-bg" />
      {/* How much of the grace period has gone: a bar filling under the words. */}
      <rect x={box.x + 4} y={top + fs * 1.2} width={w * share} height={fs * 0.15} className="riser__heartbeat-bar" />
      <text x={box.x + 10} y={top + fs * 1.02} fontSize={fs} {...fitText(words, fs, box.w - 20)}>
        {words}
      </text>
    </g>
  );
}
