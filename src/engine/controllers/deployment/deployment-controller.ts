// The Deployment controller ('deployment-controller'): owns ReplicaSets per pod template and
// moves replicas between them (RollingUpdate or Recreate), scales proportionally, keeps the
// revision history and reports progress. [k8s: pkg/controller/deployment/deployment_controller.go]
// Rollback (`kubectl rollout undo`) needs nothing here: kubectl copies the old template back and
// findNewReplicaSet then picks that RS, whose revision is raised to max+1 (revision-history).
import type { ApiClient } from '../../api/api-server';
import type { Component, ComponentContext, ComponentFactory } from '../../cluster/component';
import { matchesSelector } from '../../objects/labels';
import { controllerRef } from '../../objects/pod';
import type { KObject, OwnerReference, WatchEvent } from '../../objects/types';
import type { Timer } from '../../sim/clock';
import { jsonEqual } from '../../util/json-clone';
import { claimObjects } from '../replicaset/claim';
import { DelayedRequeue } from '../replicaset/delayed-requeue';
import { OrphanIndex } from '../replicaset/orphan-index';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../work-queue';
import { checkPausedConditions } from './progress';
import { ledgerOf } from '../../why/ledger';
import { rolloutRecreate } from './recreate';
import { rolloutRolling } from './rolling';
import { type SyncContext, getAllReplicaSetsAndSyncRevision, isScalingEvent, statusOf, syncDeploymentStatus, syncScaleOnly, workingCopy, writeDeployment } from './sync';

export const DEPLOYMENT_CONTROLLER = 'deployment-controller';
/** Informer delivery plus worker pickup, as for the ReplicaSet controller. */
export const DEPLOYMENT_WATCH_DELAY_MS = 5;
/** maxRetries: a key failing this often is dropped until its next watch event. */
const MAX_RETRIES = 15;

interface State {
  queue: WorkQueueState;
  waiting: Record<string, number>;
}

function keyOf(obj: KObject): string {
  return `${obj.metadata.namespace}/${obj.metadata.name}`;
}

function emptySelector(sel: KObject['spec']['selector']): boolean {
  return !sel || (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length);
}

