// Zones and the eviction rate limit of the node lifecycle controller: ComputeZoneState, the
// per-zone rate-limited tainting queue (scheduler.RateLimitedTimedQueue with a token bucket of
// burst 1) and the QPS each zone state gets. Mirrors node_lifecycle_controller.go and
// nodelifecycle/scheduler/rate_limited_queue.go; all state is plain JSON.
import type { Node, NodeCondition } from '../../objects/types';

export type ZoneState = 'Initial' | 'Normal' | 'PartialDisruption' | 'FullDisruption';

/** kube-controller-manager defaults (--node-eviction-rate, --secondary-node-eviction-rate, ...). */
export const EVICTION_QPS = 0.1;
export const SECONDARY_EVICTION_QPS = 0.01;
export const LARGE_CLUSTER_THRESHOLD = 50;
export const UNHEALTHY_ZONE_THRESHOLD = 0.55;

/** nodetopology.GetZoneKey: "" for nodes without region/zone labels (a learner cluster: one zone). */
export function zoneKey(node: Node): string {
  const labels = node.metadata.labels ?? {};
  const region = labels['topology.kubernetes.io/region'] ?? labels['failure-domain.beta.kubernetes.io/region'] ?? '';
  const zone = labels['topology.kubernetes.io/zone'] ?? labels['failure-domain.beta.kubernetes.io/zone'] ?? '';
  if (region === '' && zone === '') return '';
  return `${region}:\u0000:${zone}`;
}

/**
 * ComputeZoneState: FullDisruption when no node is Ready; PartialDisruption when MORE THAN TWO
 * nodes are not Ready and they are ≥ 55 % of the zone; Normal otherwise. Note the "> 2": in a
 * 3-node cluster two dead nodes (67 %) still count as Normal and evictions go on at 0.1 node/s;
 * three of four (75 %) is PartialDisruption, and all nodes down is FullDisruption.
 */
export function computeZoneState(conditions: readonly (NodeCondition | undefined)[]): { unhealthy: number; state: ZoneState } {
  let ready = 0;
  let notReady = 0;
  for (const c of conditions) {
    if (c?.status === 'True') ready++;
    else notReady++;
  }
  if (ready === 0 && notReady > 0) return { unhealthy: notReady, state: 'FullDisruption' };
  if (notReady > 2 && notReady / (notReady + ready) >= UNHEALTHY_ZONE_THRESHOLD) return { unhealthy: notReady, state: 'PartialDisruption' };
  return { unhealthy: notReady, state: 'Normal' };
}

/**
 * The eviction (tainting) rate a zone gets in a state. ReducedQPSFunc: a zone of ≤ 50 nodes in
 * PartialDisruption stops evicting altogether (rate 0) — the rule that keeps a small cluster
 * with most nodes unreachable (more likely a network partition of the control plane than dead
 * machines) from evicting everything; larger zones slow to 0.01 node/s. HealthyQPSFunc: a zone
 * in FullDisruption keeps the normal rate (unless every zone is fully disrupted: handled by the
 * caller, which stops all evictions).
 */
export function zoneQps(state: ZoneState, zoneSize: number): number {
  switch (state) {
    case 'PartialDisruption':
      return zoneSize > LARGE_CLUSTER_THRESHOLD ? SECONDARY_EVICTION_QPS : 0;
    default:
      return EVICTION_QPS;
  }
}

/** flowcontrol token bucket (burst 1) or, with qps 0, the never-accepting fake limiter. */
export interface LimiterState {
  qps: number;
  tokens: number;
  /** virtual ms of the last refill */
  last: number;
}

export function newLimiter(qps: number, now: number): LimiterState {
  return { qps, tokens: qps > 0 ? 1 : 0, last: now };
}

function refill(l: LimiterState, now: number): void {
  if (l.qps > 0) l.tokens = Math.min(1, l.tokens + ((now - l.last) / 1000) * l.qps);
  l.last = now;
}

export function tryAccept(l: LimiterState, now: number): boolean {
  refill(l, now);
  if (l.qps <= 0 || l.tokens < 1) return false;
  l.tokens -= 1;
  return true;
}

/** When the next token is there (undefined for a stopped limiter). */
export function nextTokenAt(l: LimiterState, now: number): number | undefined {
  if (l.qps <= 0) return undefined;
  refill(l, now);
  if (l.tokens >= 1) return now;
  return now + Math.ceil(((1 - l.tokens) / l.qps) * 1000);
}

/** RateLimitedTimedQueue.SwapLimiter: a new bucket is drained if the old one had no token. */
export function swapLimiter(l: LimiterState, qps: number, now: number): LimiterState {
  if (l.qps === qps) return l;
  if (qps <= 0) return newLimiter(0, now);
  const fresh = newLimiter(qps, now);
  if (!tryAccept(l, now)) tryAccept(fresh, now);
  return fresh;
}

/** One zone's NoExecute tainter: a unique FIFO of node names plus the "already processed" set. */
export interface ZoneTainter {
  limiter: LimiterState;
  /** Nodes waiting to be tainted, in order of addition: [name, uid, processAt]. */
  queue: [string, string, number][];
  /** UniqueQueue's set: queued or processed-and-not-removed nodes (Add refuses these). */
  set: Record<string, true>;
}

export function newTainter(now: number): ZoneTainter {
  return { limiter: newLimiter(EVICTION_QPS, now), queue: [], set: {} };
}

export function tainterAdd(t: ZoneTainter, node: string, uid: string, now: number): boolean {
  if (t.set[node]) return false;
  t.set[node] = true;
  t.queue.push([node, uid, now]);
  return true;
}

export function tainterRemove(t: ZoneTainter, node: string): boolean {
  if (!t.set[node]) return false;
  delete t.set[node];
  t.queue = t.queue.filter((q) => q[0] !== node);
  return true;
}

/**
 * RateLimitedTimedQueue.Try: while a token is available and the head is due, run `fn`; a
 * success leaves the node in the set (so it is not re-queued until removed), a failure retries
 * it after `retryMs`.
 */
export function tainterTry(t: ZoneTainter, now: number, fn: (node: string, uid: string) => { ok: boolean; retryMs?: number }): void {
  t.queue.sort((a, b) => a[2] - b[2]);
  while (t.queue.length > 0) {
    if (!tryAccept(t.limiter, now)) break;
    const head = t.queue[0];
    if (now < head[2]) break;
    const r = fn(head[0], head[1]);
    t.queue.shift();
    if (!r.ok) {
      t.queue.push([head[0], head[1], now + (r.retryMs ?? 0) + 1]);
      t.queue.sort((a, b) => a[2] - b[2]);
    }
  }
}
