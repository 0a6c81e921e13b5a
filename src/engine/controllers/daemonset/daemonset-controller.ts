// The DaemonSet controller ('daemonset-controller'): one pod per eligible node. Each pod is
// created pinned to its node by node affinity (`metadata.name In [node]`) and bound by the default
// scheduler, as since 1.12; pods on nodes that should not run the daemon are deleted, failed ones
// are replaced with a back-off, and RollingUpdate replaces old-revision pods within maxUnavailable
// (or maxSurge). Node, pod and DaemonSet changes requeue the set.
// [k8s: pkg/controller/daemon/daemon_controller.go syncDaemonSet/manage/podsShouldBeOnNode/
//  syncNodes/updateDaemonSetStatus, update.go rollingUpdate]
// No expectations cache (the store is read synchronously, see replicaset-controller.ts); as
// upstream with unsatisfied expectations, a sync that created or deleted pods runs no rolling
// update step and counts status from the pods it saw before acting.
import type { ApiClient } from '../../api/api-server';
import { StatusError } from '../../api/errors';
import type { Component, ComponentContext, ComponentFactory } from '../../cluster/component';
import { matchesSelector } from '../../objects/labels';
import { controllerRef, isPodAvailable, isPodReady } from '../../objects/pod';
import type { KObject, Node, Pod, WatchEvent } from '../../objects/types';
import type { Timer } from '../../sim/clock';
import { jsonEqual } from '../../util/json-clone';
import { claimObjects, controllerRefTo } from '../replicaset/claim';
import { OrphanIndex } from '../replicaset/orphan-index';
import { slowStartBatch } from '../replicaset/slow-start';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../work-queue';
import { CONTROLLER_REVISION_HASH_LABEL, type Placement, byCreationAndPhase, daemonPodTemplate, isPodUpdated, pinToNode, placements, targetNodeName } from './daemon-pods';
import { cleanupHistory, constructHistory } from './history';
import { rollingUpdateActions } from './rolling-update';

export const DAEMONSET_CONTROLLER = 'daemonset-controller';
export const DS_WATCH_DELAY_MS = 5;
/**
 * Pod and node events (each daemon pod reports several status changes) requeue the set after this long, so
 * the syncs they cause coalesce: a sync walks every node, and a 1,000-node DaemonSet's pods
 * starting at once would otherwise cost a sync per pod event. Simplification: upstream syncs
 * per event (its expectations only hold syncs back while its own creates are unobserved).
 */
export const DS_POD_DELAY_MS = 250;
/** --daemonset burst (BurstReplicas). */
const BURST_REPLICAS = 250;
/** failedPodsBackoff = flowcontrol.NewBackOff(1s, 15m). */
const BACKOFF_INITIAL_MS = 1000;
const BACKOFF_MAX_MS = 15 * 60 * 1000;

interface State {
  queue: WorkQueueState;
  /** `<ds uid>/<observedGeneration>/<node>` → the failed-pod back-off. */
  backoff: Record<string, { lastUpdate: number; ms: number }>;
}

export type NodeToPods = Map<string, Pod[]>;

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function emptySelector(ds: KObject): boolean {
  const sel = ds.spec?.selector;
  return !!sel && Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0;
}

