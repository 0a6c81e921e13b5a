// The CronJob controller ('cronjob-controller'): at each schedule time creates the Job
// `<cronjob>-<minutes since the epoch>` from the jobTemplate, honours concurrencyPolicy,
// startingDeadlineSeconds and suspend, tracks status.active / lastScheduleTime /
// lastSuccessfulTime, and deletes finished Jobs beyond the history limits. Each sync requeues the
// CronJob for its next schedule time (plus 100 ms), so a week of `*/1` costs one sync per minute
// plus those its Jobs' changes bring, never a poll.
// [k8s: pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob, cleanupFinishedJobs,
//  removeOldestJobs, enqueueController; utils.go mostRecentScheduleTime, nextScheduleTime,
//  nextScheduleTimeDuration, getJobFromTemplate2, getJobName]
// Simplification: an UnexpectedJob (one the controller did not list, e.g. from `kubectl create job
// --from`) is reported but, as upstream, never added to status.active.
import type { ApiClient } from '../api/api-server';
import { StatusError } from '../api/errors';
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import { controllerRefTo } from '../controllers/replicaset/claim';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../controllers/work-queue';
import { controllerRef } from '../objects/pod';
import type { KObject } from '../objects/types';
import type { Timer } from '../sim/clock';
import { deepClone, jsonEqual } from '../util/json-clone';
import { EPOCH_MS, parseTime, rfc3339 } from '../util/time';
import { CronError, type Schedule, isKnownTimeZone, nextAfter, parseScheduleCached, zoneOffset } from './cron-schedule';
import { finishedCondition, isJobFinished } from './job-conditions';

export const CRONJOB_CONTROLLER = 'cronjob-controller';
export const CRONJOB_WATCH_DELAY_MS = 5;
/** nextScheduleDelta: the controller wakes 100 ms after each schedule time. */
export const NEXT_SCHEDULE_DELTA_MS = 100;
/** More missed start times than this gives the TooManyMissedTimes warning. */
const TOO_MANY_MISSED = 100;
export const SCHEDULED_TIMESTAMP_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

interface State {
  queue: WorkQueueState;
  syncs: number;
}

// biome-ignore lint/suspicious/noExplicitAny: status is plain JSON.
type Json = any;

/** Virtual ms ↔ real epoch ms (cron schedules are wall-clock). */
const toReal = (virtual: number) => virtual + EPOCH_MS;
const toVirtual = (real: number) => real - EPOCH_MS;

/** getJobName: `<cronjob>-<scheduled time in minutes since the epoch>`. */
export function jobNameFor(cronJobName: string, scheduledReal: number): string {
  return `${cronJobName}-${Math.floor(scheduledReal / 60_000)}`;
}

