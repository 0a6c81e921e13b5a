// The shared steps of a Deployment sync: find or create the new ReplicaSet (hash, revision,
// annotations), scale ReplicaSets with a ScalingReplicaSet event, proportional scaling, history
// cleanup and the status (replicas, conditions Available/Progressing).
// [k8s: pkg/controller/deployment/sync.go]
// Simplification: the Deployment's revision annotation is written with a normal update before
// the status write (our /status endpoint ignores metadata; the real one keeps annotations), and
// our working copy takes each write's resourceVersion so later writes of the same sync don't 409.
import type { ApiClient } from '../../api/api-server';
import { StatusError } from '../../api/errors';
import type { Store } from '../../api/store';
import type { KObject } from '../../objects/types';
import { controllerRefTo } from '../replicaset/claim';
import { type DeploymentStatusJson, REASON, getCondition, newCondition, setCondition } from './conditions';
import { deepClone, jsonEqual } from '../../util/json-clone';
import * as u from './deployment-util';
import { POD_TEMPLATE_HASH_LABEL, computeHash, equalIgnoreHash } from './hash';

import type { WhyLedger } from '../../why/ledger';

export interface SyncContext {
  client: ApiClient;
  store: Store;
  now: number;
  record(obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string): void;
  /** Sync this Deployment again after `ms` (AddAfter), or rate-limited when ms is undefined. */
  requeue(ms?: number): void;
  /** The "Why?" ledger, where rolling updates note their arithmetic (why/ledger.ts). */
  why?: WhyLedger;
}

export function statusOf(d: KObject): DeploymentStatusJson {
  return (d.status ??= {}) as DeploymentStatusJson;
}

/** Writes d's annotations (if they changed) and status; d takes the new resourceVersion. */
export function writeDeployment(c: SyncContext, d: KObject): void {
  let stored = c.store.get('deployments', d.metadata.namespace, d.metadata.name);
  if (!stored) return;
  if (!jsonEqual(stored.metadata.annotations ?? {}, d.metadata.annotations ?? {})) {
    stored = c.client.update({ ...stored, metadata: { ...stored.metadata, annotations: d.metadata.annotations } });
  }
  const written = c.client.updateStatus({ ...stored, status: deepClone(d.status ?? {}) });
  d.metadata.resourceVersion = written.metadata.resourceVersion;
}

/** FindNewReplicaSet: the oldest RS whose template equals the Deployment's (hash label aside). */
export function findNewReplicaSet(d: KObject, rsList: KObject[]): KObject | undefined {
  return [...rsList].sort(u.byCreation).find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}

/** FindOldReplicaSets' second result: every RS but the new one. */
export function findOldReplicaSets(d: KObject, rsList: KObject[]): KObject[] {
  const n = findNewReplicaSet(d, rsList);
  return rsList.filter((rs) => rs.metadata.uid !== n?.metadata.uid);
}

/**
 * A working copy of a stored Deployment for one sync: the steps write its status, annotations
 * and resourceVersion, never its spec (they build new objects), so the spec is shared with the
 * stored object — which also lets equalIgnoreHash's per-template memo hit across syncs.
 */
export function workingCopy(obj: KObject): KObject {
  const copy = copyForAnnotations(obj);
  if (obj.status !== undefined) copy.status = deepClone(obj.status);
  return copy;
}

/**
 * A copy of a stored ReplicaSet whose annotations may be changed and whose spec may be replaced
 * (by a spread), as the scaling and revision steps do; every other member is shared.
 */
function copyForAnnotations(obj: KObject): KObject {
  const metadata = { ...obj.metadata };
  if (metadata.annotations) metadata.annotations = { ...metadata.annotations };
  return { ...obj, metadata };
}

const copyRS = copyForAnnotations;

