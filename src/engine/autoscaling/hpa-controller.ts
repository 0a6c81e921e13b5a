// The HorizontalPodAutoscaler controller ('horizontal-pod-autoscaler'): every 15 s per HPA it
// reads the target's scale, asks metrics-server for the pods' usage, computes a recommendation,
// stabilizes and rate-limits it, writes the target's replicas and the HPA status and conditions.
// [k8s: pkg/controller/podautoscaler/horizontal.go reconcileAutoscaler, computeReplicasForMetrics]
// The /scale subresource is modelled as an update of the target's spec.replicas (Deployment,
// ReplicaSet, StatefulSet). Only Resource metrics are computed: Pods/Object/External/ContainerResource
// sources fail as they do on a cluster without the custom/external metrics APIs.
// Two HPAs whose targets' pods overlap stop scaling with AmbiguousSelector (validateAndParseSelector):
// an HPA's selector is known once it has been reconciled, as upstream's hpaSelectors map.
import type { ApiClient } from '../api/api-server';
import { StatusError } from '../api/errors';
import { kindInfo, qualifiedResource } from '../api/kinds';
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import { ledgerOf } from '../why/ledger';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../controllers/work-queue';
import { formatSelector, matchesSelector } from '../objects/labels';
import type { KObject, LabelSelector, Pod } from '../objects/types';
import type { Timer } from '../sim/clock';
import { deepClone, jsonEqual } from '../util/json-clone';
import { milliCpu, parseQuantity } from '../util/quantity';
import { rfc3339 } from '../util/time';
import { METRICS_SERVER, type MetricsServer } from './metrics-server';
import { DOWNSCALE_STABILIZATION_MS, type History, type Normalized, normalizeLegacy, normalizeWithBehavior, storeScaleEvent } from './normalize';
import { CalcError, type PodMetricsInfo, type ProposalArithmetic, rawResourceReplicas, resourceReplicas } from './replica-calculator';
import { formatMilliQuantity } from './quantity-format';
import './hpa-schema';

// biome-ignore lint/suspicious/noExplicitAny: HPA objects are plain JSON.
type Json = any;

export const HPA_CONTROLLER = 'horizontal-pod-autoscaler';
/** --horizontal-pod-autoscaler-sync-period. */
export const HPA_SYNC_PERIOD_MS = 15_000;
const SCALABLE = ['Deployment', 'ReplicaSet', 'StatefulSet'];

interface State {
  queue: WorkQueueState;
  history: Record<string, History>;
  /**
   * hpaSelectors: HPA key → its target's selector, registered as null (labels.Nothing) when the
   * HPA is seen and filled in by its reconcile. Absent in snapshots taken before it existed.
   */
  selectors?: Record<string, LabelSelector | null>;
}

interface MetricResult {
  replicas: number;
  name: string;
  status: Json;
  /** A Utilization target's inputs, kept for "Why?" (why/ledger.ts). */
  explain?: { utilization: number; target: number; how?: ProposalArithmetic };
}

class MetricError extends Error {
  constructor(
    message: string,
    readonly condition: { reason: string; message: string },
  ) {
    super(message);
  }
}

function hpaKey(obj: KObject): string {
  return `${obj.metadata.namespace}/${obj.metadata.name}`;
}

/** setConditionInList: lastTransitionTime moves only when the status changes. */
export function setCondition(status: Json, type: string, value: 'True' | 'False', reason: string, message: string, now: number): void {
  const list: Json[] = (status.conditions ??= []);
  let c = list.find((x) => x.type === type);
  if (!c) {
    c = { type };
    list.push(c);
  }
  if (c.status !== value) c.lastTransitionTime = rfc3339(now);
  c.status = value;
  c.reason = reason;
  c.message = message;
}

export class HpaController implements Component {
  readonly name = HPA_CONTROLLER;
  private queue!: WorkQueue;
  private state!: State;
  /** The HPA being reconciled, for events raised deep in a metric computation. */
  private currentHpa: KObject | undefined;
  private readonly client: ApiClient;
  private readonly event: (obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string) => void;

  constructor(private readonly ctx: ComponentContext) {
    this.client = ctx.api.client(HPA_CONTROLLER);
    this.event = ctx.events.for({ component: HPA_CONTROLLER });
  }

