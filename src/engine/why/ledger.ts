// The "Why?" ledger: a bounded, JSON record of the decisions a learner may ask about — the write
// requests that changed workloads, pods and nodes (who asked, from the control-plane trace), the
// faults injected, and the controllers' own decisions at the point they were made (a ReplicaSet's
// ranking rule, the HPA's arithmetic, a rollout's maxSurge/maxUnavailable sums, a taint eviction).
// It lives in the cluster's component state, so it rides in snapshots: a rewound or shared moment
// explains itself as the original did. Recording is deterministic and costs one small object per
// decision; past CAPACITY the oldest quarter goes and `horizon` says how far back answers reach.
import type { TraceEntry } from '../api/trace';
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import type { Fault } from '../cluster/faults';
import { matchesSelector } from '../objects/labels';
import { controllerRef } from '../objects/pod';
import type { KObject } from '../objects/types';
import { sameDecision } from './same-decision';
import type { RequestRecord, WhyRecord } from './types';

export const WHY_LEDGER = 'why-ledger';
/** Records kept; a 100-pod cluster churning for an hour stays well inside it. */
export const LEDGER_CAPACITY = 2000;

export interface LedgerState {
  records: WhyRecord[];
  /** Virtual ms of the newest record dropped; -1 while nothing has been dropped. */
  horizon: number;
}

/** What the ledger records from the trace: writes to these resources. */
const RESOURCES = new Set([
  'pods',
  'replicasets',
  'deployments',
  'statefulsets',
  'horizontalpodautoscalers',
  'nodes',
  'persistentvolumeclaims',
  'jobs',
  'services',
]);
/** Components whose routine writes (status, heartbeats, adoption) explain nothing on their own. */
const QUIET_UPDATES = new Set(['kubelet', 'kube-apiserver', 'endpoint-controller', 'endpointslice-controller']);

export class WhyLedger implements Component {
  readonly name = WHY_LEDGER;
  private state!: LedgerState;
  /** The request whose object write comes next (the API server traces before it writes). */
  private pending: RequestRecord | undefined;

  constructor(private readonly ctx: ComponentContext) {}

  start(): void {
    this.state = this.ctx.state<LedgerState>(WHY_LEDGER, () => ({ records: [], horizon: -1 }));
    this.ctx.api.trace.subscribe((e) => this.onTrace(e));
    this.ctx.api.store.subscribe((event, resource) => {
      const p = this.pending;
      if (!p || p.res !== resource || p.name !== event.object.metadata.name || p.ns !== event.object.metadata.namespace) return;
      this.pending = undefined;
      fill(p, event.object);
    });
  }

  get records(): readonly WhyRecord[] {
    return this.state.records;
  }

  /** Virtual ms before which causes may have been forgotten (-1: nothing forgotten yet). */
  get horizon(): number {
    return this.state.horizon;
  }

  /** A controller's decision, recorded where it was taken. */
  note(record: WhyRecord): void {
    const rs = this.state.records;
    rs.push(record);
    if (rs.length > LEDGER_CAPACITY) {
      const dropped = rs.splice(0, LEDGER_CAPACITY / 4);
      this.state.horizon = dropped[dropped.length - 1].at;
    }
  }

  /**
   * A decision that repeats itself sync after sync is kept once, at the time it was first taken:
   * skipped when the latest record about the same subject holds the same decision.
   */
  noteOnce(record: WhyRecord, subject: (r: WhyRecord) => boolean): void {
    const rs = this.state.records;
    for (let i = rs.length - 1; i >= 0 && i >= rs.length - 400; i--) {
      if (rs[i].t !== record.t || !subject(rs[i])) continue;
      if (sameDecision(rs[i], record)) return;
      break;
    }
    this.note(record);
  }

  fault(fault: Fault): void {
    this.note({ t: 'fault', at: this.ctx.clock.now(), fault: JSON.parse(JSON.stringify(fault)) });
  }

  private onTrace(e: TraceEntry): void {
    if (e.to !== 'api-server' || !e.resource || !RESOURCES.has(e.resource) || e.code === undefined || e.message === 'dry run') return;
    // A refused eviction is worth keeping: it is a drain waiting on a PodDisruptionBudget.
    const refused = e.code === 429 && e.subresource === 'eviction';
    if ((e.code >= 300 && !refused) || !e.name) return;
    const who = e.from.split('/')[0];
    // The kubelet's own delete of a pod only confirms one already asked for; the API server's
    // is the second half of an eviction, recorded as such.
    if ((who === 'kubelet' || who === 'kube-apiserver') && e.verb === 'delete' && e.resource === 'pods') return;
    let verb: RequestRecord['verb'];
    if (e.verb === 'create' && e.subresource === 'eviction') verb = 'evict';
    else if (e.subresource) return; // status, binding: the objects' own story, not a request to explain
    else if (e.verb === 'create' || e.verb === 'delete') verb = e.verb;
    else if (e.verb === 'update') {
      if (QUIET_UPDATES.has(who) || e.resource === 'pods') return;
      verb = 'update';
    } else return;
    const r: RequestRecord = { t: 'req', at: e.time, actor: e.from, verb, res: e.resource, name: e.name };
    if (e.namespace) r.ns = e.namespace;
    // A delete or eviction names the object as it is now; a create or update is filled in when
    // the API server writes it, just after this trace entry.
    const current = this.ctx.api.store.get(e.resource, e.namespace, e.name);
    if (current) fill(r, current);
    if (verb === 'evict') {
      if (refused) r.refused = true;
      const budget = current ? budgetsOf(this.ctx, current) : '';
      if (budget) r.budget = budget;
    }
    this.pending = verb === 'create' || verb === 'update' ? r : undefined;
    this.note(r);
  }
}

function fill(r: RequestRecord, obj: KObject): void {
  const spec = obj.spec as { replicas?: number; paused?: boolean; unschedulable?: boolean } | undefined;
  if (r.res === 'pods') {
    const owner = controllerRef(obj);
    if (owner) r.owner = `${owner.kind}/${owner.name}`;
    return;
  }
  if (r.res === 'nodes') {
    r.unschedulable = spec?.unschedulable === true;
    return;
  }
  if (typeof spec?.replicas === 'number') r.replicas = spec.replicas;
  if (r.res === 'deployments') r.paused = spec?.paused === true;
}

/** The PodDisruptionBudgets covering a pod, as their status stands (before this eviction counts). */
function budgetsOf(ctx: ComponentContext, pod: KObject): string {
  const out: string[] = [];
  for (const pdb of ctx.api.store.list('poddisruptionbudgets', pod.metadata.namespace)) {
    if (!matchesSelector(pdb.spec?.selector, pod.metadata.labels ?? {})) continue;
    const st = pdb.status ?? {};
    const rule = pdb.spec?.minAvailable !== undefined ? `minAvailable ${pdb.spec.minAvailable}` : `maxUnavailable ${pdb.spec?.maxUnavailable}`;
    out.push(`${pdb.metadata.name} (${rule}: ${st.currentHealthy ?? 0} healthy, ${st.desiredHealthy ?? 0} needed, ${st.disruptionsAllowed ?? 0} disruption${st.disruptionsAllowed === 1 ? '' : 's'} allowed)`);
  }
  return out.join(', ');
}

export const whyLedger: ComponentFactory = (ctx) => new WhyLedger(ctx);

/** The ledger of a cluster, for the controllers that note their decisions in it. */
export function ledgerOf(ctx: ComponentContext): WhyLedger | undefined {
  return ctx.component<WhyLedger>(WHY_LEDGER);
}
