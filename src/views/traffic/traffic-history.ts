// A Service's traffic over time, as the charts and the marquee read it: the engine's per-second
// METRICS figures joined with the pods the Service selects (Ready count, CPU used), kept for the
// last 300 virtual seconds. Pure functions; the mirror (session/mirror.ts) calls them per second.
import type { Pod, PodSecond, ServiceSecond } from '../../engine';
import type { Service, TrafficPoint } from '../session/types';

/** How far back the charts look (virtual ms); the engine keeps the same 300 s (HISTORY_SECONDS). */
export const HISTORY_MS = 300_000;

export function serviceKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? 'default'}/${name}`;
}

/**
 * Whether a Service's selector picks these labels. As the endpoints controller: a Service without
 * a selector (like `kubernetes`) selects no pods; its endpoints are managed by hand.
 */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  const entries = Object.entries(selector ?? {});
  if (entries.length === 0) return false;
  return entries.every(([k, v]) => labels?.[k] === v);
}

/** The pods a Service selects, in its namespace, sorted by name. */
export function podsOf(service: Service, pods: readonly Pod[]): Pod[] {
  const ns = service.metadata.namespace ?? 'default';
  return pods
    .filter((p) => (p.metadata.namespace ?? 'default') === ns && selects(service.spec?.selector, p.metadata.labels))
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}

/**
 * Ready as the EndpointSlice controller counts it: the Ready condition is True and the pod is not
 * terminating (simplification: `publishNotReadyAddresses` is ignored).
 */
export function isReadyEndpoint(pod: Pod): boolean {
  if (pod.metadata.deletionTimestamp) return false;
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** One second of a Service, with its selected pods' Ready count and CPU. */
export function pointFor(
  second: ServiceSecond,
  service: Service | undefined,
  pods: readonly Pod[],
  podSeconds: readonly PodSecond[],
): TrafficPoint {
  const selected = service ? podsOf(service, pods) : [];
  const names = new Set(selected.map((p) => p.metadata.name));
  const ns = second.namespace;
  let cpuMilli = 0;
  for (const p of podSeconds) if (p.namespace === ns && names.has(p.pod)) cpuMilli += p.cpuMilli;
  return {
    time: second.time,
    requests: second.requests,
    errors: second.errors,
    refused: second.refused,
    unavailable: second.unavailable,
    overloaded: second.overloaded,
    p95: second.p95,
    endpoints: second.endpoints,
    readyPods: selected.filter(isReadyEndpoint).length,
    cpuMilli,
  };
}

/**
 * A new history with `point` appended and points older than the window dropped. A point at or
 * before the newest one (a replay after a rewind) replaces that part of the history.
 */
export function appendPoint(history: readonly TrafficPoint[], point: TrafficPoint, windowMs = HISTORY_MS): TrafficPoint[] {
  const from = point.time - windowMs;
  const kept = history.filter((p) => p.time > from && p.time < point.time);
  kept.push(point);
  return kept;
}

/** The history up to virtual ms `t` (a rewind drops the abandoned future). */
export function truncateAfter(history: readonly TrafficPoint[], t: number): TrafficPoint[] {
  return history.filter((p) => p.time <= t);
}

/** The latest point if it is current (the second that just ended), else undefined: load stopped. */
export function currentPoint(history: readonly TrafficPoint[] | undefined, now: number): TrafficPoint | undefined {
  const last = history?.[history.length - 1];
  return last && now - last.time < 2_000 ? last : undefined;
}

/** Errors in the last `windowMs` virtual ms: a one-second blip stays readable for a while. */
export function recentErrors(history: readonly TrafficPoint[] | undefined, now: number, windowMs = 10_000): number {
  let n = 0;
  for (const p of history ?? []) if (p.time > now - windowMs) n += p.errors;
  return n;
}
