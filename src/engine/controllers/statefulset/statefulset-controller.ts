// The StatefulSet controller ('statefulset-controller'): syncs each set through
// stateful-set-control.ts and writes its status (completing a rolling update once every pod is
// updated and ready). Pod events requeue the owning set.
// [k8s: pkg/controller/statefulset/stateful_set.go, stateful_set_status_updater.go,
//  stateful_set_control.go updateStatefulSetStatus/completeRollingUpdate]
import type { ApiClient } from '../../api/api-server';
import type { Component, ComponentContext, ComponentFactory } from '../../cluster/component';
import { controllerRef } from '../../objects/pod';
import type { KObject, Pod } from '../../objects/types';
import type { Timer } from '../../sim/clock';
import { jsonEqual } from '../../util/json-clone';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../work-queue';
import { type Recorder, type SetStatus, updateStatefulSet } from './stateful-set-control';
import { isMemberOf } from './stateful-set-utils';

export const STATEFULSET_CONTROLLER = 'statefulset-controller';
export const STS_WATCH_DELAY_MS = 5;

interface State {
  queue: WorkQueueState;
}

/** The status as the API serialises it: zero ready/current/updated counts are omitted. */
function toApiStatus(s: SetStatus): Record<string, unknown> {
  const out: Record<string, unknown> = { ...s };
  for (const k of ['readyReplicas', 'currentReplicas', 'updatedReplicas'] as const) if (!s[k]) delete out[k];
  if (s.observedGeneration === undefined) delete out.observedGeneration;
  return out;
}

export class StatefulSetController implements Component {
  readonly name = STATEFULSET_CONTROLLER;
  private queue!: WorkQueue;
  private readonly client: ApiClient;
  private readonly record: Recorder;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(STATEFULSET_CONTROLLER);
    this.record = ctx.events.for({ component: STATEFULSET_CONTROLLER });
  }

  start(): void {
    const state = this.ctx.state<State>(STATEFULSET_CONTROLLER, () => ({ queue: newWorkQueueState() }));
    this.queue = new WorkQueue(this.ctx.clock, STATEFULSET_CONTROLLER, state.queue);
    this.ctx.clock.on(STATEFULSET_CONTROLLER, (t) => this.process(t));
    this.ctx.api.watch('statefulsets', STATEFULSET_CONTROLLER, (e) => {
      if (e.type !== 'DELETED') this.enqueue(e.object);
    });
    this.ctx.api.watch('pods', (e) => (controllerRef(e.object)?.kind === 'StatefulSet' ? STATEFULSET_CONTROLLER : null), (e) => {
      const ref = controllerRef(e.object);
      const set = ref && this.ctx.api.store.get('statefulsets', e.object.metadata.namespace, ref.name);
      if (set && set.metadata.uid === ref.uid) this.enqueue(set);
    });
  }

  private enqueue(set: KObject, delay = STS_WATCH_DELAY_MS): void {
    this.queue.add(`${set.metadata.namespace}/${set.metadata.name}`, delay);
  }

  private process(timer: Timer): void {
    this.queue.process(timer, (key) => this.sync(key));
  }

  sync(key: string): void {
    const i = key.indexOf('/');
    const set = this.ctx.api.store.get('statefulsets', key.slice(0, i), key.slice(i + 1));
    if (!set) return;
    const pods = this.ctx.api.store.dependents(set.metadata.uid).filter((o) => o.kind === 'Pod' && controllerRef(o)?.uid === set.metadata.uid && isMemberOf(set, o)) as Pod[];
    const now = this.ctx.clock.now();
    // Simplification: a sync that fails part-way (e.g. a claim being deleted) writes no status;
    // upstream still writes the status it computed before failing.
    const status: SetStatus = updateStatefulSet({ client: this.client, store: this.ctx.api.store, record: this.record, now }, set, pods);
    // completeRollingUpdate
    if (set.spec?.updateStrategy?.type === 'RollingUpdate' && status.updatedReplicas === status.replicas && status.readyReplicas === status.replicas) {
      status.currentReplicas = status.updatedReplicas;
      status.currentRevision = status.updateRevision;
    }
    const current = this.ctx.api.store.get('statefulsets', set.metadata.namespace, set.metadata.name) ?? set;
    const next = toApiStatus(status);
    if (!jsonEqual(current.status ?? {}, next)) this.client.updateStatus({ ...current, status: next });
    const minReady = set.spec?.minReadySeconds ?? 0;
    if (minReady > 0 && status.readyReplicas !== status.availableReplicas) this.enqueue(set, minReady * 1000);
  }
}

export const statefulSetController: ComponentFactory = (ctx) => new StatefulSetController(ctx);