/** getNewReplicaSet: syncs the existing new RS's annotations or creates it. */
export function getNewReplicaSet(c: SyncContext, d: KObject, rsList: KObject[], oldRSs: KObject[], create: boolean): KObject | undefined {
  const existing = findNewReplicaSet(d, rsList);
  const newRevision = u.maxRevision(oldRSs) + 1;
  const status = statusOf(d);
  const deadline = u.progressDeadlineSeconds(d) !== undefined;
  if (existing) {
    const rsCopy = copyRS(existing);
    const annotationsUpdated = u.setNewReplicaSetAnnotations(d, rsCopy, newRevision, true);
    const minReady = d.spec?.minReadySeconds ?? 0;
    if (annotationsUpdated || (rsCopy.spec?.minReadySeconds ?? 0) !== minReady) {
      rsCopy.spec = { ...rsCopy.spec, minReadySeconds: minReady };
      if (!minReady) delete rsCopy.spec.minReadySeconds;
      return c.client.update(rsCopy);
    }
    let needsUpdate = setDeploymentRevision(d, rsCopy.metadata.annotations?.[u.REVISION_ANNOTATION] ?? '');
    if (deadline && !getCondition(status, 'Progressing')) {
      setCondition(status, newCondition('Progressing', 'True', REASON.FoundNewRS, `Found new replica set "${rsCopy.metadata.name}"`, c.now));
      needsUpdate = true;
    }
    if (needsUpdate) writeDeployment(c, d);
    return rsCopy;
  }
  if (!create) return undefined;

  const template = structuredClone(d.spec?.template ?? {});
  const hash = computeHash(d.spec?.template, status.collisionCount);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash } };
  const selector = structuredClone(d.spec?.selector ?? {});
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
  const name = `${d.metadata.name}-${hash}`;
  const newRS: KObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, namespace: d.metadata.namespace, labels: { ...template.metadata.labels }, ownerReferences: [controllerRefTo(d)] } as KObject['metadata'],
    spec: { replicas: 0, selector, template },
  };
  if (d.spec?.minReadySeconds) newRS.spec.minReadySeconds = d.spec.minReadySeconds;
  const replicas = u.newRSNewReplicas(d, [...oldRSs, newRS], newRS);
  newRS.spec.replicas = replicas;
  u.setNewReplicaSetAnnotations(d, newRS, newRevision, false);

  let created: KObject;
  let alreadyExists = false;
  try {
    created = c.client.create(newRS);
  } catch (e) {
    if (e instanceof StatusError && e.reason === 'AlreadyExists') {
      alreadyExists = true;
      const rs = c.store.get('replicasets', d.metadata.namespace, name);
      const ref = rs?.metadata.ownerReferences?.find((r) => r.controller);
      if (rs && ref?.uid === d.metadata.uid && equalIgnoreHash(d.spec?.template, rs.spec?.template)) {
        created = rs;
      } else {
        // A hash collision: bump collisionCount and retry with a different hash next sync.
        status.collisionCount = (status.collisionCount ?? 0) + 1;
        writeDeployment(c, d);
        throw e;
      }
    } else {
      const msg = `Failed to create new replica set "${name}": ${e instanceof Error ? e.message : String(e)}`;
      if (deadline) {
        setCondition(status, newCondition('Progressing', 'False', REASON.FailedRSCreate, msg, c.now));
        try {
          writeDeployment(c, d);
        } catch {
          // the bigger problem is reported below
        }
      }
      c.record(d, 'Warning', REASON.FailedRSCreate, msg);
      throw e;
    }
  }
  if (!alreadyExists && replicas > 0) c.record(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${created.metadata.name} from 0 to ${replicas}`);
  let needsUpdate = setDeploymentRevision(d, String(newRevision));
  if (!alreadyExists && deadline) {
    setCondition(status, newCondition('Progressing', 'True', REASON.NewReplicaSet, `Created new replica set "${created.metadata.name}"`, c.now));
    needsUpdate = true;
  }
  if (needsUpdate) writeDeployment(c, d);
  return created;
}

function setDeploymentRevision(d: KObject, revision: string): boolean {
  const a = (d.metadata.annotations ??= {});
  if (a[u.REVISION_ANNOTATION] === revision) return false;
  a[u.REVISION_ANNOTATION] = revision;
  return true;
}

/** scaleReplicaSet: sets replicas and the desired/max annotations; records ScalingReplicaSet. */
export function scaleReplicaSet(c: SyncContext, rs: KObject, newScale: number, d: KObject, op: 'up' | 'down' | ''): { scaled: boolean; rs: KObject } {
  const desired = u.replicasOf(d);
  const max = desired + u.maxSurge(d);
  const oldScale = u.replicasOf(rs);
  const sizeNeedsUpdate = oldScale !== newScale;
  if (!sizeNeedsUpdate && !u.replicasAnnotationsNeedUpdate(rs, desired, max)) return { scaled: false, rs };
  const fresh = c.store.get('replicasets', rs.metadata.namespace, rs.metadata.name) ?? rs;
  const copy = copyRS(fresh);
  copy.spec = { ...copy.spec, replicas: newScale };
  u.setReplicasAnnotations(copy, desired, max);
  const updated = c.client.update(copy);
  if (!sizeNeedsUpdate) return { scaled: false, rs: updated };
  const verb = op === 'up' ? 'Scaled up' : 'Scaled down';
  c.record(d, 'Normal', 'ScalingReplicaSet', `${verb} replica set ${updated.metadata.name} from ${oldScale} to ${newScale}`);
  return { scaled: true, rs: updated };
}

export function scaleReplicaSetAndRecordEvent(c: SyncContext, rs: KObject, newScale: number, d: KObject): { scaled: boolean; rs: KObject } {
  if (u.replicasOf(rs) === newScale) return { scaled: false, rs };
  return scaleReplicaSet(c, rs, newScale, d, u.replicasOf(rs) < newScale ? 'up' : 'down');
}

/** FindActiveOrLatest: the one active RS, the newest when none is active, else undefined. */
function findActiveOrLatest(newRS: KObject | undefined, oldRSs: KObject[]): KObject | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const olds = [...oldRSs].sort((a, b) => u.byCreation(b, a));
  const active = u.filterActive([...olds, newRS]);
  if (active.length === 0) return newRS ?? olds[0];
  return active.length === 1 ? active[0] : undefined;
}

/** IsSaturated: the new RS has all replicas and its desired annotation agrees. */
function isSaturated(d: KObject, rs: KObject | undefined): boolean {
  if (!rs) return false;
  return u.replicasOf(rs) === u.replicasOf(d) && u.desiredReplicasAnnotation(rs) === u.replicasOf(d);
}

/** scale: proportional scaling when the Deployment's size changes with several active RSs. */
export function scale(c: SyncContext, d: KObject, newRS: KObject | undefined, oldRSs: KObject[]): void {
  const one = findActiveOrLatest(newRS, oldRSs);
  if (one) {
    if (u.replicasOf(one) !== u.replicasOf(d)) scaleReplicaSetAndRecordEvent(c, one, u.replicasOf(d), d);
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of u.filterActive(oldRSs)) scaleReplicaSetAndRecordEvent(c, old, 0, d);
    return;
  }
  if (!u.isRollingUpdate(d)) return;
  const all = u.filterActive([...oldRSs, newRS]);
  const allowed = u.replicasOf(d) > 0 ? u.replicasOf(d) + u.maxSurge(d) : 0;
  const toAdd = allowed - u.sumReplicas(all);
  let op: 'up' | 'down' | '' = '';
  if (toAdd > 0) {
    all.sort(u.bySize(true));
    op = 'up';
  } else if (toAdd < 0) {
    all.sort(u.bySize(false));
    op = 'down';
  }
  let added = 0;
  const sizes = new Map<string, number>();
  for (const rs of all) {
    if (toAdd !== 0) {
      const p = u.getProportion(rs, d, toAdd, added);
      sizes.set(rs.metadata.name, u.replicasOf(rs) + p);
      added += p;
    } else sizes.set(rs.metadata.name, u.replicasOf(rs));
  }
  all.forEach((rs, i) => {
    if (i === 0 && toAdd !== 0) sizes.set(rs.metadata.name, Math.max(0, (sizes.get(rs.metadata.name) ?? 0) + toAdd - added));
    scaleReplicaSet(c, rs, sizes.get(rs.metadata.name) ?? 0, d, op);
  });
}

/** cleanupDeployment: deletes the oldest fully scaled-down RSs beyond revisionHistoryLimit. */
export function cleanupDeployment(c: SyncContext, oldRSs: KObject[], d: KObject): void {
  const limit = u.revisionHistoryLimit(d);
  const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - limit;
  if (diff <= 0) return;
  cleanable.sort(u.byRevision);
  for (let i = 0; i < diff; i++) {
    const rs = cleanable[i];
    if ((rs.status?.replicas ?? 0) !== 0 || u.replicasOf(rs) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0)) continue;
    try {
      c.client.delete('ReplicaSet', rs.metadata.namespace, rs.metadata.name);
    } catch (e) {
      if (!(e instanceof StatusError && e.code === 404)) throw e;
    }
  }
}

/** calculateStatus: counts from the ReplicaSets and the Available condition. */
export function calculateStatus(allRSs: (KObject | undefined)[], newRS: KObject | undefined, d: KObject, now: number): DeploymentStatusJson {
  const available = u.sumStatus(allRSs, 'availableReplicas');
  const unavailable = Math.max(0, u.sumReplicas(allRSs) - available);
  const old = statusOf(d);
  const s: DeploymentStatusJson = {};
  if (d.metadata.generation) s.observedGeneration = d.metadata.generation;
  const replicas = u.sumStatus(allRSs, 'replicas');
  const updated = u.sumStatus([newRS], 'replicas');
  const ready = u.sumStatus(allRSs, 'readyReplicas');
  if (replicas) s.replicas = replicas;
  if (updated) s.updatedReplicas = updated;
  if (ready) s.readyReplicas = ready;
  if (available) s.availableReplicas = available;
  if (unavailable) s.unavailableReplicas = unavailable;
  if (old.conditions?.length) s.conditions = old.conditions.map((x) => ({ ...x }));
  if (available >= u.replicasOf(d) - u.maxUnavailable(d)) {
    setCondition(s, newCondition('Available', 'True', REASON.MinimumReplicasAvailable, 'Deployment has minimum availability.', now));
  } else {
    setCondition(s, newCondition('Available', 'False', REASON.MinimumReplicasUnavailable, 'Deployment does not have minimum availability.', now));
  }
  if (old.collisionCount !== undefined) s.collisionCount = old.collisionCount;
  return s;
}

export function statusEqual(a: DeploymentStatusJson | undefined, b: DeploymentStatusJson): boolean {
  return jsonEqual(a ?? {}, b);
}

export function syncDeploymentStatus(c: SyncContext, allRSs: (KObject | undefined)[], newRS: KObject | undefined, d: KObject): void {
  const s = calculateStatus(allRSs, newRS, d, c.now);
  if (statusEqual(d.status, s)) return;
  d.status = s;
  writeDeployment(c, d);
}

/** getAllReplicaSetsAndSyncRevision. */
export function getAllReplicaSetsAndSyncRevision(c: SyncContext, d: KObject, list: KObject[], create: boolean): { newRS?: KObject; oldRSs: KObject[] } {
  // Re-read: an earlier step of this sync may have written one (the real lister would lag and
  // the write would 409 and retry; we skip that round).
  const rsList = list.map((rs) => c.store.get('replicasets', rs.metadata.namespace, rs.metadata.name) ?? rs);
  const oldRSs = findOldReplicaSets(d, rsList);
  const newRS = getNewReplicaSet(c, d, rsList, oldRSs, create);
  return { newRS, oldRSs };
}

/** isScalingEvent: an active RS records a different desired size than the Deployment's. */
export function isScalingEvent(c: SyncContext, d: KObject, rsList: KObject[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(c, d, rsList, false);
  for (const rs of u.filterActive([...oldRSs, newRS])) {
    const desired = u.desiredReplicasAnnotation(rs);
    if (desired !== undefined && desired !== u.replicasOf(d)) return true;
  }
  return false;
}

/** sync: scaling (and history cleanup when paused) without a rollout. */
export function syncScaleOnly(c: SyncContext, d: KObject, rsList: KObject[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(c, d, rsList, false);
  scale(c, d, newRS, oldRSs);
  if (d.spec?.paused) cleanupDeployment(c, oldRSs, d);
  syncDeploymentStatus(c, [...oldRSs, newRS], newRS, d);
}
