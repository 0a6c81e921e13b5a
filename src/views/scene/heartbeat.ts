// A node's missed heartbeats, made visible (issue 12): the kubelet renews its Lease in
// kube-node-lease every 10 s; when renewals stop, the seconds since the last one count towards the
// node lifecycle controller's --node-monitor-grace-period (50 s since 1.32), after which it marks
// the node's Ready condition Unknown. Pure; heartbeat.test.ts checks it against the engine.
import { NODE_MONITOR_GRACE_MS } from '../../engine/display';
import { virtualMs } from '../stage/musician-style';

/**
 * The kubelet's renewal interval (engine/node/kubelet.ts LEASE_RENEW_MS, 25 % of the 40 s lease;
 * pkg/kubelet/nodelease). Not imported: kubelet.ts would pull the engine into the first screen's
 * chunk; heartbeat.test.ts checks the two agree.
 */
export const LEASE_RENEW_S = 10;

export interface MissedHeartbeat {
  /** Whole seconds since the Lease was last renewed. */
  seconds: number;
  /** The grace period, in seconds. */
  grace: number;
}

/**
 * Seconds since the Lease's `renewTime`, once a renewal is overdue (more than one interval and a
 * second of slack); undefined while the kubelet keeps renewing, or without a Lease.
 */
export function missedHeartbeat(renewTime: string | undefined, now: number): MissedHeartbeat | undefined {
  const last = virtualMs(renewTime);
  if (last === undefined) return undefined;
  const seconds = Math.floor((now - last) / 1000);
  if (seconds <= LEASE_RENEW_S) return undefined;
  return { seconds, grace: NODE_MONITOR_GRACE_MS / 1000 };
}

/**
 * On the riser, short enough for a small one: "no heartbeat 23/50 s" (the seconds of the grace
 * gone), then "no heartbeat 73 s > 50" once past it. The accessible name says it in a sentence.
 */
export function heartbeatWords(h: MissedHeartbeat): string {
  return h.seconds <= h.grace ? `no heartbeat ${h.seconds}/${h.grace} s` : `no heartbeat ${h.seconds} s > ${h.grace}`;
}

/** In the riser's accessible name: "no heartbeat for 23 s of the 50 s grace period". */
export function heartbeatSentence(h: MissedHeartbeat): string {
  return h.seconds <= h.grace
    ? `no heartbeat for ${h.seconds} s of the ${h.grace} s grace period`
    : `no heartbeat for ${h.seconds} s, past the ${h.grace} s grace period`;
}
