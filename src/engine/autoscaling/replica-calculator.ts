// The HPA's replica arithmetic for Resource metrics, as the real ReplicaCalculator does it:
// group pods (ignored / unready / missing / ready), integer utilization over pods with metrics,
// tolerance 0.1, and the conservative re-computation when pods were set aside.
// [k8s: pkg/controller/podautoscaler/replica_calculator.go GetResourceReplicas,
//  GetRawResourceReplicas, groupPods, calculatePodRequests; metrics/utilization.go]
// Values are milli-units (MilliValue), for memory too, exactly as the real code sums them.
import type { Pod } from '../objects/types';
import { parseQuantity } from '../util/quantity';
import { parseTime } from '../util/time';

export const TOLERANCE = 0.1;
export const CPU_INITIALIZATION_PERIOD_MS = 5 * 60_000;
export const INITIAL_READINESS_DELAY_MS = 30_000;

export interface PodMetric {
  /** milli-units of the resource. */
  value: number;
  timestamp: number;
  windowMs: number;
}

export type PodMetricsInfo = Map<string, PodMetric>;

export interface ResourceProposal {
  replicas: number;
  /** Utilization in integer percent (Utilization targets only). */
  utilization?: number;
  /** Average usage per pod with metrics, milli-units. */
  rawAverage: number;
  /** How the count came about, for "Why?" (why/hpa-why.ts): the ratio used and what it multiplied. */
  how?: ProposalArithmetic;
  timestamp: number;
}

/** The ratio the proposal used, the pods it multiplied, and why the count was kept, if it was. */
export interface ProposalArithmetic {
  ratio: number;
  pods: number;
  kept?: 'tolerance' | 'reversed';
  /** Recomputed with unready pods at 0% (scale up) or missing ones at 100% (scale down). */
  conservative?: { unready: number; missing: number };
}

export class CalcError extends Error {}

function milliValue(q: unknown): number {
  const v = parseQuantity(q);
  return v === undefined ? 0 : Math.ceil(Math.round(v * 1e9) / 1e6);
}

interface Groups {
  readyPodCount: number;
  unready: Set<string>;
  missing: Set<string>;
  ignored: Set<string>;
}

export function groupPods(pods: Pod[], metrics: PodMetricsInfo, resource: string, now: number): Groups {
  const g: Groups = { readyPodCount: 0, unready: new Set(), missing: new Set(), ignored: new Set() };
  for (const pod of pods) {
    const name = pod.metadata.name;
    if (pod.metadata.deletionTimestamp || pod.status?.phase === 'Failed') {
      g.ignored.add(name);
      continue;
    }
    if (pod.status?.phase === 'Pending') {
      g.unready.add(name);
      continue;
    }
    const metric = metrics.get(name);
    if (!metric) {
      g.missing.add(name);
      continue;
    }
    if (resource === 'cpu') {
      const cond = pod.status?.conditions?.find((c) => c.type === 'Ready');
      const start = parseTime(pod.status?.startTime);
      let unready: boolean;
      if (!cond || start === undefined) unready = true;
      else {
        const transition = parseTime(cond.lastTransitionTime) ?? 0;
        if (start + CPU_INITIALIZATION_PERIOD_MS > now) {
          // Still initialising: the sample must cover a full window after the last readiness change.
          unready = cond.status === 'False' || metric.timestamp < transition + metric.windowMs;
        } else {
          // Past initialisation: only ignore pods that have never become ready.
          unready = cond.status === 'False' && start + INITIAL_READINESS_DELAY_MS > transition;
        }
      }
      if (unready) {
        g.unready.add(name);
        continue;
      }
    }
    g.readyPodCount++;
  }
  return g;
}

/** calculatePodRequests: every container must request the resource. */
export function podRequests(pods: Pod[], resource: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const pod of pods) {
    let sum = 0;
    const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always')];
    for (const c of containers) {
      const req = c.resources?.requests?.[resource];
      if (req === undefined) throw new CalcError(`missing request for ${resource} in container ${c.name} of Pod ${pod.metadata.name}`);
      sum += milliValue(req);
    }
    out.set(pod.metadata.name, sum);
  }
  return out;
}

/** GetResourceUtilizationRatio. */
export function utilizationRatio(metrics: PodMetricsInfo, requests: Map<string, number>, target: number): { ratio: number; utilization: number; rawAverage: number } {
  let metricsTotal = 0;
  let requestsTotal = 0;
  let n = 0;
  for (const [name, m] of metrics) {
    const r = requests.get(name);
    if (r === undefined) continue; // extraneous metrics
    metricsTotal += m.value;
    requestsTotal += r;
    n++;
  }
  if (requestsTotal === 0) throw new CalcError('no metrics returned matched known pods');
  const utilization = Math.trunc((metricsTotal * 100) / requestsTotal);
  return { ratio: utilization / target, utilization, rawAverage: Math.trunc(metricsTotal / n) };
}

