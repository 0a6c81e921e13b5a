// Progress reporting: the Progressing condition (ReplicaSetUpdated, NewReplicaSetAvailable,
// ProgressDeadlineExceeded), ReplicaFailure copied from the ReplicaSets, the requeue that
// notices a deadline passing, and the paused/resumed Unknown condition.
// [k8s: pkg/controller/deployment/progress.go, sync.go (checkPausedConditions)]
import type { KObject } from '../../objects/types';
import { parseTime } from '../../util/time';
import { type Condition, type DeploymentStatusJson, REASON, getCondition, newCondition, removeCondition, setCondition } from './conditions';
import * as u from './deployment-util';
import { type SyncContext, calculateStatus, statusEqual, statusOf, writeDeployment } from './sync';

/** DeploymentProgressing: more updated, fewer old, or more available replicas than last seen. */
export function deploymentProgressing(d: KObject, next: DeploymentStatusJson): boolean {
  const old = statusOf(d);
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (next.replicas ?? 0) - (next.updatedReplicas ?? 0);
  return (next.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld || (next.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
}

/** DeploymentTimedOut: the Progressing condition was last updated more than the deadline ago. */
export function deploymentTimedOut(d: KObject, next: DeploymentStatusJson, now: number): boolean {
  const deadline = u.progressDeadlineSeconds(d);
  if (deadline === undefined) return false;
  const cond = getCondition(next, 'Progressing');
  if (!cond) return false;
  if (cond.reason === REASON.TimedOut) return true;
  const from = parseTime(cond.lastUpdateTime) ?? 0;
  return from + deadline * 1000 < now;
}

/** getReplicaFailures: the new RS's ReplicaFailure, else any old RS's. */
function replicaFailures(allRSs: (KObject | undefined)[], newRS: KObject | undefined): Condition[] {
  const from = (rs: KObject | undefined): Condition[] =>
    (rs?.status?.conditions ?? [])
      .filter((c: Condition) => c.type === 'ReplicaFailure')
      .map((c: Condition) => ({ type: c.type, status: c.status, lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message }));
  const own = from(newRS);
  if (own.length) return own;
  return allRSs.flatMap(from);
}

export function syncRolloutStatus(c: SyncContext, allRSs: (KObject | undefined)[], newRS: KObject | undefined, d: KObject): void {
  const next = calculateStatus(allRSs, newRS, d, c.now);
  const hasDeadline = u.progressDeadlineSeconds(d) !== undefined;
  if (!hasDeadline) removeCondition(next, 'Progressing');
  const current = getCondition(statusOf(d), 'Progressing');
  const isComplete = next.replicas === next.updatedReplicas && current?.reason === REASON.NewRSAvailable;
  if (hasDeadline && !isComplete) {
    const rsName = newRS?.metadata.name;
    if (u.deploymentComplete(d, next)) {
      const msg = rsName ? `ReplicaSet "${rsName}" has successfully progressed.` : `Deployment "${d.metadata.name}" has successfully progressed.`;
      setCondition(next, newCondition('Progressing', 'True', REASON.NewRSAvailable, msg, c.now));
    } else if (deploymentProgressing(d, next)) {
      const msg = rsName ? `ReplicaSet "${rsName}" is progressing.` : `Deployment "${d.metadata.name}" is progressing.`;
      const cond = newCondition('Progressing', 'True', REASON.ReplicaSetUpdated, msg, c.now);
      // Progress refreshes lastUpdateTime even when the reason stays ReplicaSetUpdated.
      if (current) {
        if (current.status === 'True') cond.lastTransitionTime = current.lastTransitionTime;
        removeCondition(next, 'Progressing');
      }
      setCondition(next, cond);
    } else if (deploymentTimedOut(d, next, c.now)) {
      const msg = rsName ? `ReplicaSet "${rsName}" has timed out progressing.` : `Deployment "${d.metadata.name}" has timed out progressing.`;
      setCondition(next, newCondition('Progressing', 'False', REASON.TimedOut, msg, c.now));
    }
  }
  const failures = replicaFailures(allRSs, newRS);
  if (failures.length) setCondition(next, failures[0]);
  else removeCondition(next, 'ReplicaFailure');

  if (statusEqual(d.status, next)) {
    requeueStuckDeployment(c, d, next);
    return;
  }
  d.status = next;
  writeDeployment(c, d);
}

/** Requeue for the moment the progress deadline would pass (plus a second, as upstream). */
export function requeueStuckDeployment(c: SyncContext, d: KObject, next: DeploymentStatusJson): number {
  const current = getCondition(statusOf(d), 'Progressing');
  const deadline = u.progressDeadlineSeconds(d);
  if (deadline === undefined || !current) return -1;
  if (u.deploymentComplete(d, next) || current.reason === REASON.TimedOut) return -1;
  const after = (parseTime(current.lastUpdateTime) ?? 0) + deadline * 1000 - c.now;
  if (after < 1000) {
    c.requeue();
    return 0;
  }
  c.requeue(after + 1000);
  return after;
}

/** checkPausedConditions: Progressing Unknown DeploymentPaused / DeploymentResumed. */
export function checkPausedConditions(c: SyncContext, d: KObject): void {
  if (u.progressDeadlineSeconds(d) === undefined) return;
  const status = statusOf(d);
  const cond = getCondition(status, 'Progressing');
  if (cond?.reason === REASON.TimedOut) return;
  const pausedExists = cond?.reason === REASON.Paused;
  if (d.spec?.paused && !pausedExists) {
    setCondition(status, newCondition('Progressing', 'Unknown', REASON.Paused, 'Deployment is paused', c.now));
  } else if (!d.spec?.paused && pausedExists) {
    setCondition(status, newCondition('Progressing', 'Unknown', REASON.Resumed, 'Deployment is resumed', c.now));
  } else return;
  writeDeployment(c, d);
}
