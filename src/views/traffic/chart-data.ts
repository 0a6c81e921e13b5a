// What the traffic charts plot: one series per figure over the last 300 virtual s, with a break
// where the history has a gap (no load for a while), and the text each chart's caption reads.
import { formatWhole } from '../format-number';
import type { TrafficPoint } from '../session/types';
import { HISTORY_MS } from './traffic-history';
import type { WorkloadPoint } from './workload-history';

export interface ChartSpec<P = TrafficPoint> {
  id: 'requests' | 'errors' | 'p95' | 'ready' | 'cpu' | 'desired';
  title: string;
  unit: string;
  value: (p: P) => number;
}

export const CHARTS: readonly ChartSpec[] = [
  { id: 'requests', title: 'Requests', unit: 'requests/s', value: (p) => p.requests },
  { id: 'errors', title: 'Errors', unit: 'errors/s', value: (p) => p.errors },
  { id: 'p95', title: 'Latency p95', unit: 'ms', value: (p) => p.p95 },
  { id: 'ready', title: 'Ready replicas', unit: 'pods', value: (p) => p.readyPods },
  { id: 'cpu', title: 'CPU used', unit: 'millicores', value: (p) => p.cpuMilli },
];

/** A Deployment's or StatefulSet's own figures, for a workload no Service selects (no traffic to plot). */
export const WORKLOAD_CHARTS: readonly ChartSpec<WorkloadPoint>[] = [
  { id: 'ready', title: 'Ready replicas', unit: 'pods', value: (p) => p.ready },
  { id: 'desired', title: 'Desired replicas', unit: 'pods', value: (p) => p.desired },
  { id: 'cpu', title: 'CPU used', unit: 'millicores', value: (p) => p.cpuMilli },
];

/** A point of a series; `null` breaks the line. */
export type SeriesPoint = { t: number; v: number } | null;

/**
 * The points of the window ending at `now`, with a break wherever more than `gapMs` is missing
 * (traffic comes every second; a workload's samples as often as the frames let them).
 */
export function series<P extends { time: number }>(
  history: readonly P[],
  value: (p: P) => number,
  now: number,
  gapMs = 1_500,
): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  let prev: number | undefined;
  for (const p of history) {
    if (p.time < now - HISTORY_MS || p.time > now) continue;
    if (prev !== undefined && p.time - prev > gapMs) out.push(null);
    out.push({ t: p.time, v: value(p) });
    prev = p.time;
  }
  return out;
}

/** The y scale's top: the series' maximum rounded up to 1, 2 or 5 × 10ⁿ (at least 1). */
export function niceMax(values: readonly number[]): number {
  const m = Math.max(1, ...values);
  const pow = 10 ** Math.floor(Math.log10(m));
  for (const f of [1, 2, 5, 10]) if (m <= f * pow) return f * pow;
  return 10 * pow;
}

/** The caption: latest value, peak and mean over the window, in words. */
export function summary<P>(spec: ChartSpec<P>, points: readonly SeriesPoint[], empty = 'no traffic in the last 5 minutes'): string {
  const vs = points.filter((p): p is { t: number; v: number } => p !== null).map((p) => p.v);
  if (vs.length === 0) return `${spec.title}: ${empty}.`;
  const r = formatWhole;
  const mean = vs.reduce((a, b) => a + b, 0) / vs.length;
  return `${spec.title}: ${r(vs[vs.length - 1])} ${spec.unit} now; peak ${r(Math.max(...vs))}, mean ${r(mean)} over the last ${Math.round(vs.length / 60) >= 1 ? `${Math.round(vs.length / 60)} min` : `${vs.length} s`}.`;
}
