// RollingUpdate: scale the new ReplicaSet up within maxSurge, then old ones down within
// maxUnavailable (unhealthy replicas first). One scaling step per sync; the watch events it
// causes bring the next. [k8s: pkg/controller/deployment/rolling.go]
import type { KObject } from '../../objects/types';
import type { RolloutRecord } from '../../why/types';
import * as u from './deployment-util';
import { syncRolloutStatus } from './progress';
import { type SyncContext, cleanupDeployment, getAllReplicaSetsAndSyncRevision, scaleReplicaSetAndRecordEvent } from './sync';

export function rolloutRolling(c: SyncContext, d: KObject, rsList: KObject[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(c, d, rsList, true);
  const allRSs = [...oldRSs, newRS];
  if (newRS && reconcileNewReplicaSet(c, allRSs, newRS, d)) return syncRolloutStatus(c, allRSs, newRS, d);
  if (newRS && reconcileOldReplicaSets(c, allRSs, u.filterActive(oldRSs), newRS, d)) return syncRolloutStatus(c, allRSs, newRS, d);
  if (u.deploymentComplete(d, d.status ?? {})) cleanupDeployment(c, oldRSs, d);
  syncRolloutStatus(c, allRSs, newRS, d);
}

export function reconcileNewReplicaSet(c: SyncContext, allRSs: (KObject | undefined)[], newRS: KObject, d: KObject): boolean {
  if (u.replicasOf(newRS) === u.replicasOf(d)) return false;
  if (u.replicasOf(newRS) > u.replicasOf(d)) return scaleReplicaSetAndRecordEvent(c, newRS, u.replicasOf(d), d).scaled;
  const to = u.newRSNewReplicas(d, allRSs, newRS);
  if (to !== u.replicasOf(newRS)) noteStep(c, d, 'scale-up-new', newRS, to, allRSs, newRS);
  return scaleReplicaSetAndRecordEvent(c, newRS, to, d).scaled;
}

/**
 * For "Why?": a rolling step (or the step it could not take) with the sums that decided it
 * (why/ledger.ts). A blocked step repeats every sync, so it is kept once.
 */
function noteStep(c: SyncContext, d: KObject, step: RolloutRecord['step'], rs: KObject, to: number, allRSs: (KObject | undefined)[], newRS: KObject): void {
  if (!c.why) return;
  const ns = d.metadata.namespace ?? 'default';
  const name = d.metadata.name;
  const record: RolloutRecord = {
    t: 'rollout',
    at: c.now,
    ns,
    deployment: name,
    step,
    rs: rs.metadata.name,
    from: u.replicasOf(rs),
    to,
    replicas: u.replicasOf(d),
    maxSurge: u.maxSurge(d),
    maxUnavailable: u.maxUnavailable(d),
    allPods: u.sumReplicas(allRSs),
    available: u.sumStatus(allRSs, 'availableReplicas'),
    newUnavailable: u.replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0),
  };
  c.why.noteOnce(record, (r) => r.t === 'rollout' && r.ns === ns && r.deployment === name);
}

export function reconcileOldReplicaSets(c: SyncContext, allRSs: (KObject | undefined)[], oldRSs: KObject[], newRS: KObject, d: KObject): boolean {
  if (u.sumReplicas(oldRSs) === 0) return false;
  const allPods = u.sumReplicas(allRSs);
  const minAvailable = u.replicasOf(d) - u.maxUnavailable(d);
  const newUnavailable = u.replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = allPods - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) {
    const oldest = [...oldRSs].sort(u.byCreation).find((rs) => u.replicasOf(rs) > 0);
    if (oldest) noteStep(c, d, 'blocked', oldest, u.replicasOf(oldest), allRSs, newRS);
    return false;
  }
  const { rss, count: cleaned } = cleanupUnhealthyReplicas(c, oldRSs, d, maxScaledDown);
  const scaledDown = scaleDownOldReplicaSetsForRollingUpdate(c, [...rss, newRS], rss, d);
  return cleaned + scaledDown > 0;
}

/** Scales old RSs down by their unavailable replicas, oldest first, up to maxCleanup. */
export function cleanupUnhealthyReplicas(c: SyncContext, oldRSs: KObject[], d: KObject, maxCleanup: number): { rss: KObject[]; count: number } {
  const rss = [...oldRSs].sort(u.byCreation);
  let total = 0;
  for (let i = 0; i < rss.length; i++) {
    if (total >= maxCleanup) break;
    const rs = rss[i];
    const available = rs.status?.availableReplicas ?? 0;
    if (u.replicasOf(rs) === 0 || u.replicasOf(rs) === available) continue;
    const down = Math.min(maxCleanup - total, u.replicasOf(rs) - available);
    rss[i] = scaleReplicaSetAndRecordEvent(c, rs, u.replicasOf(rs) - down, d).rs;
    total += down;
  }
  return { rss, count: total };
}

/** Scales old RSs down while more than replicas − maxUnavailable pods are available. */
export function scaleDownOldReplicaSetsForRollingUpdate(c: SyncContext, allRSs: (KObject | undefined)[], oldRSs: KObject[], d: KObject): number {
  const minAvailable = u.replicasOf(d) - u.maxUnavailable(d);
  const available = u.sumStatus(allRSs, 'availableReplicas');
  if (available <= minAvailable) return 0;
  const rss = [...oldRSs].sort(u.byCreation);
  const target = available - minAvailable;
  let total = 0;
  for (const rs of rss) {
    if (total >= target) break;
    if (u.replicasOf(rs) === 0) continue;
    const down = Math.min(u.replicasOf(rs), target - total);
    noteStep(c, d, 'scale-down-old', rs, u.replicasOf(rs) - down, allRSs, allRSs.at(-1) ?? rs);
    scaleReplicaSetAndRecordEvent(c, rs, u.replicasOf(rs) - down, d);
    total += down;
  }
  return total;
}
