// The TTL-after-finished controller ('ttl-after-finished-controller'): deletes a finished Job
// (foreground, so its pods go first) `ttlSecondsAfterFinished` seconds after it completed or
// failed, and requeues a Job to the moment it expires rather than polling.
// [k8s: pkg/controller/ttlafterfinished/ttlafterfinished_controller.go processJob, processTTL,
//  timeLeft, jobFinishTime]
import type { ApiClient } from '../api/api-server';
import { StatusError } from '../api/errors';
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../controllers/work-queue';
import type { KObject } from '../objects/types';
import type { Timer } from '../sim/clock';
import { parseTime } from '../util/time';
import { finishedCondition } from './job-conditions';

export const TTL_AFTER_FINISHED_CONTROLLER = 'ttl-after-finished-controller';
const WATCH_DELAY_MS = 5;

interface State {
  queue: WorkQueueState;
}

/** needsCleanup: a ttl is set and the Job is finished. */
function needsCleanup(job: KObject): boolean {
  return job.spec?.ttlSecondsAfterFinished != null && !!finishedCondition(job) && !job.metadata.deletionTimestamp;
}

/** jobFinishTime: the lastTransitionTime of the Complete/Failed condition. */
export function expiresAt(job: KObject): number | undefined {
  const at = parseTime(finishedCondition(job)?.lastTransitionTime);
  return at === undefined ? undefined : at + (job.spec?.ttlSecondsAfterFinished ?? 0) * 1000;
}

export class TtlAfterFinishedController implements Component {
  readonly name = TTL_AFTER_FINISHED_CONTROLLER;
  private queue!: WorkQueue;
  private readonly client: ApiClient;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(TTL_AFTER_FINISHED_CONTROLLER);
  }

  start(): void {
    const state = this.ctx.state<State>(TTL_AFTER_FINISHED_CONTROLLER, () => ({ queue: newWorkQueueState() }));
    this.queue = new WorkQueue(this.ctx.clock, TTL_AFTER_FINISHED_CONTROLLER, state.queue);
    this.ctx.clock.on(TTL_AFTER_FINISHED_CONTROLLER, (t: Timer) => this.queue.process(t, (key) => this.sync(key)));
    this.ctx.api.watch('jobs', TTL_AFTER_FINISHED_CONTROLLER, (e) => {
      if (e.type !== 'DELETED' && needsCleanup(e.object)) this.queue.add(`${e.object.metadata.namespace}/${e.object.metadata.name}`, WATCH_DELAY_MS);
    });
  }

  sync(key: string): void {
    const slash = key.indexOf('/');
    const job = this.ctx.api.store.get('jobs', key.slice(0, slash), key.slice(slash + 1));
    if (!job || !needsCleanup(job)) return;
    const at = expiresAt(job);
    if (at === undefined) return;
    const now = this.ctx.clock.now();
    if (at > now) {
      this.queue.add(key, at - now);
      return;
    }
    try {
      this.client.delete('Job', job.metadata.namespace, job.metadata.name, { propagationPolicy: 'Foreground', uid: job.metadata.uid });
    } catch (e) {
      if (!(e instanceof StatusError) || (e.code !== 404 && e.code !== 409)) throw e;
    }
  }
}

export const ttlAfterFinishedController: ComponentFactory = (ctx) => new TtlAfterFinishedController(ctx);