export class DeploymentController implements Component {
  readonly name = DEPLOYMENT_CONTROLLER;
  private queue!: WorkQueue;
  private delayed!: DelayedRequeue;
  private readonly orphans = new OrphanIndex<KObject>();
  private readonly client: ApiClient;
  private readonly record: SyncContext['record'];

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(DEPLOYMENT_CONTROLLER);
    this.record = ctx.events.for({ component: DEPLOYMENT_CONTROLLER });
  }

  start(): void {
    let fresh = false;
    const state = this.ctx.state<State>(DEPLOYMENT_CONTROLLER, () => {
      fresh = true;
      return { queue: newWorkQueueState(), waiting: {} };
    });
    this.queue = new WorkQueue(this.ctx.clock, DEPLOYMENT_CONTROLLER, state.queue);
    this.delayed = new DelayedRequeue(this.ctx.clock, DEPLOYMENT_CONTROLLER, this.queue, state.waiting);
    // The informer's initial list: Deployments a new cluster starts with (kubeadm's CoreDNS) are
    // synced once; a restored cluster's queue already holds whatever was pending.
    if (fresh) for (const d of this.ctx.api.store.list('deployments')) this.enqueue(d);
    this.ctx.clock.on(DEPLOYMENT_CONTROLLER, (t) => (t.type === 'requeue' ? this.delayed.fire(t) : this.process(t)));
    this.ctx.api.watch('deployments', DEPLOYMENT_CONTROLLER, (e) => this.enqueue(e.object));
    this.orphans.rebuild(this.ctx.api.store.list('replicasets'));
    this.ctx.api.watch('replicasets', DEPLOYMENT_CONTROLLER, (e) => {
      this.orphans.observe(e);
      this.onReplicaSet(e);
    });
    // Only pod deletions matter here (Recreate waits for old pods to go). The real informer sees
    // every pod event; skipping the rest keeps the trace readable at 30,000 pods.
    this.ctx.api.watch('pods', (e) => (e.type === 'DELETED' ? DEPLOYMENT_CONTROLLER : null), (e) => this.onPodDeleted(e));
  }

  private enqueue(d: KObject): void {
    this.queue.add(keyOf(d), DEPLOYMENT_WATCH_DELAY_MS);
  }

  private process(timer: Timer): void {
    this.queue.process(timer, (key) => this.sync(key), MAX_RETRIES);
  }

  // ---- event handlers ----

  private resolve(namespace: string | undefined, ref: OwnerReference | undefined): KObject | undefined {
    if (ref?.kind !== 'Deployment') return undefined;
    const d = this.ctx.api.store.get('deployments', namespace, ref.name);
    return d && d.metadata.uid === ref.uid ? d : undefined;
  }

  /** getDeploymentsForReplicaSet: Deployments of the namespace whose selector matches an orphan RS. */
  private matchingDeployments(rs: KObject): KObject[] {
    return this.ctx.api.store
      .list('deployments', rs.metadata.namespace)
      .filter((d) => !emptySelector(d.spec?.selector) && matchesSelector(d.spec?.selector, rs.metadata.labels));
  }

  private onReplicaSet(event: WatchEvent): void {
    const rs = event.object;
    const cur = controllerRef(rs);
    if (event.type === 'DELETED' || (event.type === 'ADDED' && rs.metadata.deletionTimestamp)) {
      const d = this.resolve(rs.metadata.namespace, cur);
      if (d) this.enqueue(d);
      return;
    }
    const old = event.previous;
    const prev = old ? controllerRef(old) : undefined;
    const refChanged = !jsonEqual(prev, cur);
    if (event.type === 'MODIFIED' && refChanged && prev) {
      const was = this.resolve(rs.metadata.namespace, prev);
      if (was) this.enqueue(was);
    }
    if (cur) {
      const d = this.resolve(rs.metadata.namespace, cur);
      if (d) this.enqueue(d);
      return;
    }
    const labelChanged = !old || !jsonEqual(old.metadata.labels ?? {}, rs.metadata.labels ?? {});
    if (event.type === 'ADDED' || labelChanged || refChanged) for (const d of this.matchingDeployments(rs)) this.enqueue(d);
  }

  private onPodDeleted(event: WatchEvent): void {
    const pod = event.object;
    const ref = controllerRef(pod);
    if (ref?.kind !== 'ReplicaSet') return;
    const rs = this.ctx.api.store.get('replicasets', pod.metadata.namespace, ref.name);
    if (!rs || rs.metadata.uid !== ref.uid) return;
    const d = this.resolve(rs.metadata.namespace, controllerRef(rs));
    if (d && d.spec?.strategy?.type === 'Recreate') this.enqueue(d);
  }

  // ---- sync ----

  private context(key: string): SyncContext {
    return {
      client: this.client,
      store: this.ctx.api.store,
      now: this.ctx.clock.now(),
      record: this.record,
      requeue: (ms) => (ms === undefined ? this.queue.addRateLimited(key) : this.delayed.addAfter(key, ms)),
      why: ledgerOf(this.ctx),
    };
  }

  /** getReplicaSetsForDeployment: claim the namespace's ReplicaSets (adopt / release). */
  private replicaSetsFor(d: KObject): KObject[] {
    return claimObjects(this.client, d, d.spec?.selector, this.claimCandidates(d));
  }

  /**
   * The namespace's ReplicaSets that claimObjects would not skip — those owned by d plus the
   * orphans — in list order. Listing the whole namespace per sync was quadratic at scale.
   */
  private claimCandidates(d: KObject): KObject[] {
    const store = this.ctx.api.store;
    const ns = d.metadata.namespace ?? 'default';
    const out = store.dependents(d.metadata.uid).filter((o) => o.kind === 'ReplicaSet' && o.metadata.namespace === ns);
    const owned = new Set(out.map((o) => o.metadata.name));
    for (const rs of this.orphans.inNamespace(ns)) if (!owned.has(rs.metadata.name)) out.push(rs);
    return store.inListOrder('replicasets', out);
  }

  sync(key: string): void {
    const slash = key.indexOf('/');
    const stored = this.ctx.api.store.get('deployments', key.slice(0, slash), key.slice(slash + 1));
    if (!stored) return;
    const d = workingCopy(stored);
    const c = this.context(key);
    if (emptySelector(d.spec?.selector)) {
      this.record(d, 'Warning', 'SelectingAll', 'This deployment is selecting all pods. A non-empty selector is required.');
      const status = statusOf(d);
      if ((status.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
        status.observedGeneration = d.metadata.generation;
        writeDeployment(c, d);
      }
      return;
    }
    const rsList = this.replicaSetsFor(d);
    if (d.metadata.deletionTimestamp) {
      const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(c, d, rsList, false);
      return syncDeploymentStatus(c, [...oldRSs, newRS], newRS, d);
    }
    checkPausedConditions(c, d);
    if (d.spec?.paused) return syncScaleOnly(c, d, rsList);
    if (isScalingEvent(c, d, rsList)) return syncScaleOnly(c, d, rsList);
    if (d.spec?.strategy?.type === 'Recreate') return rolloutRecreate(c, d, rsList);
    return rolloutRolling(c, d, rsList);
  }
}

export const deploymentController: ComponentFactory = (ctx) => new DeploymentController(ctx);
