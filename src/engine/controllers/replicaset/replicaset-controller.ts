// The ReplicaSet controller ('replicaset-controller'): keeps spec.replicas active pods for every
// ReplicaSet by adopting matching orphans, releasing pods that stopped matching, creating pods
// from the template (slow start, burst 500) and deleting the best-ranked victims.
// [k8s: pkg/controller/replicaset/replica_set.go, pkg/controller/controller_utils.go]
// No expectations cache: the real one exists because the informer cache lags the API server's
// writes; our store is read synchronously, so a sync always sees its own creates and deletes.
import type { ApiClient } from '../../api/api-server';
import { StatusError } from '../../api/errors';
import type { Component, ComponentContext, ComponentFactory } from '../../cluster/component';
import { matchesSelector } from '../../objects/labels';
import { controllerRef, isPodActive, isPodReady } from '../../objects/pod';
import type { KObject, OwnerReference, Pod, WatchEvent } from '../../objects/types';
import type { Timer } from '../../sim/clock';
import { jsonEqual } from '../../util/json-clone';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../work-queue';
import { claimObjects, controllerRefTo } from './claim';
import { DelayedRequeue } from './delayed-requeue';
import { OrphanIndex } from './orphan-index';
import { rankedVictims } from './pod-ranking';
import { ledgerOf } from '../../why/ledger';
import type { Victim } from '../../why/types';
import { calculateRsStatus, rsStatusUnchanged } from './rs-status';
import { slowStartBatch } from './slow-start';

export const REPLICASET_CONTROLLER = 'replicaset-controller';
/** Informer delivery plus a worker picking the key up: a small constant, so traces read in order. */
export const RS_WATCH_DELAY_MS = 5;
/** --replicaset burst: creates/deletes per sync (replicaset.BurstReplicas). */
export const BURST_REPLICAS = 500;
const SLOW_START_INITIAL_BATCH = 1;

interface State {
  queue: WorkQueueState;
  waiting: Record<string, number>;
}

type Record_ = (obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string) => void;

export function rsKey(obj: KObject): string {
  return `${obj.metadata.namespace}/${obj.metadata.name}`;
}

function errorMessage(e: unknown): string {
  return e instanceof StatusError || e instanceof Error ? e.message : String(e);
}

