// The per-second figures the traffic model records and sends as METRICS events, and the idle
// memory of a pod (a rough per-image baseline, as `kubectl top` shows for common images).
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

const MI = 1024 * 1024;
const IMAGE_MEMORY: [RegExp, number][] = [
  [/nginx/, 3 * MI],
  [/hpa-example|php/, 10 * MI],
  [/redis/, 3 * MI],
  [/busybox|alpine|pause/, 0.5 * MI],
  [/hello-app|echo/, 4 * MI],
];

const imageMemory = new Map<string, number>();

function memoryOfImage(image: string): number {
  let m = imageMemory.get(image);
  if (m === undefined) {
    m = IMAGE_MEMORY.find(([re]) => re.test(image))?.[1] ?? 8 * MI;
    if (imageMemory.size < 4096) imageMemory.set(image, m);
  }
  return m;
}

export function idleMemoryBytes(pod: Pod): number {
  let total = 0;
  for (const c of pod.spec?.containers ?? []) total += memoryOfImage(c.image ?? '');
  return Math.round(total);
}
