// The marquee's flow maths: which of a Service's pods receive how much of the audience's traffic
// (only Ready endpoints get new requests), how many dots to draw for a rate, and the error
// breakdown as words. Pure; Marquee.tsx draws the result.
import type { Pod, PodSecond } from '../../engine';
import type { Service, TrafficPoint } from '../session/types';
import { formatWhole } from '../format-number';
import { isReadyEndpoint, podsOf } from './traffic-history';

export interface FlowRow {
  pod: string;
  /** In the Service's endpoints (Ready, not terminating): kube-proxy sends it new requests. */
  endpoint: boolean;
  /** Why not, in words (empty for an endpoint). */
  why: string;
  rps: number;
  errors: number;
  p95: number;
  /** This pod's share of the Service's requests this second, 0…1. */
  share: number;
}

/** Per-pod figures older than this (virtual ms) are stale: the load stopped. */
export const FRESH_MS = 2_000;

export function flowRows(
  service: Service,
  pods: readonly Pod[],
  podTraffic: Readonly<Record<string, PodSecond>> | undefined,
  podTrafficAt: number | undefined,
  now: number,
): FlowRow[] {
  const fresh = podTrafficAt !== undefined && now - podTrafficAt < FRESH_MS;
  const ns = service.metadata.namespace ?? 'default';
  const rows = podsOf(service, pods).map((p): FlowRow => {
    const fig = fresh ? podTraffic?.[`${ns}/${p.metadata.name}`] : undefined;
    const endpoint = isReadyEndpoint(p);
    return {
      pod: p.metadata.name,
      endpoint,
      why: endpoint ? '' : p.metadata.deletionTimestamp ? 'terminating' : 'not Ready',
      rps: fig?.requests ?? 0,
      errors: fig?.errors ?? 0,
      p95: fig?.p95 ?? 0,
      share: 0,
    };
  });
  const total = rows.reduce((a, r) => a + r.rps, 0);
  for (const r of rows) r.share = total > 0 ? r.rps / total : 0;
  return rows;
}

/**
 * Ready endpoints of a Service, from the pods as they are now: the one count the marquee's figures
 * and its route line both print (issue 12: the figures once read the last traffic second's count,
 * "0 endpoints" with no traffic, above "1 ready endpoint").
 */
export function readyEndpoints(service: Service, pods: readonly Pod[]): number {
  return podsOf(service, pods).filter(isReadyEndpoint).length;
}

/** Dots in flight for a rate: none for 0, then one more per ×3 (1, 3, 9, 27 … rps), at most 6. */
export function dotCount(rps: number): number {
  if (!(rps > 0)) return 0;
  return Math.min(6, 1 + Math.floor(Math.log(rps) / Math.log(3)));
}

/** The error breakdown of a second in words, biggest cause first; '' when there were none. */
export function errorBreakdown(p: Pick<TrafficPoint, 'refused' | 'unavailable' | 'overloaded'>): string {
  const parts: [number, string][] = [
    [p.refused, 'refused (no ready endpoint)'],
    [p.unavailable, 'unavailable (sent to a pod that had stopped)'],
    [p.overloaded, 'overloaded (503, beyond the pods’ CPU)'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .sort((a, b) => b[0] - a[0])
    .map(([n, t]) => `${n} ${t}`)
    .join(', ');
}

/** `10.96.0.12:80/TCP` for each port, as `kubectl get svc` prints PORT(S) (without node ports). */
export function endpointText(service: Service): string {
  const ip = service.spec?.clusterIP ?? 'None';
  const ports = (service.spec?.ports ?? []).map((p) => `${p.port}/${p.protocol ?? 'TCP'}`).join(',');
  return ports ? `${ip}:${ports}` : ip;
}

export function selectorText(service: Service): string {
  const sel = Object.entries(service.spec?.selector ?? {});
  return sel.length ? sel.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
}

/** Rates and latencies to print: whole numbers, with a thousands separator when large (no ICU: format-number.ts). */
export function formatRate(n: number): string {
  return formatWhole(n);
}
