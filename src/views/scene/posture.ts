// What a musician shows beyond its STATUS: frozen (its liveness probe failing, counting towards
// the threshold that gets it restarted), its readiness probe failing (counting towards the
// threshold that takes it out of the Service's endpoints), the back-off ring of CrashLoopBackOff (how much of the
// wait is left), and the revision of its ReplicaSet (a rollout recolours a section). Pure
// derivations from the objects the store mirrors; scene-posture.test.ts checks them.
import type { Event, Pod, ReplicaSet } from '../../engine';
import { parseGoDuration, virtualMs } from '../stage/musician-style';

export interface Frozen {
  /** Consecutive failures counted so far (approximate, see probeFailing). */
  failures: number;
  threshold: number;
}

export type ProbeKind = 'Liveness' | 'Readiness';

/** A probe failing now, counting towards its failureThreshold. */
export interface ProbeFailing extends Frozen {
  probe: ProbeKind;
}

/**
 * The pod's `kind` probe is failing now: an `Unhealthy` "<Kind> probe failed" event for it, last
 * seen within one and a half probe periods, after the running container started.
 *
 * Simplification: the kubelet's failure counter is not in the pod's status (real Kubernetes keeps
 * it in the prober worker only), so the count is read from the aggregated event: periods elapsed
 * between its first sighting (or the container's start, or, for readiness, the moment the pod last
 * became Ready, if later) and its last, plus one, capped at the probe's failureThreshold (default
 * 3, periodSeconds default 10: k8s.io/api/core/v1 Probe).
 */
export function probeFailing(pod: Pod, events: readonly Event[], now: number, kind: ProbeKind): ProbeFailing | undefined {
  const field = kind === 'Liveness' ? 'livenessProbe' : 'readinessProbe';
  const probe = pod.spec?.containers?.find((c) => c[field])?.[field];
  if (!probe) return undefined;
  const uid = pod.metadata.uid;
  const periodMs = (probe.periodSeconds ?? 10) * 1000;
  const threshold = probe.failureThreshold ?? 3;
  const prefix = `${kind} probe failed`;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.reason !== 'Unhealthy' || e.involvedObject?.uid !== uid || !e.message?.startsWith(prefix)) continue;
    const last = virtualMs(e.lastTimestamp ?? undefined);
    const first = virtualMs(e.firstTimestamp ?? undefined) ?? last;
    if (last === undefined || first === undefined || now - last > periodMs * 1.5) return undefined;
    const started = startedAt(pod);
    if (started !== undefined && last < started) return undefined;
    // An earlier episode, already over, shares the aggregated event: count from the last recovery.
    const recovered = kind === 'Readiness' ? becameReady(pod) : undefined;
    if (recovered !== undefined && last < recovered) return undefined;
    const from = Math.max(first, started ?? first, recovered ?? first);
    const failures = Math.min(threshold, Math.floor((last - from) / periodMs + 1e-9) + 1);
    return { probe: kind, failures, threshold };
  }
  return undefined;
}

/** The liveness probe failing: the musician freezes until the kubelet restarts it. */
export function frozenOf(pod: Pod, events: readonly Event[], now: number): Frozen | undefined {
  const f = probeFailing(pod, events, now, 'Liveness');
  return f && { failures: f.failures, threshold: f.threshold };
}

/** When the pod's Ready condition last turned True (undefined if it is not Ready). */
function becameReady(pod: Pod): number | undefined {
  const c = pod.status?.conditions?.find((x) => x.type === 'Ready');
  return c?.status === 'True' ? virtualMs(c.lastTransitionTime ?? undefined) : undefined;
}

function startedAt(pod: Pod): number | undefined {
  let latest: number | undefined;
  for (const cs of pod.status?.containerStatuses ?? []) {
    const t = virtualMs(cs.state?.running?.startedAt ?? undefined);
    if (t !== undefined && (latest === undefined || t > latest)) latest = t;
  }
  return latest;
}

/**
 * CrashLoopBackOff's wait as a share still to go (1 just after the crash, 0 at the next try),
 * from the back-off in the waiting message ("back-off 20s restarting failed container=…") and the
 * last termination. Undefined when no container is backing off.
 */
export function backOffLeft(pod: Pod, now: number): { share: number; seconds: number } | undefined {
  for (const cs of pod.status?.containerStatuses ?? []) {
    const w = cs.state?.waiting;
    if (w?.reason !== 'CrashLoopBackOff') continue;
    const m = /^back-off (\S+) restarting/.exec(w.message ?? '');
    const total = m ? parseGoDuration(m[1]) : undefined;
    const finished = virtualMs(cs.lastState?.terminated?.finishedAt ?? undefined);
    if (!total || finished === undefined) return undefined;
    const left = Math.max(0, finished + total - now);
    return { share: Math.min(1, left / total), seconds: Math.ceil(left / 1000) };
  }
  return undefined;
}

const REVISION = 'deployment.kubernetes.io/revision';

export interface Revision {
  /** The pod's ReplicaSet's revision. */
  revision: number;
  /** The newest revision among the Deployment's ReplicaSets: older players are the outgoing ones. */
  newest: number;
}

/**
 * A Deployment pod's revision: its ReplicaSet (owner, whose name carries the pod-template-hash)
 * has the deployment.kubernetes.io/revision annotation the deployment controller writes.
 */
export function revisionOf(pod: Pod, replicaSets: readonly ReplicaSet[]): Revision | undefined {
  const owner = pod.metadata.ownerReferences?.find((o) => o.controller && o.kind === 'ReplicaSet');
  if (!owner) return undefined;
  const rs = replicaSets.find(
    (r) => r.metadata.uid === owner.uid || (r.metadata.name === owner.name && r.metadata.namespace === pod.metadata.namespace),
  );
  const revision = Number(rs?.metadata.annotations?.[REVISION]);
  if (!rs || !Number.isFinite(revision)) return undefined;
  const deployment = rs.metadata.ownerReferences?.find((o) => o.controller)?.uid;
  let newest = revision;
  for (const r of replicaSets) {
    if (!deployment || r.metadata.ownerReferences?.find((o) => o.controller)?.uid !== deployment) continue;
    const n = Number(r.metadata.annotations?.[REVISION]);
    if (Number.isFinite(n) && n > newest) newest = n;
  }
  return { revision, newest };
}