function withoutPods(metrics: PodMetricsInfo, names: Set<string>): PodMetricsInfo {
  const out = new Map(metrics);
  for (const n of names) out.delete(n);
  return out;
}

/** GetResourceReplicas: a Utilization target. `metrics` are the pods the metrics API returned. */
export function resourceReplicas(currentReplicas: number, targetUtilization: number, resource: string, pods: Pod[], metricsIn: PodMetricsInfo, timestamp: number, now: number): ResourceProposal {
  if (pods.length === 0) throw new CalcError('no pods returned by selector while calculating replica count');
  const g = groupPods(pods, metricsIn, resource, now);
  const metrics = withoutPods(withoutPods(metricsIn, g.ignored), g.unready);
  if (metrics.size === 0) throw new CalcError('did not receive metrics for targeted pods (pods might be unready)');
  const requests = podRequests(pods, resource);
  const { ratio, utilization, rawAverage } = utilizationRatio(metrics, requests, targetUtilization);
  const keep = { replicas: currentReplicas, utilization, rawAverage, timestamp };
  const scaleUpWithUnready = g.unready.size > 0 && ratio > 1;
  if (!scaleUpWithUnready && g.missing.size === 0) {
    const how = { ratio, pods: g.readyPodCount };
    if (Math.abs(1 - ratio) <= TOLERANCE) return { ...keep, how: { ...how, kept: 'tolerance' } };
    return { ...keep, replicas: Math.ceil(ratio * g.readyPodCount), how };
  }
  if (g.missing.size > 0) {
    // Missing pods: assume 100% (or the target, if higher) on scale-down, 0 on scale-up.
    const fallback = Math.max(100, targetUtilization);
    for (const name of g.missing) metrics.set(name, { value: ratio < 1 ? Math.trunc(((requests.get(name) ?? 0) * fallback) / 100) : 0, timestamp, windowMs: 0 });
  }
  if (scaleUpWithUnready) for (const name of g.unready) metrics.set(name, { value: 0, timestamp, windowMs: 0 });
  const next = utilizationRatio(metrics, requests, targetUtilization).ratio;
  const how: ProposalArithmetic = { ratio: next, pods: metrics.size, conservative: { unready: scaleUpWithUnready ? g.unready.size : 0, missing: g.missing.size } };
  if (Math.abs(1 - next) <= TOLERANCE) return { ...keep, how: { ...how, kept: 'tolerance' } };
  if ((ratio < 1 && next > 1) || (ratio > 1 && next < 1)) return { ...keep, how: { ...how, kept: 'reversed' } };
  const replicas = Math.ceil(next * metrics.size);
  if ((next < 1 && replicas > currentReplicas) || (next > 1 && replicas < currentReplicas)) return { ...keep, how: { ...how, kept: 'reversed' } };
  return { ...keep, replicas, how };
}

/** GetRawResourceReplicas / calcPlainMetricReplicas: an AverageValue target (milli-units). */
export function rawResourceReplicas(currentReplicas: number, targetAverage: number, resource: string, pods: Pod[], metricsIn: PodMetricsInfo, timestamp: number, now: number): ResourceProposal {
  if (pods.length === 0) throw new CalcError('no pods returned by selector while calculating replica count');
  const g = groupPods(pods, metricsIn, resource, now);
  const metrics = withoutPods(withoutPods(metricsIn, g.ignored), g.unready);
  if (metrics.size === 0) throw new CalcError('did not receive metrics for targeted pods (pods might be unready)');
  const avg = (m: PodMetricsInfo) => [...m.values()].reduce((s, x) => s + x.value, 0) / m.size;
  const usage = avg(metrics);
  const ratio = usage / targetAverage;
  const keep = { replicas: currentReplicas, rawAverage: Math.trunc(usage), timestamp };
  const scaleUpWithUnready = g.unready.size > 0 && ratio > 1;
  if (!scaleUpWithUnready && g.missing.size === 0) {
    if (Math.abs(1 - ratio) <= TOLERANCE) return keep;
    return { ...keep, replicas: Math.ceil(usage / targetAverage * g.readyPodCount) };
  }
  for (const name of g.missing) metrics.set(name, { value: ratio < 1 ? targetAverage : 0, timestamp, windowMs: 0 });
  if (scaleUpWithUnready) for (const name of g.unready) metrics.set(name, { value: 0, timestamp, windowMs: 0 });
  const next = avg(metrics) / targetAverage;
  if (Math.abs(1 - next) <= TOLERANCE || (ratio < 1 && next > 1) || (ratio > 1 && next < 1)) return keep;
  const replicas = Math.ceil(next * metrics.size);
  if ((next < 1 && replicas > currentReplicas) || (next > 1 && replicas < currentReplicas)) return keep;
  return { ...keep, replicas };
}