/** RFC3339 in a zone (Go's Time.Format(time.RFC3339) on a time in that location). */
function rfc3339In(real: number, zone: string | undefined): string {
  const off = zoneOffset(zone, real);
  const local = new Date(real + off).toISOString().replace('.000Z', '');
  if (off === 0) return `${local}Z`;
  const m = Math.abs(off / 60_000);
  return `${local}${off < 0 ? '-' : '+'}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * mostRecentScheduleTime: the latest schedule time in (earliest, now], how many were missed, and
 * the earliest time considered. `earliest` is the last schedule time (or creation), moved up to
 * now − startingDeadlineSeconds when asked to. Work is bounded: regular schedules jump by
 * arithmetic; irregular ones walk at most a few hundred steps.
 */
export function mostRecentScheduleTime(cj: KObject, nowReal: number, schedule: Schedule, zone: string | undefined, withDeadline: boolean): { earliest: number; mostRecent?: number; missed: number } {
  let earliest = toReal(parseTime(cj.status?.lastScheduleTime) ?? parseTime(cj.metadata.creationTimestamp) ?? 0);
  const deadline = cj.spec?.startingDeadlineSeconds;
  if (withDeadline && deadline != null) {
    const d = nowReal - deadline * 1000;
    if (d > earliest) earliest = d;
  }
  const t1 = nextAfter(schedule, earliest, zone);
  if (t1 === undefined || nowReal < t1) return { earliest, missed: 0 };
  const t2 = nextAfter(schedule, t1, zone);
  if (t2 === undefined || nowReal < t2) return { earliest, mostRecent: t1, missed: 1 };
  const between = Math.round((t2 - t1) / 1000) * 1000;
  if (between < 1000) throw new CronError('time difference between two schedules is less than 1 second');
  const missed = Math.floor((nowReal - t1) / between) + 1;
  let most = t1 + (missed - 1) * between;
  // An irregular schedule ("0 9 * * 1-5") may put the estimate off a schedule time: walk instead.
  const check = nextAfter(schedule, most - 1000, zone);
  if (check !== most) {
    most = t1;
    for (let i = 0, t = nextAfter(schedule, t1, zone); i < 1000 && t !== undefined && t <= nowReal; i++, t = nextAfter(schedule, t, zone)) most = t;
  }
  return { earliest, mostRecent: most, missed };
}

export class CronJobController implements Component {
  readonly name = CRONJOB_CONTROLLER;
  private queue!: WorkQueue;
  private state!: State;
  private readonly client: ApiClient;
  private readonly record: (obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string) => void;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(CRONJOB_CONTROLLER);
    this.record = ctx.events.for({ component: CRONJOB_CONTROLLER });
  }

  start(): void {
    this.state = this.ctx.state<State>(CRONJOB_CONTROLLER, () => ({ queue: newWorkQueueState(), syncs: 0 }));
    this.queue = new WorkQueue(this.ctx.clock, CRONJOB_CONTROLLER, this.state.queue);
    this.ctx.clock.on(CRONJOB_CONTROLLER, (t: Timer) => this.queue.process(t, (key) => this.sync(key)));
    this.ctx.api.watch('cronjobs', CRONJOB_CONTROLLER, (e) => {
      if (e.type === 'DELETED') return;
      // updateCronJob: a changed schedule or time zone requeues for the new next time; any change syncs.
      this.queue.add(`${e.object.metadata.namespace}/${e.object.metadata.name}`, CRONJOB_WATCH_DELAY_MS);
    });
    // addJob / updateJob / deleteJob: a Job's change wakes the CronJob that controls it.
    this.ctx.api.watch('jobs', (e) => (controllerRef(e.object)?.kind === 'CronJob' ? CRONJOB_CONTROLLER : null), (e) => {
      const ref = controllerRef(e.object);
      if (ref) this.queue.add(`${e.object.metadata.namespace}/${ref.name}`, CRONJOB_WATCH_DELAY_MS);
    });
  }

  syncCount(): number {
    return this.state.syncs;
  }

  private jobsOf(cj: KObject): KObject[] {
    return this.ctx.api.store.dependents(cj.metadata.uid).filter((o) => o.kind === 'Job' && controllerRef(o)?.uid === cj.metadata.uid);
  }

  sync(key: string): void {
    this.state.syncs++;
    const slash = key.indexOf('/');
    const cj = this.ctx.api.store.get('cronjobs', key.slice(0, slash), key.slice(slash + 1));
    if (!cj) return;
    const jobs = this.jobsOf(cj);
    const status: Json = deepClone(cj.status ?? {});
    const now = this.ctx.clock.now();
    const requeue = this.syncCronJob(cj, status, jobs, now);
    if (!cj.metadata.deletionTimestamp) this.cleanupFinishedJobs(cj, status, jobs);
    if (Array.isArray(status.active) && status.active.length === 0) delete status.active;
    const current = this.ctx.api.store.get('cronjobs', cj.metadata.namespace, cj.metadata.name) ?? cj;
    if (!jsonEqual(current.status ?? {}, status)) this.client.updateStatus({ ...current, status });
    if (requeue !== undefined) this.queue.add(key, requeue);
  }

  /** syncCronJob: returns the delay until the next sync, or undefined (none: suspended, unparseable). */
  private syncCronJob(cj: KObject, status: Json, jobs: KObject[], now: number): number | undefined {
    const active: Json[] = [...(status.active ?? [])];
    const byName = new Map(jobs.map((j) => [j.metadata.name, j]));
    for (const j of jobs) {
      const inList = active.some((r) => r.uid === j.metadata.uid);
      if (!inList && !isJobFinished(j)) {
        // Someone (kubectl create job --from) made a Job we did not list.
        this.record(cj, 'Warning', 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${j.metadata.name}`);
        continue;
      }
      if (inList && isJobFinished(j)) {
        const cond = finishedCondition(j);
        const idx = active.findIndex((r) => r.uid === j.metadata.uid);
        active.splice(idx, 1);
        this.record(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${j.metadata.name}, condition: ${cond?.type}`);
      } else if (isJobFinished(j)) {
        // Finished and off the list (the sync after SawCompletedJob, or a `create job --from` Job):
        // its completionTime (set only on success) moves lastSuccessfulTime forward.
        const done = parseTime(j.status?.completionTime);
        const last = parseTime(status.lastSuccessfulTime);
        if (done !== undefined && (last === undefined || done > last)) status.lastSuccessfulTime = j.status.completionTime;
      }
    }
    // Active Jobs that went away.
    for (let i = active.length - 1; i >= 0; i--) {
      const j = byName.get(active[i].name);
      if (!j || j.metadata.uid !== active[i].uid) {
        this.record(cj, 'Normal', 'MissingJob', `Active job went missing: ${active[i].name}`);
        active.splice(i, 1);
      }
    }
    status.active = active;
    if (cj.metadata.deletionTimestamp) return undefined;
    const zone: string | undefined = cj.spec?.timeZone ?? undefined;
    if (zone != null && !isKnownTimeZone(zone)) {
      this.record(cj, 'Warning', 'UnknownTimeZone', `invalid timeZone: "${zone}": unknown time zone ${zone}`);
      return undefined;
    }
    if (cj.spec?.suspend === true) return undefined;
    let schedule: Schedule;
    try {
      schedule = parseScheduleCached(String(cj.spec?.schedule ?? ''));
    } catch (e) {
      this.record(cj, 'Warning', 'UnparseableSchedule', `unparseable schedule: ${JSON.stringify(cj.spec?.schedule)} : ${(e as Error).message}`);
      return undefined;
    }
    const nowReal = toReal(now);
    let recent: ReturnType<typeof mostRecentScheduleTime>;
    try {
      recent = mostRecentScheduleTime(cj, nowReal, schedule, zone, true);
    } catch (e) {
      this.record(cj, 'Warning', 'InvalidSchedule', `invalid schedule: ${cj.spec?.schedule} : ${(e as Error).message}`);
      return undefined;
    }
    if (recent.missed > TOO_MANY_MISSED)
      this.record(cj, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
    const next = () => this.nextSyncDelay(cj, status, schedule, zone, nowReal);
    const scheduled = recent.mostRecent;
    if (scheduled === undefined) return next();
    const deadline = cj.spec?.startingDeadlineSeconds;
    if (deadline != null && scheduled + deadline * 1000 < nowReal) {
      this.record(cj, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123z(scheduled, zone)}`);
      return next();
    }
    const name = jobNameFor(cj.metadata.name, scheduled);
    const lastSchedule = parseTime(status.lastScheduleTime);
    if (active.some((r) => r.name === name) || (lastSchedule !== undefined && toReal(lastSchedule) === scheduled)) return next();
    const policy = cj.spec?.concurrencyPolicy ?? 'Allow';
    if (policy === 'Forbid' && active.length > 0) {
      this.record(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid');
      return next();
    }
    if (policy === 'Replace') {
      for (const r of [...active]) {
        const j = byName.get(r.name);
        if (!j) continue;
        if (this.deleteJob(cj, j)) active.splice(active.indexOf(r), 1);
      }
    }
    const job = this.createJob(cj, scheduled, zone);
    if (!job) return next();
    active.push({ kind: 'Job', namespace: job.metadata.namespace, name: job.metadata.name, uid: job.metadata.uid, apiVersion: 'batch/v1', resourceVersion: job.metadata.resourceVersion });
    status.lastScheduleTime = rfc3339(toVirtual(scheduled));
    return next();
  }

  /** nextScheduleTimeDuration: until 100 ms after the schedule time following the most recent one. */
  private nextSyncDelay(cj: KObject, status: Json, schedule: Schedule, zone: string | undefined, nowReal: number): number | undefined {
    const view = { ...cj, status };
    let recent: ReturnType<typeof mostRecentScheduleTime>;
    try {
      recent = mostRecentScheduleTime(view, nowReal, schedule, zone, false);
    } catch {
      return NEXT_SCHEDULE_DELTA_MS;
    }
    const from = recent.mostRecent ?? recent.earliest;
    const t = nextAfter(schedule, from, zone);
    if (t === undefined || !Number.isFinite(t)) return undefined;
    return Math.max(0, t + NEXT_SCHEDULE_DELTA_MS - nowReal);
  }

  /** getJobFromTemplate2 + create. */
  private createJob(cj: KObject, scheduled: number, zone: string | undefined): KObject | undefined {
    const jt = cj.spec?.jobTemplate ?? {};
    const annotations = { ...(jt.metadata?.annotations ?? {}), [SCHEDULED_TIMESTAMP_ANNOTATION]: rfc3339In(scheduled, zone) };
    const metadata: Json = { name: jobNameFor(cj.metadata.name, scheduled), namespace: cj.metadata.namespace, annotations, ownerReferences: [controllerRefTo(cj)] };
    if (jt.metadata?.labels) metadata.labels = { ...jt.metadata.labels };
    try {
      const job = this.client.create({ apiVersion: 'batch/v1', kind: 'Job', metadata, spec: deepClone(jt.spec ?? {}) });
      this.record(cj, 'Normal', 'SuccessfulCreate', `Created job ${job.metadata.name}`);
      return job;
    } catch (e) {
      if (e instanceof StatusError && e.code === 409) {
        // AlreadyExists: ours from an earlier sync (status not yet written) counts as created.
        const existing = this.ctx.api.store.get('jobs', cj.metadata.namespace, metadata.name);
        if (existing && controllerRef(existing)?.uid === cj.metadata.uid) return existing;
        return undefined;
      }
      this.record(cj, 'Warning', 'FailedCreate', `Error creating job: ${(e as Error).message}`);
      return undefined;
    }
  }

  private deleteJob(cj: KObject, job: KObject): boolean {
    try {
      this.client.delete('Job', job.metadata.namespace, job.metadata.name, { propagationPolicy: 'Background' });
      this.record(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`);
      return true;
    } catch (e) {
      if (e instanceof StatusError && e.code === 404) return true;
      this.record(cj, 'Warning', 'FailedDelete', `Deleted job: ${(e as Error).message}`);
      return false;
    }
  }

  /** cleanupFinishedJobs / removeOldestJobs: finished Jobs beyond each history limit go, oldest start first. */
  private cleanupFinishedJobs(cj: KObject, status: Json, jobs: KObject[]): void {
    const ok: KObject[] = [];
    const failed: KObject[] = [];
    for (const j of jobs) {
      if (j.metadata.deletionTimestamp) continue;
      const c = finishedCondition(j);
      if (c?.type === 'Complete') ok.push(j);
      else if (c?.type === 'Failed') failed.push(j);
    }
    const prune = (list: KObject[], limit: number | undefined) => {
      if (limit == null || list.length <= limit) return;
      // byJobStartTime: jobs without a start time sort last; ties by name.
      const start = (j: KObject) => parseTime(j.status?.startTime) ?? Number.POSITIVE_INFINITY;
      list.sort((a, b) => start(a) - start(b) || a.metadata.name.localeCompare(b.metadata.name));
      for (const j of list.slice(0, list.length - limit)) {
        if (this.deleteJob(cj, j)) status.active = (status.active ?? []).filter((r: Json) => r.uid !== j.metadata.uid);
      }
    };
    prune(ok, cj.spec?.successfulJobsHistoryLimit);
    prune(failed, cj.spec?.failedJobsHistoryLimit);
  }
}

/** Go's time.RFC1123Z in the CronJob's zone: `Mon, 02 Jan 2006 15:04:05 -0700`. */
function rfc1123z(real: number, zone: string | undefined): string {
  const off = zoneOffset(zone, real);
  const d = new Date(real + off);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  const m = Math.abs(off / 60_000);
  const tz = `${off < 0 ? '-' : '+'}${p(Math.floor(m / 60))}${p(m % 60)}`;
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${tz}`;
}

export const cronJobController: ComponentFactory = (ctx) => new CronJobController(ctx);
