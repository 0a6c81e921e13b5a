// ReplicaSet status: replicas, fullyLabeledReplicas, readyReplicas, availableReplicas,
// observedGeneration and the ReplicaFailure condition, and when it is worth writing.
// [k8s: pkg/controller/replicaset/replica_set_utils.go]
// Zero counts are left out, as Go's omitempty does in `kubectl get rs -o yaml` (replicas stays).
import { matchesMap } from '../../objects/labels';
import { isPodAvailable, isPodReady } from '../../objects/pod';
import type { KObject, Pod, ReplicaSetCondition } from '../../objects/types';
import { jsonEqual } from '../../util/json-clone';
import { rfc3339 } from '../../util/time';

export interface RsStatus {
  replicas: number;
  fullyLabeledReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  observedGeneration?: number;
  conditions?: ReplicaSetCondition[];
}

function omitZero(status: RsStatus): RsStatus {
  const out: RsStatus = { replicas: status.replicas };
  if (status.fullyLabeledReplicas) out.fullyLabeledReplicas = status.fullyLabeledReplicas;
  if (status.readyReplicas) out.readyReplicas = status.readyReplicas;
  if (status.availableReplicas) out.availableReplicas = status.availableReplicas;
  if (status.observedGeneration) out.observedGeneration = status.observedGeneration;
  if (status.conditions?.length) out.conditions = status.conditions;
  return out;
}

/** calculateStatus: counts over the claimed active pods; a manage error sets ReplicaFailure. */
export function calculateRsStatus(rs: KObject, pods: Pod[], manageError: { message: string } | undefined, now: number): RsStatus {
  const old = (rs.status ?? {}) as RsStatus;
  const templateLabels: Record<string, string> = rs.spec?.template?.metadata?.labels ?? {};
  const minReady: number = rs.spec?.minReadySeconds ?? 0;
  let fully = 0;
  let ready = 0;
  let available = 0;
  for (const p of pods) {
    if (matchesMap(templateLabels, p.metadata.labels)) fully++; // an empty template label set matches all
    if (isPodReady(p)) {
      ready++;
      if (isPodAvailable(p, minReady, now)) available++;
    }
  }
  let conditions = [...(old.conditions ?? [])];
  const failure = conditions.find((c) => c.type === 'ReplicaFailure');
  if (manageError && !failure) {
    const diff = pods.length - (rs.spec?.replicas ?? 1);
    const reason = diff < 0 ? 'FailedCreate' : diff > 0 ? 'FailedDelete' : '';
    conditions.push({ type: 'ReplicaFailure', status: 'True', lastTransitionTime: rfc3339(now), reason, message: manageError.message });
  } else if (!manageError && failure) {
    conditions = conditions.filter((c) => c.type !== 'ReplicaFailure');
  }
  return omitZero({
    replicas: pods.length,
    fullyLabeledReplicas: fully,
    readyReplicas: ready,
    availableReplicas: available,
    observedGeneration: old.observedGeneration,
    conditions,
  });
}

/** updateReplicaSetStatus's early return: nothing to write when counts, generation and conditions agree. */
export function rsStatusUnchanged(rs: KObject, next: RsStatus): boolean {
  const cur = (rs.status ?? {}) as RsStatus;
  return (
    (cur.replicas ?? 0) === next.replicas &&
    (cur.fullyLabeledReplicas ?? 0) === (next.fullyLabeledReplicas ?? 0) &&
    (cur.readyReplicas ?? 0) === (next.readyReplicas ?? 0) &&
    (cur.availableReplicas ?? 0) === (next.availableReplicas ?? 0) &&
    (rs.metadata.generation ?? 0) === (cur.observedGeneration ?? 0) &&
    jsonEqual(cur.conditions ?? [], next.conditions ?? [])
  );
}
