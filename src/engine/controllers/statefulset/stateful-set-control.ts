// One sync of a StatefulSet (defaultStatefulSetControl.UpdateStatefulSet): sort the set's pods
// into the ordinal range and the condemned beyond it, create missing pods (claims first),
// recreate finished ones, delete condemned pods from the highest ordinal, then roll pods that are
// not at the update revision from the highest ordinal down to the partition — one at a time,
// waiting for Running and Ready, under OrderedReady; all at once for scaling under Parallel.
// [k8s: pkg/controller/statefulset/stateful_set_control.go, stateful_pod_control.go]
// Simplifications: no adoption/release of orphan pods (only pods the set controls count), no
// maxUnavailable (alpha), no identity/storage repair of existing pods, no stale-claim check.
import type { ApiClient } from '../../api/api-server';
import { StatusError } from '../../api/errors';
import type { Store } from '../../api/store';
import type { KObject, Pod } from '../../objects/types';
import { applyRevision, statefulSetRevisions, truncateHistory } from './revisions';
import {
  claimsFor,
  isCreated,
  isFailedOrSucceeded,
  isHealthy,
  isRunningAndAvailable,
  isRunningAndReady,
  isTerminating,
  newStatefulSetPod,
  ordinalOf,
  revisionOfPod,
  startOrdinal,
} from './stateful-set-utils';

export type Recorder = (obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string) => void;

export interface ControlEnv {
  client: ApiClient;
  store: Store;
  record: Recorder;
  now: number;
}

function message(e: unknown): string {
  return e instanceof StatusError || e instanceof Error ? e.message : String(e);
}

const title = (verb: string) => verb[0].toUpperCase() + verb.slice(1);

function recordPodEvent(env: ControlEnv, verb: string, set: KObject, pod: KObject, err?: unknown): void {
  if (err === undefined) env.record(set, 'Normal', `Successful${title(verb)}`, `${verb} Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`);
  else env.record(set, 'Warning', `Failed${title(verb)}`, `${verb} Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${message(err)}`);
}

function recordClaimEvent(env: ControlEnv, verb: string, set: KObject, pod: KObject, claim: KObject, err?: unknown): void {
  if (err === undefined) env.record(set, 'Normal', `Successful${title(verb)}`, `${verb} Claim ${claim.metadata.name} Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} success`);
  else env.record(set, 'Warning', `Failed${title(verb)}`, `${verb} Claim ${claim.metadata.name} for Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${message(err)}`);
}

function setOwnerRef(set: KObject): Record<string, unknown> {
  return { apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata.name, uid: set.metadata.uid, blockOwnerDeletion: true };
}

/** createPersistentVolumeClaims: create what is missing; a claim being deleted is an error. */
function createClaims(env: ControlEnv, set: KObject, pod: KObject): string[] {
  const errs: string[] = [];
  for (const claim of claimsFor(set, ordinalOf(pod))) {
    const existing = env.store.get('persistentvolumeclaims', set.metadata.namespace, claim.metadata.name);
    if (existing) {
      if (existing.metadata.deletionTimestamp) errs.push(`pvc ${claim.metadata.name} is being deleted`);
      continue;
    }
    // whenDeleted: Delete — the set owns its claims, so the garbage collector removes them with it.
    if (set.spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted === 'Delete') claim.metadata.ownerReferences = [setOwnerRef(set) as never];
    try {
      env.client.create(claim);
      recordClaimEvent(env, 'create', set, pod, claim);
    } catch (e) {
      errs.push(`failed to create PVC ${claim.metadata.name}: ${message(e)}`);
      if (!(e instanceof StatusError && e.reason === 'AlreadyExists')) recordClaimEvent(env, 'create', set, pod, claim, e);
    }
  }
  return errs;
}

