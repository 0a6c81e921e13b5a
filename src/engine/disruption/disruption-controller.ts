// The disruption controller ('disruption-controller'): keeps every PDB's status current —
// currentHealthy (Ready pods not being deleted nor just evicted), desiredHealthy, expectedPods,
// disruptionsAllowed = max(0, currentHealthy − desiredHealthy) (0 while no pods are expected),
// disruptedPods (evictions not yet seen as deletes, forgotten after 2 minutes), observedGeneration
// and the DisruptionAllowed condition; a failed sync sets the budget to 0 (failSafe).
// [k8s: pkg/controller/disruption/disruption.go trySync, updatePdbStatus, buildDisruptedPodMap,
//  countHealthyPods, failSafe]
// Simplifications: a pod change requeues every PDB selecting it (upstream: only the first), and the
// stale DisruptionTarget cleanup is not modelled (evictions here never fail after the condition).
import type { ApiClient } from '../api/api-server';
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import { isPodReady } from '../objects/pod';
import type { KObject, Pod, WatchEvent } from '../objects/types';
import type { Timer } from '../sim/clock';
import { jsonEqual } from '../util/json-clone';
import { parseTime } from '../util/time';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../controllers/work-queue';
import { ExpectedCountError, expectedPodCount } from './expected-pods';
import { type PdbStatus, conditionsUpToDate, pdbSelects, setCondition, sortedStatus, withDisruptionAllowedCondition } from './pdb-status';
import { goLabelSelector } from './selector-string';

export const DISRUPTION_CONTROLLER = 'disruption-controller';
/** Informer delivery plus a worker picking the key up. */
export const PDB_WATCH_DELAY_MS = 5;
/** DeletionTimeout: how long an eviction may take to show up as a delete. */
export const DELETION_TIMEOUT_MS = 2 * 60 * 1000;

interface State {
  queue: WorkQueueState;
}

const key = (o: KObject) => `${o.metadata.namespace}/${o.metadata.name}`;

