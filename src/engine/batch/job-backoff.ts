// The Job controller's pod-failure back-off: after failures, new pods wait 10 s, 20 s, 40 s … up to
// 10 minutes since the last failure; a success resets the count. Kept per Job as plain JSON (the
// component's state), so snapshots carry it; upstream keeps it in memory and rebuilds it after a
// restart from the pods it still sees.
// [k8s: pkg/controller/job/backoff_utils.go newBackoffRecord, getFinishedTime,
//  getRemainingTimeForFailuresCount; job_controller.go DefaultJobPodFailureBackOff, MaxJobPodFailureBackOff]
import type { Pod } from '../objects/types';
import { parseTime } from '../util/time';

export const DEFAULT_POD_FAILURE_BACKOFF_MS = 10_000;
export const MAX_POD_FAILURE_BACKOFF_MS = 10 * 60_000;

export interface BackoffRecord {
  failuresAfterLastSuccess: number;
  /** Virtual ms of the last failure, or null. */
  lastFailureTime: number | null;
}

/**
 * getFinishedTime: the latest container finish time; else the Ready=False transition; else the
 * deletion time minus its grace; else the creation time.
 */
export function finishedTime(p: Pod): number {
  let latest: number | undefined;
  let allFinished = true;
  for (const cs of p.status?.containerStatuses ?? []) {
    const at = parseTime(cs.state?.terminated?.finishedAt);
    if (at === undefined) {
      allFinished = false;
      break;
    }
    if (latest === undefined || at > latest) latest = at;
  }
  if (allFinished && latest !== undefined) return latest;
  const ready = p.status?.conditions?.find((c) => c.type === 'Ready');
  const readyAt = ready?.status === 'False' ? parseTime(ready.lastTransitionTime) : undefined;
  if (readyAt !== undefined) return readyAt;
  const deleted = parseTime(p.metadata.deletionTimestamp);
  if (deleted !== undefined) return deleted - (p.metadata.deletionGracePeriodSeconds ?? 0) * 1000;
  return parseTime(p.metadata.creationTimestamp) ?? 0;
}

/** newBackoffRecord: the record after this sync's newly finished pods. */
export function nextBackoffRecord(old: BackoffRecord | undefined, newSucceeded: Pod[], newFailed: Pod[]): BackoffRecord {
  const rec: BackoffRecord = old ? { ...old } : { failuresAfterLastSuccess: 0, lastFailureTime: null };
  const failedTimes = newFailed.map(finishedTime).sort((a, b) => a - b);
  if (newSucceeded.length === 0) {
    if (failedTimes.length === 0) return rec;
    rec.failuresAfterLastSuccess += failedTimes.length;
    rec.lastFailureTime = failedTimes[failedTimes.length - 1];
    return rec;
  }
  rec.failuresAfterLastSuccess = 0;
  rec.lastFailureTime = null;
  const lastSuccess = Math.max(...newSucceeded.map(finishedTime));
  for (let i = failedTimes.length - 1; i >= 0; i--) {
    if (failedTimes[i] <= lastSuccess) break;
    if (rec.lastFailureTime === null) rec.lastFailureTime = failedTimes[i];
    rec.failuresAfterLastSuccess += 1;
  }
  return rec;
}

/** getRemainingTimeForFailuresCount: how long new pods must still wait (0: create now). */
export function remainingBackoff(rec: BackoffRecord, now: number): number {
  if (rec.failuresAfterLastSuccess === 0 || rec.lastFailureTime === null) return 0;
  let backoff = DEFAULT_POD_FAILURE_BACKOFF_MS;
  for (let i = 1; i < rec.failuresAfterLastSuccess; i++) {
    backoff *= 2;
    if (backoff >= MAX_POD_FAILURE_BACKOFF_MS) {
      backoff = MAX_POD_FAILURE_BACKOFF_MS;
      break;
    }
  }
  const elapsed = now - rec.lastFailureTime;
  return backoff < elapsed ? 0 : backoff - elapsed;
}