  start(): void {
    this.state = this.ctx.state<State>(HPA_CONTROLLER, () => ({ queue: newWorkQueueState(), history: {} }));
    this.queue = new WorkQueue(this.ctx.clock, HPA_CONTROLLER, this.state.queue);
    this.ctx.clock.on(HPA_CONTROLLER, (t) => this.process(t));
    const selectors = (this.state.selectors ??= {});
    this.ctx.api.watch('horizontalpodautoscalers', HPA_CONTROLLER, (e) => {
      const key = hpaKey(e.object);
      if (e.type === 'DELETED') {
        delete this.state.history[key];
        delete selectors[key];
      } else {
        // The HPA queue's rate limiter is a fixed 15 s interval, even for a new HPA.
        this.queue.add(key, HPA_SYNC_PERIOD_MS);
        if (!(key in selectors)) selectors[key] = null;
      }
    });
  }

  private process(timer: Timer): void {
    const key = this.queue.take(timer);
    if (key === undefined) return;
    if (this.reconcile(key)) this.queue.add(key, HPA_SYNC_PERIOD_MS);
  }

  private metricsServer(): MetricsServer | undefined {
    return this.ctx.component<MetricsServer>(METRICS_SERVER);
  }

  /** Returns false when the HPA is gone. */
  reconcile(key: string): boolean {
    const [ns, name] = key.split('/');
    const stored = this.ctx.api.store.get('horizontalpodautoscalers', ns, name);
    if (!stored) return false;
    this.currentHpa = stored;
    const now = this.ctx.clock.now();
    const hpa: Json = deepClone(stored);
    const spec = hpa.spec ?? {};
    const status: Json = (hpa.status ??= {});
    const ref = spec.scaleTargetRef ?? {};
    const info = SCALABLE.includes(ref.kind) ? kindInfo(ref.kind) : undefined;
    const target = info ? this.ctx.api.store.get(info.resource, ns, ref.name) : undefined;
    if (!info || !target) {
      const group = String(ref.apiVersion ?? '').split('/').length > 1 ? String(ref.apiVersion).split('/')[0] : '';
      const err = info ? `${qualifiedResource(info)} "${ref.name}" not found` : `no matches for kind "${ref.kind}" in group "${group}"`;
      this.event(stored, 'Warning', 'FailedGetScale', err);
      setCondition(status, 'AbleToScale', 'False', 'FailedGetScale', `the HPA controller was unable to get the target's current scale: ${err}`, now);
      this.writeStatus(stored, hpa);
      return true;
    }
    setCondition(status, 'AbleToScale', 'True', 'SucceededGetScale', "the HPA controller was able to get the target's current scale", now);
    const current: number = target.spec?.replicas ?? 1;
    const min: number = spec.minReplicas ?? 1;
    const max: number = spec.maxReplicas;
    const h = (this.state.history[key] ??= { recs: [], up: [], down: [] });
    if (h.recs.length === 0) h.recs.push({ replicas: current, at: now }); // recordInitialRecommendation
    let desired = 0;
    let rescale = true;
    let reason = '';
    let statuses: Json[] = status.currentMetrics ?? [];
    if (current === 0 && min !== 0) {
      rescale = false;
      setCondition(status, 'ScalingActive', 'False', 'ScalingDisabled', 'scaling is disabled since the replica count of the target is zero', now);
    } else if (current > max) {
      reason = 'Current number of replicas above Spec.MaxReplicas';
      desired = max;
    } else if (current < min) {
      reason = 'Current number of replicas below Spec.MinReplicas';
      desired = min;
    } else {
      const pods = this.ctx.api.list<Pod>('Pod', ns).filter((p) => matchesSelector(target.spec?.selector, p.metadata.labels));
      const ambiguous = this.ambiguousSelector(key, target.spec?.selector, pods);
      if (ambiguous !== undefined) {
        this.event(stored, 'Warning', 'AmbiguousSelector', ambiguous);
        setCondition(status, 'ScalingActive', 'False', 'AmbiguousSelector', ambiguous, now);
        // setCurrentReplicasAndMetricsInStatus with no metric statuses; no rescale.
        this.setStatus(status, current, status.desiredReplicas ?? 0, [], false, now);
        this.writeStatus(stored, hpa);
        this.event(stored, 'Warning', 'FailedComputeMetricsReplicas', ambiguous);
        return true;
      }
      const r = this.computeReplicasForMetrics(status, spec.metrics ?? [], current, pods, now);
      statuses = r.statuses;
      if (r.error !== undefined) {
        status.currentReplicas = current;
        status.currentMetrics = statuses;
        this.writeStatus(stored, hpa);
        this.event(stored, 'Warning', 'FailedComputeMetricsReplicas', r.error);
        return true;
      }
      desired = r.replicas;
      if (desired > current) reason = `${r.metric} above target`;
      if (desired < current) reason = 'All metrics below target';
      const n: Normalized = spec.behavior
        ? normalizeWithBehavior(h, spec.behavior, now, current, desired, min, max)
        : normalizeLegacy(h.recs, now, current, desired, min, max);
      setCondition(status, 'AbleToScale', 'True', n.ableToScale.reason, n.ableToScale.message, now);
      setCondition(status, 'ScalingLimited', n.limited.status, n.limited.reason, n.limited.message, now);
      // For "Why?": the arithmetic behind this recommendation (why/ledger.ts).
      const e = r.explain;
      const decision = {
        t: 'hpa',
        at: now,
        ns,
        hpa: name,
        target: `${ref.kind}/${ref.name}`,
        current,
        metric: r.metric,
        ...(e ? { utilization: e.utilization, targetUtilization: e.target, ...(e.how ? { how: e.how } : {}) } : {}),
        proposed: r.replicas,
        replicas: n.replicas,
        min,
        max,
        stabilization: n.ableToScale.message,
        limit: n.limited.message,
        window: spec.behavior?.scaleDown?.stabilizationWindowSeconds ?? DOWNSCALE_STABILIZATION_MS / 1000,
      } as const;
      // Every 15 s the same decision again: kept once, at the time it was first taken.
      ledgerOf(this.ctx)?.noteOnce(decision, (prev) => prev.t === 'hpa' && prev.ns === ns && prev.hpa === name);
      desired = n.replicas;
      rescale = desired !== current;
    }
    if (rescale) {
      try {
        this.client.update({ ...target, spec: { ...target.spec, replicas: desired } } as KObject);
      } catch (e) {
        const msg = e instanceof StatusError || e instanceof Error ? e.message : String(e);
        this.event(stored, 'Warning', 'FailedRescale', `New size: ${desired}; reason: ${reason}; error: ${msg}`);
        setCondition(status, 'AbleToScale', 'False', 'FailedUpdateScale', `the HPA controller was unable to update the target scale: ${msg}`, now);
        this.setStatus(status, current, current, statuses, false, now);
        this.writeStatus(stored, hpa);
        return true;
      }
      setCondition(status, 'AbleToScale', 'True', 'SucceededRescale', `the HPA controller was able to update the target scale to ${desired}`, now);
      this.event(stored, 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`);
      storeScaleEvent(h, spec.behavior, now, current, desired);
    } else desired = current;
    this.setStatus(status, current, desired, statuses, rescale, now);
    this.writeStatus(stored, hpa);
    return true;
  }

  /**
   * validateAndParseSelector's ambiguity check: records this HPA's selector, then the message when
   * the pods it selects are also selected by another registered HPA of the namespace.
   * [k8s: pkg/controller/podautoscaler/horizontal.go hpasControllingPodsUnderSelector]
   * Go prints the HPA keys in map order; they are sorted here, for determinism.
   */
  private ambiguousSelector(key: string, selector: LabelSelector | undefined, pods: Pod[]): string | undefined {
    const selectors = (this.state.selectors ??= {});
    if (key in selectors) selectors[key] = selector ?? null;
    if (!pods.length) return undefined;
    const ns = key.slice(0, key.indexOf('/'));
    const selecting: string[] = [];
    for (const [other, sel] of Object.entries(selectors)) {
      if (!sel || other.slice(0, other.indexOf('/')) !== ns) continue;
      if (pods.some((p) => matchesSelector(sel, p.metadata.labels))) selecting.push(other);
    }
    if (selecting.length < 2) return undefined;
    return `pods by selector ${formatSelector(selector)} are controlled by multiple HPAs: [${selecting.sort().join(' ')}]`;
  }

  private setStatus(status: Json, current: number, desired: number, metrics: Json[], rescale: boolean, now: number): void {
    if (current) status.currentReplicas = current;
    else delete status.currentReplicas;
    status.desiredReplicas = desired;
    if (metrics.length) status.currentMetrics = metrics;
    else delete status.currentMetrics;
    if (rescale) status.lastScaleTime = rfc3339(now);
  }

  /** updateStatusIfNeeded: no write when nothing changed. */
  private writeStatus(stored: KObject, hpa: Json): void {
    if (jsonEqual(stored.status, hpa.status)) return;
    try {
      this.client.updateStatus(hpa);
    } catch {
      // The HPA was deleted or changed meanwhile: the next sync recomputes.
    }
  }

  private computeReplicasForMetrics(status: Json, metrics: Json[], current: number, pods: Pod[], now: number) {
    const statuses: Json[] = metrics.map(() => ({ type: '' }));
    let replicas = 0;
    let metric = '';
    let explain: MetricResult['explain'];
    let invalid = 0;
    let firstError: MetricError | undefined;
    metrics.forEach((m, i) => {
      try {
        const r = this.computeForMetric(m, current, pods, now);
        statuses[i] = r.status;
        if (replicas === 0 || r.replicas > replicas) [replicas, metric, explain] = [r.replicas, r.name, r.explain];
      } catch (e) {
        const err = e instanceof MetricError ? e : new MetricError(String(e), { reason: 'FailedGetResourceMetric', message: String(e) });
        if (!firstError) firstError = err;
        invalid++;
      }
    });
    if (firstError && (invalid >= metrics.length || replicas < current)) {
      setCondition(status, 'ScalingActive', 'False', firstError.condition.reason, firstError.condition.message, now);
      return { replicas: -1, metric, explain, statuses, error: `invalid metrics (${invalid} invalid out of ${metrics.length}), first error is: ${firstError.message}` };
    }
    setCondition(status, 'ScalingActive', 'True', 'ValidMetricFound', `the HPA was able to successfully calculate a replica count from ${metric}`, now);
    return { replicas, metric, explain, statuses, error: undefined };
  }

  /** computeReplicasForMetric for one metric spec; throws MetricError with the real texts. */
  private computeForMetric(m: Json, current: number, pods: Pod[], now: number): MetricResult {
    const hpaFor = (reason: string, msg: string) => ({ reason, message: `the HPA was unable to compute the replica count: ${msg}` });
    if (m.type !== 'Resource' || !m.resource) {
      const kind = String(m.type ?? '').toLowerCase();
      const msg = `unable to get metric: unable to fetch metrics from ${m.type === 'External' ? 'external' : 'custom'} metrics API: no ${m.type === 'External' ? 'external' : 'custom'} metrics API registered`;
      throw new MetricError(`failed to get ${kind} metric value: ${msg}`, hpaFor(`FailedGet${m.type}Metric`, msg));
    }
    const resource: string = m.resource.name;
    const target = m.resource.target ?? {};
    const utilization = target.averageValue == null;
    const what = utilization ? 'utilization' : 'usage';
    const fail = (inner: string): never => {
      const msg = `failed to get ${resource} ${what}: ${inner}`;
      this.event(this.currentHpa as KObject, 'Warning', 'FailedGetResourceMetric', msg);
      throw new MetricError(`failed to get ${resource} resource metric value: ${msg}`, hpaFor('FailedGetResourceMetric', msg));
    };
    const ms = this.metricsServer();
    const info: PodMetricsInfo = new Map();
    let timestamp = 0;
    for (const p of pods) {
      const pm = ms?.podMetrics(p.metadata.namespace ?? 'default', p.metadata.name);
      if (!pm) continue;
      const value = resource === 'cpu' ? pm.cpuMilli : resource === 'memory' ? pm.memoryBytes * 1000 : undefined;
      if (value === undefined) continue;
      info.set(p.metadata.name, { value, timestamp: pm.timestamp, windowMs: pm.windowMs });
      timestamp = pm.timestamp;
    }
    if (info.size === 0) fail(`unable to get metrics for resource ${resource}: no metrics returned from resource metrics API`);
    try {
      if (utilization) {
        const t = target.averageUtilization;
        const r = resourceReplicas(current, t, resource, pods, info, timestamp, now);
        const name = `${resource} resource utilization (percentage of request)`;
        const current_ = { averageUtilization: r.utilization, averageValue: formatMilliQuantity(r.rawAverage) };
        const explain = { utilization: r.utilization ?? 0, target: t, ...(r.how ? { how: r.how } : {}) };
        return { replicas: r.replicas, name, status: { type: 'Resource', resource: { name: resource, current: current_ } }, explain };
      }
      const avg = resource === 'cpu' ? milliCpu(target.averageValue) : Math.round((parseQuantity(target.averageValue) ?? 0) * 1000);
      const r = rawResourceReplicas(current, avg, resource, pods, info, timestamp, now);
      return { replicas: r.replicas, name: `${resource} resource`, status: { type: 'Resource', resource: { name: resource, current: { averageValue: formatMilliQuantity(r.rawAverage) } } } };
    } catch (e) {
      if (e instanceof CalcError) return fail(e.message);
      throw e;
    }
  }
}

export const hpaController: ComponentFactory = (ctx) => new HpaController(ctx);
