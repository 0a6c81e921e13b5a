// Recreate: scale every old ReplicaSet to 0, wait until none of their pods is still running
// (terminating ones included), then create/scale the new one. [k8s: pkg/controller/deployment/recreate.go]
import type { Store } from '../../api/store';
import type { KObject } from '../../objects/types';
import * as u from './deployment-util';
import { syncRolloutStatus } from './progress';
import { type SyncContext, cleanupDeployment, getAllReplicaSetsAndSyncRevision, scaleReplicaSetAndRecordEvent } from './sync';

export function rolloutRecreate(c: SyncContext, d: KObject, rsList: KObject[]): void {
  let { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(c, d, rsList, false);
  let allRSs = [...oldRSs, newRS];
  let scaledDown = false;
  for (const rs of u.filterActive(oldRSs)) if (scaleReplicaSetAndRecordEvent(c, rs, 0, d).scaled) scaledDown = true;
  if (scaledDown) return syncRolloutStatus(c, allRSs, newRS, d);
  if (oldPodsRunning(c.store, newRS, oldRSs)) return syncRolloutStatus(c, allRSs, newRS, d);
  if (!newRS) {
    ({ newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(c, d, rsList, true));
    allRSs = [...oldRSs, newRS];
  }
  if (newRS) scaleReplicaSetAndRecordEvent(c, newRS, u.replicasOf(d), d);
  if (u.deploymentComplete(d, d.status ?? {})) cleanupDeployment(c, oldRSs, d);
  syncRolloutStatus(c, allRSs, newRS, d);
}

/**
 * oldPodsRunning: any old RS still reports pods, or any pod of an old RS is not yet Succeeded or
 * Failed. Simplification: the pod map is each RS's owned pods (store.dependents), not a
 * selector list of the Deployment's pods grouped by controller.
 */
export function oldPodsRunning(store: Store, newRS: KObject | undefined, oldRSs: KObject[]): boolean {
  if (u.sumStatus(oldRSs, 'replicas') > 0) return true;
  for (const rs of oldRSs) {
    if (newRS && rs.metadata.uid === newRS.metadata.uid) continue;
    for (const p of store.dependents(rs.metadata.uid)) {
      if (p.kind !== 'Pod') continue;
      const phase = p.status?.phase;
      if (phase !== 'Failed' && phase !== 'Succeeded') return true;
    }
  }
  return false;
}
