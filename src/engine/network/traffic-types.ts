// The per-second figures the traffic model records and sends as METRICS events, and the idle
// memory of a pod (the image catalogue's per-image baseline, as `kubectl top` shows it).
import { imageIdleMemory } from '../node/images';
import type { Pod } from '../objects/types';

export interface ServiceSecond {
  /** Virtual ms at the end of the second. */
  time: number;
  namespace: string;
  service: string;
  requests: number;
  /** requests = successes + errors, and errors = refused + unavailable + overloaded. */
  successes: number;
  errors: number;
  /** No endpoint to route to (connection refused). */
  refused: number;
  /** Routed to a pod that is not running any more (a stale route). */
  unavailable: number;
  /** Beyond the pod's capacity (503). */
  overloaded: number;
  /** Latency quantiles of successful requests, ms (0 when none). */
  p50: number;
  p95: number;
  /** Endpoints kube-proxy routed to this second. */
  endpoints: number;
}

export interface PodSecond {
  namespace: string;
  pod: string;
  requests: number;
  successes: number;
  errors: number;
  p50: number;
  p95: number;
  cpuMilli: number;
}

export interface MetricsEvent {
  type: 'METRICS';
  time: number;
  services: ServiceSecond[];
  pods: PodSecond[];
}

export function idleMemoryBytes(pod: Pod): number {
  let total = 0;
  for (const c of pod.spec?.containers ?? []) total += imageIdleMemory(c.image);
  return Math.round(total);
}
