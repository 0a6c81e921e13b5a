// A Job's status conditions: how the controller reads them (finished, which condition ended it) and
// the reasons/messages it writes for SuccessCriteriaMet/Complete and FailureTarget/Failed, plus the
// activeDeadlineSeconds test and the Suspended condition's flip.
// [k8s: pkg/controller/job/job_controller.go IsJobFinished, pastActiveDeadline, newCondition,
//  the suspend handling in syncJob; staging/src/k8s.io/api/batch/v1/types.go JobReason*]
import type { KObject } from '../objects/types';
import { parseTime, rfc3339 } from '../util/time';

export const COMPLETIONS_REACHED = { reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' };
export const BACKOFF_LIMIT_EXCEEDED = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
export const DEADLINE_EXCEEDED = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastProbeTime: string;
  lastTransitionTime: string;
}

// biome-ignore lint/suspicious/noExplicitAny: status is plain JSON.
export type JobStatusJson = any;

export function jobKey(job: KObject): string {
  return `${job.metadata.namespace}/${job.metadata.name}`;
}

export function findCondition(job: KObject, type: string): Condition | undefined {
  return (job.status?.conditions as Condition[] | undefined)?.find((c) => c.type === type);
}

/** IsJobFinished: a Complete or Failed condition that is True. */
export function isJobFinished(job: KObject): boolean {
  return (job.status?.conditions as Condition[] | undefined)?.some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') ?? false;
}

/** The condition that finished the Job (Complete or Failed), if any. */
export function finishedCondition(job: KObject): Condition | undefined {
  return (job.status?.conditions as Condition[] | undefined)?.find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
}

/** pastActiveDeadline: a running (not suspended) Job older than activeDeadlineSeconds. */
export function pastActiveDeadline(job: KObject, status: JobStatusJson, now: number): boolean {
  const ads = job.spec?.activeDeadlineSeconds;
  const start = parseTime(status.startTime);
  if (ads == null || start === undefined || job.spec?.suspend === true) return false;
  return now - start >= ads * 1000;
}

/**
 * Suspended / resumed: sets the Suspended condition on `status` (and, on resume, a fresh
 * startTime). Returns the event to record when the condition changed, else undefined.
 */
export function flipSuspendCondition(job: KObject, status: JobStatusJson, now: number): { reason: 'Suspended' | 'Resumed'; message: string } | undefined {
  const suspended = job.spec?.suspend === true;
  const cur = (status.conditions as Condition[]).find((c) => c.type === 'Suspended');
  const want = suspended ? 'True' : 'False';
  if (!cur && !suspended) return undefined;
  if (cur?.status === want) return undefined;
  const nowText = rfc3339(now);
  const cond: Condition = suspended
    ? { type: 'Suspended', status: 'True', reason: 'JobSuspended', message: 'Job suspended', lastProbeTime: nowText, lastTransitionTime: nowText }
    : { type: 'Suspended', status: 'False', reason: 'JobResumed', message: 'Job resumed', lastProbeTime: nowText, lastTransitionTime: nowText };
  status.conditions = [...(status.conditions as Condition[]).filter((c) => c.type !== 'Suspended'), cond];
  if (suspended) return { reason: 'Suspended', message: 'Job suspended' };
  status.startTime = nowText;
  return { reason: 'Resumed', message: 'Job resumed' };
}