export class DaemonSetController implements Component {
  readonly name = DAEMONSET_CONTROLLER;
  private queue!: WorkQueue;
  private state!: State;
  private readonly orphans = new OrphanIndex();
  private readonly client: ApiClient;
  private readonly record: (obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string) => void;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(DAEMONSET_CONTROLLER);
    this.record = ctx.events.for({ component: DAEMONSET_CONTROLLER });
  }

  start(): void {
    let fresh = false;
    this.state = this.ctx.state<State>(DAEMONSET_CONTROLLER, () => {
      fresh = true;
      return { queue: newWorkQueueState(), backoff: {} };
    });
    this.queue = new WorkQueue(this.ctx.clock, DAEMONSET_CONTROLLER, this.state.queue);
    // The informer's initial list: DaemonSets a new cluster starts with (kube-proxy) are synced
    // once; a restored cluster's queue already holds whatever was pending.
    if (fresh) for (const ds of this.ctx.api.store.list('daemonsets')) this.enqueue(ds);
    this.ctx.clock.on(DAEMONSET_CONTROLLER, (t) => this.process(t));
    this.orphans.rebuild(this.ctx.api.list<Pod>('Pod'));
    this.ctx.api.watch('daemonsets', DAEMONSET_CONTROLLER, (e) => {
      if (e.type !== 'DELETED') this.enqueue(e.object);
    });
    // Only pods a DaemonSet owns, or orphans in a namespace that has DaemonSets, reach this informer.
    this.ctx.api.watch(
      'pods',
      (e) => {
        const ref = controllerRef(e.object);
        if (ref) return ref.kind === 'DaemonSet' || controllerRef(e.previous ?? e.object)?.kind === 'DaemonSet' ? DAEMONSET_CONTROLLER : null;
        return this.ctx.api.store.list('daemonsets', e.object.metadata.namespace).length ? DAEMONSET_CONTROLLER : null;
      },
      (e) => this.onPod(e),
    );
    // Node changes coalesce like pod events: a cluster's nodes turn Ready (untainted) together.
    this.ctx.api.watch('nodes', (e) => (this.nodeMatters(e) ? DAEMONSET_CONTROLLER : null), () => this.enqueueAll(DS_POD_DELAY_MS));
  }

  /** shouldIgnoreNodeUpdate: only labels, taints and the spec (not heartbeats or status) change placement. */
  private nodeMatters(e: WatchEvent): boolean {
    if (this.ctx.api.store.count('daemonsets') === 0) return false;
    if (e.type !== 'MODIFIED' || !e.previous) return true;
    return !jsonEqual(e.object.metadata.labels, e.previous.metadata.labels) || !jsonEqual(e.object.spec, e.previous.spec);
  }

  private enqueue(ds: KObject, delay = DS_WATCH_DELAY_MS): void {
    this.queue.add(`${ds.metadata.namespace}/${ds.metadata.name}`, delay);
  }

  private enqueueAll(delay = DS_WATCH_DELAY_MS): void {
    for (const ds of this.ctx.api.store.list('daemonsets')) this.enqueue(ds, delay);
  }

  private process(timer: Timer): void {
    this.queue.process(timer, (key) => this.sync(key));
  }

  private owner(pod: Pod): KObject | undefined {
    const ref = controllerRef(pod);
    if (ref?.kind !== 'DaemonSet') return undefined;
    const ds = this.ctx.api.store.get('daemonsets', pod.metadata.namespace, ref.name);
    return ds && ds.metadata.uid === ref.uid ? ds : undefined;
  }

  private onPod(e: WatchEvent): void {
    this.orphans.observe(e);
    const pod = e.object as Pod;
    const owner = this.owner(pod);
    if (owner) this.enqueue(owner, DS_POD_DELAY_MS);
    if (e.previous) {
      const was = this.owner(e.previous as Pod);
      if (was && was !== owner) this.enqueue(was, DS_POD_DELAY_MS);
    }
    if (!controllerRef(pod) && e.type !== 'DELETED') {
      for (const ds of this.ctx.api.store.list('daemonsets', pod.metadata.namespace)) if (matchesSelector(ds.spec?.selector, pod.metadata.labels)) this.enqueue(ds, DS_POD_DELAY_MS);
    }
  }

  /** getNodesToDaemonPods: the claimed pods grouped by the node each targets. */
  private nodeToDaemonPods(ds: KObject): { pods: Pod[]; byNode: NodeToPods } {
    const candidates: Pod[] = [];
    for (const o of this.ctx.api.store.dependents(ds.metadata.uid)) if (o.kind === 'Pod') candidates.push(o as Pod);
    for (const p of this.orphans.inNamespace(ds.metadata.namespace ?? 'default')) if (matchesSelector(ds.spec?.selector, p.metadata.labels)) candidates.push(p);
    const pods = claimObjects(this.client, ds, ds.spec?.selector, candidates);
    const byNode: NodeToPods = new Map();
    for (const p of pods) {
      const node = targetNodeName(p);
      if (node === undefined) continue;
      const list = byNode.get(node);
      if (list) list.push(p);
      else byNode.set(node, [p]);
    }
    return { pods, byNode };
  }

  sync(key: string): void {
    const i = key.indexOf('/');
    const ds = this.ctx.api.store.get('daemonsets', key.slice(0, i), key.slice(i + 1));
    if (!ds) return;
    if (emptySelector(ds)) {
      this.record(ds, 'Warning', 'SelectingAll', 'This daemon set is selecting all pods. A non-empty selector is required.');
      return;
    }
    if (ds.metadata.deletionTimestamp) return;
    const nodes = this.ctx.api.store.list<Node>('nodes');
    const { cur, old } = constructHistory(this.client, this.ctx.api.store, ds);
    const hash = cur.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL] ?? '';
    const before = this.nodeToDaemonPods(ds);
    const now = this.ctx.clock.now();
    const placement = placements(nodes, ds);
    const plan = this.manage(ds, nodes, placement, before.byNode, hash, now);
    let error = this.syncNodes(ds, plan.toDelete, plan.toCreate, hash);
    const acted = plan.toDelete.length > 0 || plan.toCreate.length > 0;
    if (!acted && !error && ds.spec?.updateStrategy?.type === 'RollingUpdate') {
      const r = rollingUpdateActions(ds, placement, before.byNode, hash, now);
      error = this.syncNodes(ds, r.toDelete, r.toCreate, hash);
    }
    if (old.length > (ds.spec?.revisionHistoryLimit ?? 10)) cleanupHistory(this.client, ds, this.nodeToDaemonPods(ds).pods, old);
    this.updateStatus(ds, nodes, placement, before.byNode, hash, now);
    if (error) throw new Error(error);
  }

  /** podsShouldBeOnNode for every node, plus unscheduled pods aimed at nodes that are gone. */
  private manage(ds: KObject, nodes: Node[], placement: Map<string, Placement>, byNode: NodeToPods, hash: string, now: number): { toCreate: string[]; toDelete: string[] } {
    const toCreate: string[] = [];
    const toDelete: string[] = [];
    const surge = rollingSurge(ds);
    for (const node of nodes) {
      const name = node.metadata.name;
      const { shouldRun, shouldContinueRunning } = placement.get(name) as Placement;
      const pods = byNode.get(name);
      if (shouldRun && !pods) {
        toCreate.push(name);
      } else if (shouldContinueRunning && pods) {
        const running: Pod[] = [];
        for (const pod of pods) {
          if (pod.metadata.deletionTimestamp) continue;
          const phase = pod.status?.phase;
          if (phase === 'Failed') {
            const bk = `${ds.metadata.uid}/${ds.status?.observedGeneration ?? 0}/${name}`;
            const b = this.state.backoff[bk];
            if (b && now - b.lastUpdate < b.ms) {
              this.enqueue(ds, b.ms - (now - b.lastUpdate));
              continue;
            }
            // flowcontrol.Backoff.Next: double, or start over once it expired (2 × max idle).
            this.state.backoff[bk] = { lastUpdate: now, ms: !b || now - b.lastUpdate > 2 * BACKOFF_MAX_MS ? BACKOFF_INITIAL_MS : Math.min(b.ms * 2, BACKOFF_MAX_MS) };
            this.record(ds, 'Warning', 'FailedDaemonPod', `Found failed daemon pod ${pod.metadata.namespace}/${pod.metadata.name} on node ${name}, will try to kill it`);
            toDelete.push(pod.metadata.name);
          } else if (phase === 'Succeeded') {
            this.record(ds, 'Normal', 'SucceededDaemonPod', `Found succeeded daemon pod ${pod.metadata.namespace}/${pod.metadata.name} on node ${name}, will try to delete it`);
            toDelete.push(pod.metadata.name);
          } else running.push(pod);
        }
        running.sort(byCreationAndPhase);
        if (!surge) {
          for (const p of running.slice(1)) toDelete.push(p.metadata.name);
        } else if (running.length === 0) {
          if (shouldRun) toCreate.push(name);
        } else if (running.length > 1) {
          // Surging: keep the oldest new and the oldest old pod, and the old one only while the new one is not available.
          let oldestNew: Pod | undefined;
          let oldestOld: Pod | undefined;
          for (const p of running) {
            const isNew = p.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL] === hash;
            if (isNew && !oldestNew) oldestNew = p;
            else if (!isNew && !oldestOld) oldestOld = p;
            else toDelete.push(p.metadata.name);
          }
          if (oldestNew && oldestOld && (!isPodReady(oldestOld) || isPodAvailable(oldestNew, ds.spec?.minReadySeconds ?? 0, now))) toDelete.push(oldestOld.metadata.name);
        }
      } else if (!shouldContinueRunning && pods) {
        for (const p of pods) if (!p.metadata.deletionTimestamp) toDelete.push(p.metadata.name);
      }
    }
    const present = new Set(nodes.map((n) => n.metadata.name));
    for (const [node, pods] of byNode) if (!present.has(node)) for (const p of pods) if (!p.spec?.nodeName) toDelete.push(p.metadata.name);
    return { toCreate, toDelete };
  }

  /** syncNodes: creates (slow start, burst 250) pinned to their nodes, then deletes. Returns the first error. */
  private syncNodes(ds: KObject, toDelete: string[], toCreate: string[], hash: string): string | undefined {
    let first: string | undefined;
    const creates = toCreate.slice(0, BURST_REPLICAS);
    if (creates.length) {
      const template = daemonPodTemplate(ds, hash);
      let i = 0;
      const { error } = slowStartBatch(creates.length, 1, () => this.createPod(ds, template, creates[i++]));
      if (error !== undefined) first = errorMessage(error);
    }
    for (const name of toDelete.slice(0, BURST_REPLICAS)) {
      try {
        this.client.delete('Pod', ds.metadata.namespace, name);
        this.record(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${name}`);
      } catch (e) {
        if (e instanceof StatusError && e.code === 404) continue;
        this.record(ds, 'Warning', 'FailedDelete', `Error deleting: ${errorMessage(e)}`);
        first ??= errorMessage(e);
      }
    }
    return first;
  }

  private createPod(ds: KObject, template: { metadata: Record<string, unknown>; spec: Record<string, unknown> }, node: string): void {
    const spec = structuredClone(template.spec);
    pinToNode(spec, node);
    const metadata: Record<string, unknown> = { generateName: `${ds.metadata.name}-`, namespace: ds.metadata.namespace, labels: { ...(template.metadata.labels as object) } };
    if (template.metadata.annotations) metadata.annotations = { ...(template.metadata.annotations as object) };
    if (template.metadata.finalizers) metadata.finalizers = [...(template.metadata.finalizers as string[])];
    metadata.ownerReferences = [controllerRefTo(ds)];
    try {
      const pod = this.client.create({ apiVersion: 'v1', kind: 'Pod', metadata, spec });
      this.record(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`);
    } catch (e) {
      // A namespace being torn down fails every create: nothing to report (HasStatusCause NamespaceTerminating).
      if (e instanceof StatusError && e.message.includes('because it is being terminated')) return;
      this.record(ds, 'Warning', 'FailedCreate', `Error creating: ${errorMessage(e)}`);
      throw e;
    }
  }

  /** updateDaemonSetStatus: per node, the oldest daemon pod decides ready/available/updated. */
  private updateStatus(ds: KObject, nodes: Node[], placement: Map<string, Placement>, byNode: NodeToPods, hash: string, now: number): void {
    let desired = 0;
    let current = 0;
    let misscheduled = 0;
    let ready = 0;
    let updated = 0;
    let available = 0;
    const minReady = ds.spec?.minReadySeconds ?? 0;
    for (const node of nodes) {
      const { shouldRun } = placement.get(node.metadata.name) as Placement;
      const pods = byNode.get(node.metadata.name);
      if (!shouldRun) {
        if (pods?.length) misscheduled++;
        continue;
      }
      desired++;
      if (!pods?.length) continue;
      current++;
      const pod = pods.length === 1 ? pods[0] : [...pods].sort(byCreationAndPhase)[0];
      if (isPodReady(pod)) {
        ready++;
        if (isPodAvailable(pod, minReady, now)) available++;
      }
      if (isPodUpdated(pod, hash)) updated++;
    }
    const latest = this.ctx.api.store.get('daemonsets', ds.metadata.namespace, ds.metadata.name) ?? ds;
    const status: Record<string, unknown> = {
      ...(latest.status ?? {}),
      currentNumberScheduled: current,
      numberMisscheduled: misscheduled,
      desiredNumberScheduled: desired,
      numberReady: ready,
      observedGeneration: latest.metadata.generation,
      updatedNumberScheduled: updated,
      numberAvailable: available,
      numberUnavailable: desired - available,
    };
    // omitempty on these.
    for (const k of ['updatedNumberScheduled', 'numberAvailable', 'numberUnavailable']) if (!status[k]) delete status[k];
    if (!jsonEqual(latest.status ?? {}, status)) this.client.updateStatus({ ...latest, status });
    if (minReady > 0 && ready !== available) this.enqueue(ds, minReady * 1000);
  }
}

/** AllowsSurge: RollingUpdate with a non-zero maxSurge. */
export function rollingSurge(ds: KObject): boolean {
  const ru = ds.spec?.updateStrategy?.type === 'RollingUpdate' ? ds.spec.updateStrategy.rollingUpdate : undefined;
  const s = ru?.maxSurge;
  return s !== undefined && s !== 0 && s !== '0%' && s !== '0';
}

export const daemonSetController: ComponentFactory = (ctx) => new DaemonSetController(ctx);
