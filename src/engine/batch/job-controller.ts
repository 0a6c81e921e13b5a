// The Job controller ('job-controller'): runs a Job's pods to completion. It creates pods up to
// `parallelism` (never more than the completions still missing), counts finished pods into
// status.succeeded/failed (removing the batch.kubernetes.io/job-tracking finalizer it put on them),
// waits 10 s doubling to 10 min before replacing failed pods, and ends the Job: SuccessCriteriaMet
// then Complete once enough pods succeeded, or FailureTarget then Failed (BackoffLimitExceeded,
// DeadlineExceeded) after deleting the pods still running.
// [k8s: pkg/controller/job/job_controller.go syncJob, manageJob, trackJobStatusAndRemoveFinalizers,
//  pastBackoffLimitOnFailure, pastActiveDeadline, enactJobFinished; pkg/controller/controller_utils.go
//  RealPodControl (SuccessfulCreate/SuccessfulDelete events)]
// Simplifications: no expectations cache (our store is read synchronously); the two-phase
// uncountedTerminatedPods bookkeeping collapses into one step (count, then drop the finalizer), so
// status.uncountedTerminatedPods stays `{}`; orphan pods are not adopted (the generated selector
// names the Job's uid, so only its own pods can match); podFailurePolicy, successPolicy and
// backoffLimitPerIndex are not acted on.
// The pieces it uses: job-conditions.ts (reading and writing conditions), job-pods.ts (the finalizer,
// failed pods, the pod template), job-backoff.ts, job-indexes.ts.
import type { ApiClient } from '../api/api-server';
import { StatusError } from '../api/errors';
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import { DelayedRequeue } from '../controllers/replicaset/delayed-requeue';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../controllers/work-queue';
import { controllerRef, isPodActive, isPodReady } from '../objects/pod';
import type { KObject, Pod, WatchEvent } from '../objects/types';
import type { Timer } from '../sim/clock';
import { jsonEqual } from '../util/json-clone';
import { parseTime, rfc3339 } from '../util/time';
import { type BackoffRecord, nextBackoffRecord, remainingBackoff } from './job-backoff';
import { completionIndex, firstPendingIndexes, formatIndexes, parseIndexes } from './job-indexes';
import {
  BACKOFF_LIMIT_EXCEEDED,
  COMPLETIONS_REACHED,
  type Condition,
  DEADLINE_EXCEEDED,
  type JobStatusJson,
  findCondition,
  flipSuspendCondition,
  isJobFinished,
  jobKey,
  pastActiveDeadline,
} from './job-conditions';
import { JOB_TRACKING_FINALIZER } from './job-kind';
import { hasFinalizer, isPodFailed, pastBackoffLimitOnFailure, podFromJobTemplate } from './job-pods';

export const JOB_CONTROLLER = 'job-controller';
/** A Job event reaches a worker almost at once. */
export const JOB_WATCH_DELAY_MS = 5;
/** syncJobBatchPeriod: pod events of one Job are batched into one sync a second later. */
export const SYNC_JOB_BATCH_PERIOD_MS = 1000;
/** MaxPodCreateDeletePerSync. */
export const MAX_POD_CREATE_DELETE_PER_SYNC = 500;

interface State {
  queue: WorkQueueState;
  waiting: Record<string, number>;
  backoff: Record<string, BackoffRecord>;
  /** Pods removed before their finalizer was dropped (a force delete): job key → uid → phase. */
  lost: Record<string, Record<string, string>>;
  /** Syncs run, for tests that bound the work per Job. */
  syncs: number;
}

function errorMessage(e: unknown): string {
  return e instanceof StatusError || e instanceof Error ? e.message : String(e);
}