export class DisruptionController implements Component {
  readonly name = DISRUPTION_CONTROLLER;
  private queue!: WorkQueue;
  private readonly client: ApiClient;
  private readonly record: ReturnType<ComponentContext['events']['for']>;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(DISRUPTION_CONTROLLER);
    // Upstream's recorder reports as "controllermanager".
    this.record = ctx.events.for({ component: 'controllermanager' });
  }

  start(): void {
    const state = this.ctx.state<State>(DISRUPTION_CONTROLLER, () => ({ queue: newWorkQueueState() }));
    this.queue = new WorkQueue(this.ctx.clock, DISRUPTION_CONTROLLER, state.queue);
    this.ctx.clock.on(DISRUPTION_CONTROLLER, (t) => this.process(t));
    this.ctx.api.watch('poddisruptionbudgets', DISRUPTION_CONTROLLER, (e) => this.queue.add(key(e.object), PDB_WATCH_DELAY_MS));
    // Pods only matter when some PDB exists; the name function keeps idle clusters from tracing them.
    this.ctx.api.watch('pods', (e) => (this.pdbsFor(e).length ? DISRUPTION_CONTROLLER : null), (e) => this.onPod(e));
  }

  private pdbsFor(e: WatchEvent): KObject[] {
    const pod = e.object as Pod;
    const pdbs = this.ctx.api.store.list('poddisruptionbudgets', pod.metadata.namespace);
    if (pdbs.length === 0) return pdbs;
    return pdbs.filter((p) => pdbSelects(p, pod));
  }

  private onPod(e: WatchEvent): void {
    for (const pdb of this.pdbsFor(e)) this.queue.add(key(pdb), PDB_WATCH_DELAY_MS);
  }

  private process(timer: Timer): void {
    const k = this.queue.take(timer);
    if (k === undefined) return;
    try {
      this.sync(k);
      this.queue.forget(k);
    } catch {
      this.queue.addRateLimited(k);
    }
  }

  sync(k: string): void {
    const [ns, name] = k.split('/');
    const pdb = this.ctx.api.store.get('poddisruptionbudgets', ns, name);
    if (!pdb) return;
    const now = this.ctx.clock.now();
    const pods = this.ctx.api.store.list<Pod>('pods', ns).filter((p) => pdbSelects(pdb, p));
    if (pods.length === 0) this.record(pdb, 'Normal', 'NoPods', 'No matching pods found');
    let exp: ReturnType<typeof expectedPodCount>;
    try {
      exp = expectedPodCount(this.ctx.api.store, pdb, pods);
    } catch (e) {
      if (!(e instanceof ExpectedCountError)) throw e;
      this.record(pdb, 'Warning', 'CalculateExpectedPodCountFailed', `Failed to calculate the number of expected pods: ${e.message}`);
      this.failSafe(pdb, e.message, now);
      return;
    }
    if (exp.unmanaged.length)
      this.record(
        pdb,
        'Warning',
        'UnmanagedPods',
        `Pods selected by this PodDisruptionBudget (selector: ${goLabelSelector(pdb.spec?.selector)}) were found to be unmanaged. As a result, the status of the PDB cannot be calculated correctly, which may result in undefined behavior. To account for these pods please set ".spec.minAvailable" field of the PDB to an integer value.`,
      );
    const { disrupted, recheckAt } = this.disruptedPods(pdb, pods, now);
    const currentHealthy = pods.filter((p) => !p.metadata.deletionTimestamp && !Object.hasOwn(disrupted, p.metadata.name) && isPodReady(p)).length;
    this.updateStatus(pdb, currentHealthy, exp.desiredHealthy, exp.expectedCount, disrupted, now);
    if (recheckAt !== undefined) this.queue.add(k, recheckAt - now);
  }

  /** buildDisruptedPodMap: evictions still expected to turn into deletes. */
  private disruptedPods(pdb: KObject, pods: Pod[], now: number): { disrupted: Record<string, string>; recheckAt?: number } {
    const previous = (pdb.status?.disruptedPods ?? {}) as Record<string, string>;
    const disrupted: Record<string, string> = {};
    let recheckAt: number | undefined;
    for (const pod of pods) {
      const at = previous[pod.metadata.name];
      if (pod.metadata.deletionTimestamp || at === undefined) continue;
      const expected = (parseTime(at) ?? 0) + DELETION_TIMEOUT_MS;
      if (expected < now) {
        // Upstream formats the PDB as namespace/namespace here.
        const nsName = pdb.metadata.namespace;
        this.record(pod, 'Warning', 'NotDeleted', `Pod was expected by PDB ${nsName}/${nsName} to be deleted but it wasn't`);
      } else {
        if (recheckAt === undefined || expected < recheckAt) recheckAt = expected;
        disrupted[pod.metadata.name] = at;
      }
    }
    return { disrupted, recheckAt };
  }

  private updateStatus(pdb: KObject, currentHealthy: number, desiredHealthy: number, expectedPods: number, disrupted: Record<string, string>, now: number): void {
    let disruptionsAllowed = currentHealthy - desiredHealthy;
    if (expectedPods <= 0 || disruptionsAllowed <= 0) disruptionsAllowed = 0;
    const st = (pdb.status ?? {}) as PdbStatus;
    const generation = pdb.metadata.generation ?? 1;
    if (
      st.currentHealthy === currentHealthy &&
      st.desiredHealthy === desiredHealthy &&
      st.expectedPods === expectedPods &&
      st.disruptionsAllowed === disruptionsAllowed &&
      jsonEqual(st.disruptedPods ?? {}, disrupted) &&
      st.observedGeneration === generation &&
      conditionsUpToDate(pdb)
    )
      return;
    const next = withDisruptionAllowedCondition(
      {
        conditions: st.conditions,
        currentHealthy,
        desiredHealthy,
        disruptedPods: Object.keys(disrupted).length ? disrupted : undefined,
        disruptionsAllowed,
        expectedPods,
        observedGeneration: generation,
      },
      now,
    );
    this.client.updateStatus({ ...pdb, status: sortedStatus(next) });
  }

  /** failSafe: no disruptions allowed while the status cannot be computed. */
  private failSafe(pdb: KObject, message: string, now: number): void {
    const st: PdbStatus = { ...((pdb.status ?? {}) as PdbStatus), disruptionsAllowed: 0 };
    st.conditions = setCondition(st.conditions ?? [], { type: 'DisruptionAllowed', status: 'False', reason: 'SyncFailed', message, observedGeneration: st.observedGeneration }, now);
    this.client.updateStatus({ ...pdb, status: sortedStatus(st) });
  }
}

export const disruptionController: ComponentFactory = (ctx) => new DisruptionController(ctx);