export class ReplicaSetController implements Component {
  readonly name = REPLICASET_CONTROLLER;
  private queue!: WorkQueue;
  private delayed!: DelayedRequeue;
  private readonly orphans = new OrphanIndex();
  private readonly client: ApiClient;
  private readonly record: Record_;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(REPLICASET_CONTROLLER);
    this.record = ctx.events.for({ component: REPLICASET_CONTROLLER });
  }

  start(): void {
    const state = this.ctx.state<State>(REPLICASET_CONTROLLER, () => ({ queue: newWorkQueueState(), waiting: {} }));
    this.queue = new WorkQueue(this.ctx.clock, REPLICASET_CONTROLLER, state.queue);
    this.delayed = new DelayedRequeue(this.ctx.clock, REPLICASET_CONTROLLER, this.queue, state.waiting);
    this.ctx.clock.on(REPLICASET_CONTROLLER, (t) => (t.type === 'requeue' ? this.delayed.fire(t) : this.process(t)));
    this.orphans.rebuild(this.ctx.api.list<Pod>('Pod'));
    this.ctx.api.watch('replicasets', REPLICASET_CONTROLLER, (e) => this.enqueue(e.object));
    this.ctx.api.watch('pods', REPLICASET_CONTROLLER, (e) => this.onPod(e));
  }

  private enqueue(rs: KObject): void {
    this.queue.add(rsKey(rs), RS_WATCH_DELAY_MS);
  }

  private process(timer: Timer): void {
    this.queue.process(timer, (key) => this.sync(key));
  }

  // ---- pod event handlers (addPod / updatePod / deletePod) ----

  private resolve(namespace: string | undefined, ref: OwnerReference): KObject | undefined {
    if (ref.kind !== 'ReplicaSet') return undefined;
    const rs = this.ctx.api.store.get('replicasets', namespace, ref.name);
    return rs && rs.metadata.uid === ref.uid ? rs : undefined;
  }

  private enqueueOwner(pod: Pod): void {
    const ref = controllerRef(pod);
    const rs = ref && this.resolve(pod.metadata.namespace, ref);
    if (rs) this.enqueue(rs);
  }

  /** GetPodReplicaSets: ReplicaSets of the namespace whose (non-empty) selector matches. */
  private matchingReplicaSets(pod: Pod): KObject[] {
    return this.ctx.api.store.list('replicasets', pod.metadata.namespace).filter((rs) => {
      const sel = rs.spec?.selector;
      const empty = !sel || (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length);
      return !empty && matchesSelector(sel, pod.metadata.labels);
    });
  }

  private onPod(event: WatchEvent): void {
    this.orphans.observe(event);
    const pod = event.object as Pod;
    if (event.type === 'DELETED') return this.enqueueOwner(pod);
    const old = event.previous as Pod | undefined;
    const cur = controllerRef(pod);
    if (event.type === 'MODIFIED' && old) {
      const labelChanged = !jsonEqual(pod.metadata.labels ?? {}, old.metadata.labels ?? {});
      if (pod.metadata.deletionTimestamp) {
        this.enqueueOwner(pod);
        if (labelChanged) this.enqueueOwner(old);
        return;
      }
      const prev = controllerRef(old);
      const refChanged = !jsonEqual(prev, cur);
      if (refChanged && prev) {
        const was = this.resolve(old.metadata.namespace, prev);
        if (was) this.enqueue(was);
      }
      if (cur) {
        const rs = this.resolve(pod.metadata.namespace, cur);
        if (!rs) return;
        this.enqueue(rs);
        const minReady = rs.spec?.minReadySeconds ?? 0;
        // Check again once the pod has been ready for minReadySeconds (it then becomes available).
        if (minReady > 0 && !isPodReady(old) && isPodReady(pod)) this.delayed.addAfter(rsKey(rs), minReady * 1000 + 1000);
        return;
      }
      if (labelChanged || refChanged) for (const rs of this.matchingReplicaSets(pod)) this.enqueue(rs);
      return;
    }
    if (pod.metadata.deletionTimestamp || cur) return this.enqueueOwner(pod);
    for (const rs of this.matchingReplicaSets(pod)) this.enqueue(rs);
  }

  // ---- sync ----

  /** Active pods this RS might control: its dependents plus the namespace's matching orphans. */
  private candidates(rs: KObject): Pod[] {
    const out: Pod[] = [];
    const seen = new Set<string>();
    for (const o of this.ctx.api.store.dependents(rs.metadata.uid)) {
      if (o.kind !== 'Pod' || !isPodActive(o as Pod)) continue;
      seen.add(o.metadata.name);
      out.push(o as Pod);
    }
    for (const p of this.orphans.inNamespace(rs.metadata.namespace ?? 'default')) {
      if (seen.has(p.metadata.name) || !isPodActive(p) || !matchesSelector(rs.spec?.selector, p.metadata.labels)) continue;
      out.push(p);
    }
    return out;
  }

  sync(key: string): void {
    const slash = key.indexOf('/');
    const ns = key.slice(0, slash);
    const rs = this.ctx.api.store.get('replicasets', ns, key.slice(slash + 1));
    if (!rs) return;
    const now = this.ctx.clock.now();
    const pods = claimObjects(this.client, rs, rs.spec?.selector, this.candidates(rs));
    let manageError: { message: string } | undefined;
    if (!rs.metadata.deletionTimestamp) manageError = this.manageReplicas(pods, rs, now);
    // As upstream, status is computed from the pods seen before this sync's creates/deletes;
    // the resulting pod events bring the next sync, which counts them.
    const status = calculateRsStatus(rs, pods, manageError, now);
    const current = this.ctx.api.store.get('replicasets', ns, rs.metadata.name) ?? rs;
    let written = current;
    if (!rsStatusUnchanged(current, status)) {
      if (current.metadata.generation) status.observedGeneration = current.metadata.generation;
      written = this.client.updateStatus({ ...current, status });
    }
    const replicas = written.spec?.replicas ?? 1;
    const minReady = written.spec?.minReadySeconds ?? 0;
    const st = written.status ?? {};
    if (!manageError && minReady > 0 && (st.readyReplicas ?? 0) === replicas && (st.availableReplicas ?? 0) !== replicas) {
      this.delayed.addAfter(key, minReady * 1000);
    }
    if (manageError) throw new Error(manageError.message);
  }

  private manageReplicas(pods: Pod[], rs: KObject, now: number): { message: string } | undefined {
    const diff = pods.length - (rs.spec?.replicas ?? 1);
    if (diff < 0) {
      const n = Math.min(-diff, BURST_REPLICAS);
      const created: string[] = [];
      const { error } = slowStartBatch(n, SLOW_START_INITIAL_BATCH, () => created.push(this.createPod(rs)));
      this.noteSync(rs, pods.length, created, []);
      return error === undefined ? undefined : { message: errorMessage(error) };
    }
    if (diff > 0) {
      const n = Math.min(diff, BURST_REPLICAS);
      let first: { message: string } | undefined;
      const victims = rankedVictims(pods, this.relatedPods(rs), n, now);
      this.noteSync(
        rs,
        pods.length,
        [],
        victims.map((v): Victim => ({ pod: v.pod.metadata.name, ...(v.rule ? { rule: v.rule } : {}), ...(v.vs ? { vs: v.vs } : {}) })),
      );
      for (const { pod: victim } of victims) {
        try {
          this.client.delete('Pod', victim.metadata.namespace, victim.metadata.name);
          this.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${victim.metadata.name}`);
        } catch (e) {
          if (e instanceof StatusError && e.code === 404) continue;
          this.record(rs, 'Warning', 'FailedDelete', `Error deleting: ${errorMessage(e)}`);
          first ??= { message: errorMessage(e) };
        }
      }
      return first;
    }
    return undefined;
  }

  /** For "Why?": this sync's decision, as the controller took it (why/ledger.ts). */
  private noteSync(rs: KObject, had: number, created: string[], deleted: Victim[]): void {
    const ns = rs.metadata.namespace ?? 'default';
    ledgerOf(this.ctx)?.note({ t: 'rs', at: this.ctx.clock.now(), ns, rs: rs.metadata.name, want: rs.spec?.replicas ?? 1, had, created, deleted });
  }

  /** controller.GetPodFromTemplate + RealPodControl.createPods; returns the new pod's name. */
  private createPod(rs: KObject): string {
    const template = rs.spec?.template ?? {};
    const labels: Record<string, string> = { ...(template.metadata?.labels ?? {}) };
    if (Object.keys(labels).length === 0) throw new Error('unable to create pods, no labels');
    const metadata: Record<string, unknown> = { generateName: `${rs.metadata.name}-`, namespace: rs.metadata.namespace, labels };
    if (template.metadata?.annotations) metadata.annotations = { ...template.metadata.annotations };
    if (template.metadata?.finalizers) metadata.finalizers = [...template.metadata.finalizers];
    metadata.ownerReferences = [controllerRefTo(rs)];
    try {
      const pod = this.client.create({ apiVersion: 'v1', kind: 'Pod', metadata, spec: template.spec ?? {} }); // the API server copies the body
      this.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`);
      return pod.metadata.name;
    } catch (e) {
      this.record(rs, 'Warning', 'FailedCreate', `Error creating: ${errorMessage(e)}`);
      throw e;
    }
  }

  /**
   * getIndirectlyRelatedPods: pods of every ReplicaSet sharing this one's controller (a
   * Deployment's old and new RSs), used to rank victims on crowded nodes first.
   * Simplification: we take each sibling's owned pods rather than listing by its selector.
   */
  private relatedPods(rs: KObject): Pod[] {
    const owner = controllerRef(rs);
    if (!owner) return [];
    const out: Pod[] = [];
    const seen = new Set<string>();
    for (const sib of this.ctx.api.store.dependents(owner.uid)) {
      if (sib.kind !== 'ReplicaSet' || controllerRef(sib)?.uid !== owner.uid) continue;
      for (const p of this.ctx.api.store.dependents(sib.metadata.uid)) {
        if (p.kind !== 'Pod' || seen.has(p.metadata.uid)) continue;
        seen.add(p.metadata.uid);
        out.push(p as Pod);
      }
    }
    return out;
  }
}

export const replicaSetController: ComponentFactory = (ctx) => new ReplicaSetController(ctx);
