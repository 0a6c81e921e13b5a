// A riser's missed heartbeats (heartbeat.ts, counted by use-missed-heartbeat.ts): a sign under the
// name plate counting the seconds since the node's Lease was last renewed towards the grace period,
// on a lit riser (the kubelet is dead but the node is still Ready) and a dark one alike. In the
// riser's trouble chunk (riser-trouble.ts): a healthy hall never draws it.
import type { Box } from './geometry';
import type { MissedHeartbeat } from './heartbeat';
import { fitText } from './wrap';

/** The sign, its top at `top`, across the riser's box (its text is read inside the riser's region). */
/** `words`: heartbeat.ts's heartbeatWords, written by the riser (heartbeat.ts stays out of this chunk). */
export function HeartbeatSign({ beat, words, box, top, fs }: { beat: MissedHeartbeat; words: string; box: Box; top: number; fs: number }) {
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