export class JobController implements Component {
  readonly name = JOB_CONTROLLER;
  private queue!: WorkQueue;
  private delayed!: DelayedRequeue;
  private state!: State;
  private readonly client: ApiClient;
  private readonly record: (obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string) => void;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(JOB_CONTROLLER);
    this.record = ctx.events.for({ component: JOB_CONTROLLER });
  }

  start(): void {
    this.state = this.ctx.state<State>(JOB_CONTROLLER, () => ({ queue: newWorkQueueState(), waiting: {}, backoff: {}, lost: {}, syncs: 0 }));
    this.queue = new WorkQueue(this.ctx.clock, JOB_CONTROLLER, this.state.queue);
    this.delayed = new DelayedRequeue(this.ctx.clock, JOB_CONTROLLER, this.queue, this.state.waiting);
    this.ctx.clock.on(JOB_CONTROLLER, (t) => (t.type === 'requeue' ? this.delayed.fire(t) : this.process(t)));
    this.ctx.api.watch('jobs', JOB_CONTROLLER, (e) => {
      if (e.type === 'DELETED') delete this.state.backoff[jobKey(e.object)];
      this.queue.add(jobKey(e.object), JOB_WATCH_DELAY_MS);
    });
    this.ctx.api.watch('pods', (e) => (controllerRef(e.object)?.kind === 'Job' ? JOB_CONTROLLER : null), (e) => this.onPod(e));
  }

  private process(timer: Timer): void {
    this.queue.process(timer, (key) => (key.startsWith('orphan:') ? this.syncOrphanPod(key.slice(7)) : this.sync(key)));
  }

  private ownerJob(pod: Pod): KObject | undefined {
    const ref = controllerRef(pod);
    if (ref?.kind !== 'Job') return undefined;
    const job = this.ctx.api.store.get('jobs', pod.metadata.namespace, ref.name);
    return job && job.metadata.uid === ref.uid ? job : undefined;
  }

  private onPod(e: WatchEvent): void {
    const pod = e.object as Pod;
    const job = this.ownerJob(pod);
    if (!job) {
      // A pod whose Job is gone keeps no finalizer (syncOrphanPod).
      if (e.type !== 'DELETED' && hasFinalizer(pod)) this.queue.add(`orphan:${pod.metadata.namespace}/${pod.metadata.name}`, JOB_WATCH_DELAY_MS);
      return;
    }
    const key = jobKey(job);
    if (e.type === 'DELETED' && hasFinalizer(pod)) {
      // Removed before being counted (a force delete skips finalizers here): count it from its last state.
      (this.state.lost[key] ??= {})[pod.metadata.uid] = pod.status?.phase === 'Succeeded' ? 'Succeeded' : 'Failed';
    }
    this.queue.add(key, SYNC_JOB_BATCH_PERIOD_MS);
  }

  private syncOrphanPod(podKey: string): void {
    const i = podKey.indexOf('/');
    const pod = this.ctx.api.store.get<Pod>('pods', podKey.slice(0, i), podKey.slice(i + 1));
    if (!pod || !hasFinalizer(pod) || this.ownerJob(pod)) return;
    this.removeFinalizer(pod);
  }

  private removeFinalizer(pod: Pod): boolean {
    const finalizers = (pod.metadata.finalizers ?? []).filter((f) => f !== JOB_TRACKING_FINALIZER);
    const metadata = { ...pod.metadata, finalizers };
    if (finalizers.length === 0) delete (metadata as { finalizers?: string[] }).finalizers;
    try {
      this.client.update({ ...pod, metadata });
      return true;
    } catch (e) {
      return e instanceof StatusError && e.code === 404;
    }
  }

  /** Set by manageJob when a pod create failed: the sync then throws, so the queue retries. */
  private createFailed = false;

  sync(key: string): void {
    this.state.syncs++;
    this.createFailed = false;
    const slash = key.indexOf('/');
    const job = this.ctx.api.store.get('jobs', key.slice(0, slash), key.slice(slash + 1));
    if (!job) {
      delete this.state.backoff[key];
      delete this.state.lost[key];
      return;
    }
    if (isJobFinished(job)) {
      delete this.state.backoff[key];
      // Pods of a finished Job were all counted; a straggler (deleted Job) still loses its finalizer.
      for (const p of this.podsOf(job)) if (hasFinalizer(p) && (!isPodActive(p) || job.metadata.deletionTimestamp)) this.removeFinalizer(p);
      return;
    }
    const mode = job.spec?.completionMode ?? 'NonIndexed';
    if (mode !== 'NonIndexed' && mode !== 'Indexed') {
      this.record(job, 'Warning', 'UnknownCompletionMode', 'Skipped Job sync because completion mode is unknown');
      return;
    }
    const indexed = mode === 'Indexed';
    const now = this.ctx.clock.now();
    const spec = job.spec ?? {};
    const status: JobStatusJson = { ...(job.status ?? {}) };
    status.conditions = [...(status.conditions ?? [])];
    const pods = this.podsOf(job);
    let activePods = pods.filter(isPodActive);
    let ready = activePods.filter(isPodReady).length;
    let terminating = pods.filter((p) => p.metadata.deletionTimestamp && p.status?.phase !== 'Failed' && p.status?.phase !== 'Succeeded').length;
    // Finished pods still carrying our finalizer are this sync's news.
    const newSucceeded = pods.filter((p) => hasFinalizer(p) && p.status?.phase === 'Succeeded');
    const newFailed = pods.filter((p) => hasFinalizer(p) && isPodFailed(p, job));
    const lost = this.state.lost[key] ?? {};
    const lostSucceeded = Object.values(lost).filter((ph) => ph === 'Succeeded').length;
    const lostFailed = Object.values(lost).length - lostSucceeded;
    const completions: number | undefined = spec.completions ?? undefined;
    let succeededIndexes: number[] = [];
    if (indexed) {
      succeededIndexes = parseIndexes(status.completedIndexes, completions ?? 0);
      for (const p of newSucceeded) {
        const ix = completionIndex(p);
        if (ix >= 0 && ix < (completions ?? 0)) succeededIndexes.push(ix);
      }
      succeededIndexes = [...new Set(succeededIndexes)].sort((a, b) => a - b);
    }
    const succeeded = indexed ? succeededIndexes.length : (status.succeeded ?? 0) + newSucceeded.length + lostSucceeded;
    const failed = (status.failed ?? 0) + newFailed.length + lostFailed;
    const suspended = spec.suspend === true;
    if (!status.startTime && !suspended) status.startTime = rfc3339(now);
    const backoff = nextBackoffRecord(this.state.backoff[key], newSucceeded, newFailed);
    this.state.backoff[key] = backoff;

    // The terminal decision: an interim condition first (FailureTarget / SuccessCriteriaMet).
    let target: { type: string; reason: string; message: string } | undefined;
    const met = findCondition(job, 'SuccessCriteriaMet');
    const failTarget = findCondition(job, 'FailureTarget');
    if (met?.status === 'True') target = { type: 'SuccessCriteriaMet', reason: met.reason ?? '', message: met.message ?? '' };
    else if (failTarget?.status === 'True') target = { type: 'FailureTarget', reason: failTarget.reason ?? '', message: failTarget.message ?? '' };
    else if (failed > (spec.backoffLimit ?? 6) || pastBackoffLimitOnFailure(job, pods)) target = { type: 'FailureTarget', ...BACKOFF_LIMIT_EXCEEDED };
    else if (pastActiveDeadline(job, status, now)) target = { type: 'FailureTarget', ...DEADLINE_EXCEEDED };
    else if (spec.activeDeadlineSeconds != null && !suspended) {
      const start = parseTime(status.startTime) ?? now;
      this.delayed.addAfter(key, Math.max(0, start + spec.activeDeadlineSeconds * 1000 - now));
    }

    let suspendChanged = false;
    if (target?.type === 'FailureTarget') {
      // deleteActivePods: the running pods go; the Job fails once they are gone.
      const r = this.deletePods(job, activePods);
      terminating += r.deleted;
      ready -= r.deletedReady;
      activePods = [];
    } else if (!target) {
      if (!job.metadata.deletionTimestamp) {
        const r = this.manageJob(job, key, activePods, succeeded, succeededIndexes, terminating, backoff, now);
        activePods = r.active;
        terminating += r.deleted;
        ready -= r.deletedReady;
        const flipped = flipSuspendCondition(job, status, now);
        if (flipped) this.record(job, 'Normal', flipped.reason, flipped.message);
        suspendChanged = !!flipped;
      }
      const done = completions == null ? succeeded > 0 && activePods.length === 0 : succeeded >= completions && activePods.length === 0;
      if (done) target = { type: 'SuccessCriteriaMet', ...COMPLETIONS_REACHED };
    }

    // Count the finished pods, then let them go.
    for (const p of [...newSucceeded, ...newFailed]) this.removeFinalizer(p);
    delete this.state.lost[key];

    status.active = activePods.length;
    status.ready = ready;
    status.terminating = terminating;
    status.uncountedTerminatedPods = {};
    if (indexed) {
      const text = formatIndexes(succeededIndexes);
      if (text) status.completedIndexes = text;
      else delete status.completedIndexes;
    }
    status.succeeded = succeeded;
    status.failed = failed;
    if (target) {
      const nowText = rfc3339(now);
      if (!status.conditions.some((c: Condition) => c.type === target.type))
        status.conditions.push({ type: target.type, status: 'True', reason: target.reason, message: target.message, lastProbeTime: nowText, lastTransitionTime: nowText });
      // enactJobFinished: the terminal condition waits until no pod is still terminating.
      if (terminating === 0 && activePods.length === 0) {
        const success = target.type === 'SuccessCriteriaMet';
        status.conditions.push({ type: success ? 'Complete' : 'Failed', status: 'True', reason: target.reason, message: target.message, lastProbeTime: nowText, lastTransitionTime: nowText });
        if (success) {
          status.completionTime = nowText;
          this.record(job, 'Normal', 'Completed', 'Job completed');
        } else this.record(job, 'Warning', target.reason, target.message);
      }
    }
    // omitempty: zero active/succeeded/failed are not serialised; ready and terminating are pointers.
    for (const k of ['active', 'succeeded', 'failed'] as const) if (!status[k]) delete status[k];
    if (status.conditions.length === 0) delete status.conditions;
    const current = this.ctx.api.store.get('jobs', job.metadata.namespace, job.metadata.name) ?? job;
    if (suspendChanged || !jsonEqual(current.status ?? {}, status)) this.client.updateStatus({ ...current, status });
    if (this.createFailed) throw new Error(`failed to create pods for job ${key}`);
  }

  private podsOf(job: KObject): Pod[] {
    return this.ctx.api.store.dependents(job.metadata.uid).filter((o) => o.kind === 'Pod' && controllerRef(o)?.uid === job.metadata.uid) as Pod[];
  }

  /** manageJob: deletes surplus pods, or creates the missing ones once the back-off allows. */
  private manageJob(
    job: KObject,
    key: string,
    active: Pod[],
    succeeded: number,
    succeededIndexes: number[],
    terminating: number,
    backoff: BackoffRecord,
    now: number,
  ): { active: Pod[]; deleted: number; deletedReady: number } {
    const spec = job.spec ?? {};
    const parallelism = spec.parallelism ?? 1;
    if (spec.suspend === true) {
      const r = this.deletePods(job, active);
      return { active: [], ...r };
    }
    let want: number;
    if (spec.completions == null) want = succeeded > 0 ? active.length : parallelism;
    else want = Math.max(0, Math.min(spec.completions - succeeded, parallelism));
    const rm = Math.max(0, active.length - want);
    if (rm > 0) {
      // activePodsForRemoval: not-ready and younger pods go first (here: the newest first).
      const victims = [...active].sort((a, b) => Number(isPodReady(a)) - Number(isPodReady(b)) || (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '')).slice(0, Math.min(rm, MAX_POD_CREATE_DELETE_PER_SYNC));
      const r = this.deletePods(job, victims);
      return { active: active.filter((p) => !victims.includes(p)), ...r };
    }
    // Terminating pods count only when replacement waits for them to fail (podReplacementPolicy: Failed).
    const counted = active.length + (spec.podReplacementPolicy === 'Failed' ? terminating : 0);
    if (counted >= want) return { active, deleted: 0, deletedReady: 0 };
    const wait = remainingBackoff(backoff, now);
    if (wait > 0) {
      this.delayed.addAfter(key, wait);
      return { active, deleted: 0, deletedReady: 0 };
    }
    let diff = Math.min(want - counted, MAX_POD_CREATE_DELETE_PER_SYNC);
    let indexes: number[] = [];
    if (spec.completionMode === 'Indexed') {
      indexes = firstPendingIndexes(succeededIndexes, active, diff, spec.completions ?? 0);
      diff = indexes.length;
    }
    const created: Pod[] = [];
    // Upstream creates in slow-start batches (1, 2, 4 …) and stops at the first error, which
    // requeues the Job rate-limited (the sync throws once its status is written).
    for (let i = 0; i < diff; i++) {
      const pod = this.createPod(job, indexes.length ? indexes[i] : undefined);
      if (!pod) {
        this.createFailed = true;
        break;
      }
      created.push(pod);
    }
    return { active: [...active, ...created], deleted: 0, deletedReady: 0 };
  }

  /** Creates one pod from the template (SuccessfulCreate / FailedCreate events). */
  private createPod(job: KObject, index?: number): Pod | undefined {
    try {
      const pod = this.client.create<Pod>(podFromJobTemplate(job, index));
      this.record(job, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`);
      return pod;
    } catch (e) {
      this.record(job, 'Warning', 'FailedCreate', `Error creating: ${errorMessage(e)}`);
      return undefined;
    }
  }

  private deletePods(job: KObject, pods: Pod[]): { deleted: number; deletedReady: number } {
    let deleted = 0;
    let deletedReady = 0;
    for (const p of pods) {
      try {
        this.client.delete('Pod', p.metadata.namespace, p.metadata.name);
        this.record(job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`);
      } catch (e) {
        if (!(e instanceof StatusError && e.code === 404)) {
          this.record(job, 'Warning', 'FailedDelete', `Error deleting: ${errorMessage(e)}`);
          continue;
        }
      }
      deleted++;
      if (isPodReady(p)) deletedReady++;
    }
    return { deleted, deletedReady };
  }

  /** Syncs run so far (tests bound the work per Job with it). */
  syncCount(): number {
    return this.state.syncs;
  }
}

export const jobController: ComponentFactory = (ctx) => new JobController(ctx);
