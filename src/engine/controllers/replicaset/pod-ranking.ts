// Which pods a ReplicaSet deletes first when it scales down: controller.ActivePodsWithRanks and
// getPodsToDelete / getPodsRankedByRelatedPodsOnSameNode.
// [k8s: pkg/controller/controller_utils.go, pkg/controller/replicaset/replica_set.go]
// Simplification: we sort stably (Array.prototype.sort) where Go's sort.Sort is not; only exact
// ties (same second of creation, same everything) can differ, and those are unordered upstream too.
import { isPodActive, isPodReady, podCondition } from '../../objects/pod';
import type { Pod } from '../../objects/types';
import { parseTime } from '../../util/time';

export const DELETION_COST_ANNOTATION = 'controller.kubernetes.io/pod-deletion-cost';

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/** helper.GetDeletionCostFromPodAnnotations: an int32, anything unparsable counts as 0. */
export function deletionCost(pod: Pod): number {
  const v = pod.metadata.annotations?.[DELETION_COST_ANNOTATION];
  if (v === undefined || !/^[+-]?\d+$/.test(v.trim())) return 0;
  const n = Number(v.trim());
  return n < -2147483648 || n > 2147483647 ? 0 : n;
}

function readyTime(pod: Pod): number | undefined {
  const c = podCondition(pod, 'Ready');
  return c?.status === 'True' ? parseTime(c.lastTransitionTime) : undefined;
}

function maxRestarts(pod: Pod): number {
  let m = 0;
  for (const c of pod.status?.containerStatuses ?? []) m = Math.max(m, c.restartCount ?? 0);
  return m;
}

/**
 * LogarithmicScaleDown: ages are bucketed by floor(log2(age in nanoseconds)) so that pods of
 * about the same age count as equal and UIDs break the tie (spreading deletions randomly).
 */
function logBucket(t: number, now: number): number {
  const ns = (now - t) * 1e6;
  return ns > 0 ? Math.floor(Math.log2(ns)) : -1;
}

/** afterOrZero: a zero time sorts first, otherwise the later time. */
function afterOrZero(t1: number | undefined, t2: number | undefined): boolean {
  if (t1 === undefined || t2 === undefined) return t1 === undefined;
  return t1 > t2;
}

/** Compares by the log2 bucket of two times, then by UID, as ActivePodsWithRanks does. */
function logCompare(a: Pod, b: Pod, ta: number | undefined, tb: number | undefined, now: number): boolean {
  if (ta === undefined || tb === undefined) return afterOrZero(ta, tb);
  const diff = logBucket(ta, now) - logBucket(tb, now);
  if (diff === 0) return a.metadata.uid < b.metadata.uid;
  return diff < 0;
}

/** ActivePodsWithRanks.Less: true when `a` should be deleted before `b`. */
export function deletesBefore(a: Pod, rankA: number, b: Pod, rankB: number, now: number): boolean {
  const na = a.spec?.nodeName ?? '';
  const nb = b.spec?.nodeName ?? '';
  // 1. unassigned < assigned
  if (na !== nb && (na === '' || nb === '')) return na === '';
  // 2. Pending < Unknown < Running
  const pa = PHASE_ORDINAL[a.status?.phase ?? ''] ?? 0;
  const pb = PHASE_ORDINAL[b.status?.phase ?? ''] ?? 0;
  if (pa !== pb) return pa < pb;
  // 3. not ready < ready
  const ra = isPodReady(a);
  const rb = isPodReady(b);
  if (ra !== rb) return !ra;
  // 4. lower pod-deletion-cost first
  const ca = deletionCost(a);
  const cb = deletionCost(b);
  if (ca !== cb) return ca < cb;
  // 5. more related pods on the same node first
  if (rankA !== rankB) return rankA > rankB;
  // 6. both ready: more recently ready first (log-bucketed)
  if (ra && rb) {
    const ta = readyTime(a);
    const tb = readyTime(b);
    if (ta !== tb) return logCompare(a, b, ta, tb, now);
  }
  // 7. more restarts first
  const xa = maxRestarts(a);
  const xb = maxRestarts(b);
  if (xa !== xb) return xa > xb;
  // 8. newer first (log-bucketed)
  const ka = parseTime(a.metadata.creationTimestamp);
  const kb = parseTime(b.metadata.creationTimestamp);
  if (ka !== kb) return logCompare(a, b, ka, kb, now);
  return false;
}

/** Ranks each pod by how many active related pods share its node (getPodsRankedByRelatedPodsOnSameNode). */
export function rankByRelatedPodsOnSameNode(pods: Pod[], related: Pod[]): number[] {
  const onNode = new Map<string, number>();
  for (const p of related) {
    if (!isPodActive(p)) continue;
    const n = p.spec?.nodeName ?? '';
    onNode.set(n, (onNode.get(n) ?? 0) + 1);
  }
  return pods.map((p) => onNode.get(p.spec?.nodeName ?? '') ?? 0);
}

/** getPodsToDelete: the first `diff` pods in deletion order (no sort when all of them go). */
export function podsToDelete(pods: Pod[], related: Pod[], diff: number, now: number): Pod[] {
  if (diff >= pods.length) return pods.slice(0, diff);
  const ranks = rankByRelatedPodsOnSameNode(pods, related);
  const order = pods.map((_, i) => i);
  order.sort((i, j) => (deletesBefore(pods[i], ranks[i], pods[j], ranks[j], now) ? -1 : deletesBefore(pods[j], ranks[j], pods[i], ranks[i], now) ? 1 : 0));
  return order.slice(0, diff).map((i) => pods[i]);
}
