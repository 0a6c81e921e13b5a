// `kubectl get` columns for Jobs and CronJobs, as kubectl 1.32's printers define them.
// [k8s: pkg/printers/internalversion/printers.go printJob, printCronJob, printBoolPtr;
//  apimachinery metav1.FormatLabelSelector]
import { formatSelector } from '../../objects/labels';
import type { KObject } from '../../objects/types';
import { humanDuration, parseTime } from '../../util/time';
import { ageOf, translateTimestampSince } from './age';
import { layoutContainerCells, registerTable } from './columns';

function hasCondition(obj: KObject, type: string): boolean {
  return ((obj.status?.conditions ?? []) as { type: string; status: string }[]).some((c) => c.type === type && c.status === 'True');
}

/** The STATUS cell: Complete, Failed, Terminating, Suspended, FailureTarget or Running. */
export function jobStatusCell(job: KObject): string {
  if (hasCondition(job, 'Complete')) return 'Complete';
  if (hasCondition(job, 'Failed')) return 'Failed';
  if (job.metadata.deletionTimestamp) return 'Terminating';
  if (hasCondition(job, 'Suspended')) return 'Suspended';
  if (hasCondition(job, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

/** COMPLETIONS: `1/3`, or `0/1 of 2` for a work-queue Job with parallelism. */
export function jobCompletionsCell(job: KObject): string {
  const succeeded = job.status?.succeeded ?? 0;
  const spec = job.spec ?? {};
  if (spec.completions != null) return `${succeeded}/${spec.completions}`;
  if (spec.parallelism != null && spec.parallelism > 1) return `${succeeded}/1 of ${spec.parallelism}`;
  return `${succeeded}/1`;
}

/** DURATION: start to completion, or start to now while it has no completionTime (a failed Job keeps growing). */
export function jobDurationCell(job: KObject, now: number): string {
  const start = parseTime(job.status?.startTime);
  if (start === undefined) return '';
  const end = parseTime(job.status?.completionTime);
  return humanDuration((end ?? now) - start);
}

function boolPtr(b: unknown): string {
  if (b == null) return '<unset>';
  return b ? 'True' : 'False';
}

registerTable('Job', {
  headers: ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE'],
  wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row(job, now, wide) {
    const cells = [job.metadata.name, jobStatusCell(job), jobCompletionsCell(job), jobDurationCell(job, now), ageOf(job, now)];
    if (wide) cells.push(...layoutContainerCells(job.spec?.template?.spec?.containers), formatSelector(job.spec?.selector));
    return cells;
  },
});

registerTable('CronJob', {
  headers: ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'],
  wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row(cj, now, wide) {
    const last = cj.status?.lastScheduleTime ? translateTimestampSince(cj.status.lastScheduleTime, now) : '<none>';
    const cells = [cj.metadata.name, String(cj.spec?.schedule ?? ''), cj.spec?.timeZone ?? '<none>', boolPtr(cj.spec?.suspend), String((cj.status?.active ?? []).length), last, ageOf(cj, now)];
    if (wide) cells.push(...layoutContainerCells(cj.spec?.jobTemplate?.spec?.template?.spec?.containers), formatSelector(cj.spec?.jobTemplate?.spec?.selector));
    return cells;
  },
});