function aggregate(errs: string[]): Error {
  return new Error(errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`);
}

function createStatefulPod(env: ControlEnv, set: KObject, pod: KObject): void {
  const errs = createClaims(env, set, pod);
  if (errs.length) {
    const err = aggregate(errs);
    recordPodEvent(env, 'create', set, pod, err);
    throw err;
  }
  try {
    env.client.create(pod);
  } catch (e) {
    if (e instanceof StatusError && e.reason === 'AlreadyExists') throw e;
    recordPodEvent(env, 'create', set, pod, e);
    throw e;
  }
  recordPodEvent(env, 'create', set, pod);
}

function deleteStatefulPod(env: ControlEnv, set: KObject, pod: Pod): void {
  try {
    env.client.delete('Pod', pod.metadata.namespace, pod.metadata.name);
    recordPodEvent(env, 'delete', set, pod);
  } catch (e) {
    recordPodEvent(env, 'delete', set, pod, e);
    throw e;
  }
}

/** whenScaled: Delete — a condemned pod owns its claims, so they go once the pod is gone. */
function claimsToPod(env: ControlEnv, set: KObject, pod: Pod): void {
  if (set.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled !== 'Delete') return;
  for (const c of claimsFor(set, ordinalOf(pod))) {
    const claim = env.store.get('persistentvolumeclaims', set.metadata.namespace, c.metadata.name);
    if (!claim || claim.metadata.ownerReferences?.some((r) => r.uid === pod.metadata.uid)) continue;
    const ref = { apiVersion: 'v1', kind: 'Pod', name: pod.metadata.name, uid: pod.metadata.uid, blockOwnerDeletion: true };
    const refs = (claim.metadata.ownerReferences ?? []).filter((r) => r.uid !== set.metadata.uid);
    env.client.update({ ...claim, metadata: { ...claim.metadata, ownerReferences: [...refs, ref] } });
  }
}

export interface SetStatus {
  observedGeneration?: number;
  replicas: number;
  readyReplicas: number;
  currentReplicas: number;
  updatedReplicas: number;
  availableReplicas: number;
  currentRevision: string;
  updateRevision: string;
  collisionCount: number;
}

function computeStatus(set: KObject, pods: Pod[], current: string, update: string, now: number): SetStatus {
  const s: SetStatus = { observedGeneration: set.metadata.generation, replicas: 0, readyReplicas: 0, currentReplicas: 0, updatedReplicas: 0, availableReplicas: 0, currentRevision: current, updateRevision: update, collisionCount: set.status?.collisionCount ?? 0 };
  const minReady = set.spec?.minReadySeconds ?? 0;
  for (const p of pods) {
    if (isCreated(p)) s.replicas++;
    if (isRunningAndReady(p)) {
      s.readyReplicas++;
      if (isRunningAndAvailable(p, minReady, now)) s.availableReplicas++;
    }
    if (isCreated(p) && !isTerminating(p)) {
      if (revisionOfPod(p) === current) s.currentReplicas++;
      if (revisionOfPod(p) === update) s.updatedReplicas++;
    }
  }
  return s;
}

/**
 * The most pods one sync creates under Parallel before it requeues itself: the ReplicaSet's
 * burstReplicas, and upstream's MaxBatchSize (the cap of one slow-start batch).
 */
export const STS_BURST_REPLICAS = 500;

/**
 * The set's ordinal range [start, start + count) seen through the pods that exist. Upstream
 * allocates a slice of spec.replicas pods and fills every gap with a new pod object each sync; at
 * replicas: 1000000000 that is the whole heap. Here a missing pod is only built when a sync
 * reaches its ordinal, so a sync costs what exists plus what it creates, never spec.replicas.
 */
class OrdinalRange {
  /** Existing in-range ordinals, ascending. */
  readonly ordinals: number[];
  private readonly pods = new Map<number, Pod>();

  constructor(
    readonly start: number,
    readonly count: number,
    existing: Pod[],
    private readonly make: (ord: number) => Pod,
  ) {
    for (const p of existing) this.pods.set(ordinalOf(p), p);
    this.ordinals = [...this.pods.keys()].sort((a, b) => a - b);
  }

  at(ord: number): Pod {
    let pod = this.pods.get(ord);
    if (!pod) {
      pod = this.make(ord);
      this.pods.set(ord, pod);
    }
    return pod;
  }

  /** The lowest ordinal of the range with no pod yet (undefined when the range is full). */
  firstMissing(): number | undefined {
    let ord = this.start;
    for (const o of this.ordinals) {
      if (o !== ord) break;
      ord++;
    }
    return ord < this.start + this.count ? ord : undefined;
  }

  /**
   * Ordinals in ascending order: every existing pod, and at most `missing` ordinals that have none
   * (the lowest first). Stops at the first `false` from `visit`.
   */
  walk(missing: number, visit: (pod: Pod) => boolean): void {
    const end = this.start + this.count;
    let j = 0;
    let budget = missing;
    for (let ord = this.start; ord < end; ) {
      if (j < this.ordinals.length && this.ordinals[j] === ord) j++;
      else if (budget > 0) budget--;
      else if (j < this.ordinals.length) {
        ord = this.ordinals[j];
        continue;
      } else return;
      if (!visit(this.at(ord))) return;
      ord++;
    }
  }

  /** The pods built or found by this sync, for the status. */
  all(): Pod[] {
    return [...this.pods.values()];
  }
}

/** Returns the status to write (before completeRollingUpdate). */
export function updateStatefulSet(env: ControlEnv, set: KObject, pods: Pod[]): SetStatus {
  const { current, update, all } = statefulSetRevisions(env.client, env.store, set);
  const currentSet = applyRevision(set, current);
  const updateSet = applyRevision(set, update);
  const start = startOrdinal(set);
  const count = set.spec?.replicas ?? 1;
  const partition = set.spec?.updateStrategy?.type === 'RollingUpdate' ? (set.spec.updateStrategy.rollingUpdate?.partition ?? 0) : undefined;
  const inRange: Pod[] = [];
  const condemned: Pod[] = [];
  for (const p of pods) {
    const ord = ordinalOf(p);
    if (ord >= start && ord < start + count) inRange.push(p);
    else if (ord >= 0) condemned.push(p);
  }
  // newVersionedStatefulSetPod: below the partition, pods are made at the current revision.
  const replicas = new OrdinalRange(start, count, inRange, (ord) => {
    const atCurrent = partition === undefined ? false : ord < start + partition;
    return (atCurrent ? newStatefulSetPod(currentSet, ord, current.metadata.name) : newStatefulSetPod(updateSet, ord, update.metadata.name)) as Pod;
  });
  condemned.sort((a, b) => ordinalOf(b) - ordinalOf(a));
  // The first unhealthy replica: an existing one, or the first missing ordinal below it.
  const gap = replicas.firstMissing();
  const sick = replicas.ordinals.find((o) => !isHealthy(replicas.at(o)));
  const firstOrd = gap === undefined ? sick : sick === undefined ? gap : Math.min(gap, sick);
  let firstUnhealthy: Pod | undefined = firstOrd === undefined ? undefined : replicas.at(firstOrd);
  for (let i = condemned.length - 1; i >= 0 && !firstUnhealthy; i--) if (!isHealthy(condemned[i])) firstUnhealthy = condemned[i];
  // Pods built here but never created have no phase, so they count for nothing in the status.
  const status = () => computeStatus(set, [...replicas.all(), ...condemned], current.metadata.name, update.metadata.name, env.now);
  const done = () => {
    truncateHistory(env.client, set, pods, all, current, update);
    return status();
  };
  if (set.metadata.deletionTimestamp) return status();
  const monotonic = set.spec?.podManagementPolicy !== 'Parallel';
  const minReady = set.spec?.minReadySeconds ?? 0;

  // OrderedReady stops at the first pod it creates or waits for, so it needs one missing ordinal;
  // Parallel creates up to a burst per sync and requeues for the rest (upstream creates them all
  // in one sync, in slow-start batches of at most 500; a failed create stops this sync here).
  // The pods created here requeue the set through their watch events, so the next sync goes on.
  let blocked = false;
  replicas.walk(monotonic ? 1 : STS_BURST_REPLICAS, (pod) => {
    if (isCreated(pod) && isFailedOrSucceeded(pod)) {
      // A finished pod is deleted; its successor is created once it is gone.
      if (!isTerminating(pod)) deleteStatefulPod(env, set, pod);
      blocked = monotonic;
      return !blocked;
    }
    if (!isCreated(pod)) {
      createStatefulPod(env, set, pod);
      blocked = monotonic;
      return !blocked;
    }
    if (pod.status?.phase === 'Pending') {
      const errs = createClaims(env, set, pod);
      if (errs.length) throw aggregate(errs);
    }
    blocked = monotonic && (isTerminating(pod) || !isRunningAndReady(pod) || !isRunningAndAvailable(pod, minReady, env.now));
    return !blocked;
  });
  if (blocked) return done();

  for (const pod of condemned) {
    if (isTerminating(pod)) {
      if (monotonic) return done();
      continue;
    }
    if (monotonic && pod !== firstUnhealthy && (!isRunningAndReady(pod) || !isRunningAndAvailable(pod, minReady, env.now))) return done();
    claimsToPod(env, set, pod);
    deleteStatefulPod(env, set, pod);
    if (monotonic) return done();
  }

  if (set.spec?.updateStrategy?.type === 'OnDelete') return done();
  // From the highest ordinal down; a missing pod is unhealthy, so this stops at the first gap.
  for (let target = start + count - 1; target >= start + (partition ?? 0); target--) {
    const pod = replicas.at(target);
    if (revisionOfPod(pod) !== update.metadata.name && !isTerminating(pod)) {
      deleteStatefulPod(env, set, pod);
      const s = done();
      s.currentReplicas--;
      return s;
    }
    if (!isHealthy(pod)) return done();
  }
  return done();
}
