// `kubectl describe job` and `kubectl describe cronjob`.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go describeJob, describeCronJob,
//  describeJobTemplate, printActiveJobs, printBoolPtr, capIndexesListOrNone]
import '../printers/batch-tables';
import type { ApiServer } from '../../api/api-server';
import { formatSelector } from '../../objects/labels';
import { controllerRef } from '../../objects/pod';
import type { KObject } from '../../objects/types';
import { humanDuration, parseTime } from '../../util/time';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './fields';
import { describePodTemplate } from './pod-template';
import { LEVEL_0, type PrefixWriter, tabbedString } from './writer';

/** capIndexesListOrNone: at most `max` characters of the interval list, cut at a comma, then `...`. */
function capIndexes(text: string | undefined, max: number): string {
  if (!text) return '<none>';
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const comma = cut.lastIndexOf(',');
  return `${comma > 0 ? cut.slice(0, comma) : cut},...`;
}

export function describeJob(api: ApiServer, job: KObject, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, job) : undefined;
  const spec = job.spec ?? {};
  const st = job.status ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${job.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${job.metadata.namespace}\n`);
    w.write(LEVEL_0, `Selector:\t${formatSelector(spec.selector).replace(/^<none>$/, '')}\n`);
    printLabelsMultiline(w, 'Labels', job.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', job.metadata.annotations);
    const ref = controllerRef(job);
    if (ref) w.write(LEVEL_0, `Controlled By:\t${ref.kind}/${ref.name}\n`);
    if (spec.parallelism != null) w.write(LEVEL_0, `Parallelism:\t${spec.parallelism}\n`);
    w.write(LEVEL_0, `Completions:\t${spec.completions ?? '<unset>'}\n`);
    if (spec.completionMode != null) w.write(LEVEL_0, `Completion Mode:\t${spec.completionMode}\n`);
    if (spec.suspend != null) w.write(LEVEL_0, `Suspend:\t${spec.suspend}\n`);
    if (spec.backoffLimit != null) w.write(LEVEL_0, `Backoff Limit:\t${spec.backoffLimit}\n`);
    if (spec.ttlSecondsAfterFinished != null) w.write(LEVEL_0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
    if (st.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
    if (st.completionTime) w.write(LEVEL_0, `Completed At:\t${rfc1123z(st.completionTime)}\n`);
    const start = parseTime(st.startTime);
    const end = parseTime(st.completionTime);
    if (start !== undefined && end !== undefined) w.write(LEVEL_0, `Duration:\t${humanDuration(end - start)}\n`);
    if (spec.activeDeadlineSeconds != null) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
    if (st.ready == null) w.write(LEVEL_0, `Pods Statuses:\t${st.active ?? 0} Active / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`);
    else w.write(LEVEL_0, `Pods Statuses:\t${st.active ?? 0} Active (${st.ready} Ready) / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed\n`);
    if (spec.completionMode === 'Indexed') w.write(LEVEL_0, `Completed Indexes:\t${capIndexes(st.completedIndexes, 50)}\n`);
    describePodTemplate(spec.template, w);
    if (events) describeEvents(events, w, now);
  });
}

function printBoolPtr(b: unknown): string {
  if (b == null) return '<unset>';
  return b ? 'True' : 'False';
}

function describeJobTemplate(jt: KObject['spec'], w: PrefixWriter): void {
  const spec = jt?.spec ?? {};
  w.write(LEVEL_0, `Selector:\t${spec.selector ? formatSelector(spec.selector).replace(/^<none>$/, '') : '<unset>'}\n`);
  w.write(LEVEL_0, `Parallelism:\t${spec.parallelism ?? '<unset>'}\n`);
  w.write(LEVEL_0, `Completions:\t${spec.completions ?? '<unset>'}\n`);
  if (spec.activeDeadlineSeconds != null) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  describePodTemplate(spec.template, w);
}

export function describeCronJob(api: ApiServer, cj: KObject, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, cj) : undefined;
  const spec = cj.spec ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${cj.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${cj.metadata.namespace}\n`);
    printLabelsMultiline(w, 'Labels', cj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', cj.metadata.annotations);
    w.write(LEVEL_0, `Schedule:\t${spec.schedule ?? ''}\n`);
    w.write(LEVEL_0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Suspend:\t${printBoolPtr(spec.suspend)}\n`);
    w.write(LEVEL_0, `Successful Job History Limit:\t${spec.successfulJobsHistoryLimit ?? '<unset>'}\n`);
    w.write(LEVEL_0, `Failed Job History Limit:\t${spec.failedJobsHistoryLimit ?? '<unset>'}\n`);
    w.write(LEVEL_0, `Starting Deadline Seconds:\t${spec.startingDeadlineSeconds != null ? `${spec.startingDeadlineSeconds}s` : '<unset>'}\n`);
    describeJobTemplate(spec.jobTemplate, w);
    const last = cj.status?.lastScheduleTime;
    w.write(LEVEL_0, `Last Schedule Time:\t${last ? rfc1123z(last) : '<unset>'}\n`);
    const active = (cj.status?.active ?? []) as { name: string }[];
    w.write(LEVEL_0, `Active Jobs:\t${active.length ? active.map((j) => j.name).join(', ') : '<none>'}\n`);
    if (events) describeEvents(events, w, now);
  });
}
