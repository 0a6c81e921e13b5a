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

/** The rules of ActivePodsWithRanks.Less, in order, as a learner reads them ("Why was this pod removed?"). */
export const RANKING_RULES = [
  'not yet scheduled to a node, while the other was',
  'in an earlier phase (Pending before Unknown before Running)',
  'not Ready, while the other was',
  'a lower pod-deletion-cost annotation',
  'more pods of the same workload on its node',
  'Ready more recently',
  'more container restarts',
  'created more recently',
] as const;

/**
 * ActivePodsWithRanks.Less, saying which rule decided: the rule's index in RANKING_RULES and
 * whether `a` goes before `b`; undefined when no rule tells them apart.
 */
export function rankingRule(a: Pod, rankA: number, b: Pod, rankB: number, now: number): { rule: number; before: boolean } | undefined {
  const na = a.spec?.nodeName ?? '';
  const nb = b.spec?.nodeName ?? '';
  // 1. unassigned < assigned
  if (na !== nb && (na === '' || nb === '')) return { rule: 0, before: na === '' };
  // 2. Pending < Unknown < Running
  const pa = PHASE_ORDINAL[a.status?.phase ?? ''] ?? 0;
  const pb = PHASE_ORDINAL[b.status?.phase ?? ''] ?? 0;
  if (pa !== pb) return { rule: 1, before: pa < pb };
  // 3. not ready < ready
  const ra = isPodReady(a);
  const rb = isPodReady(b);
  if (ra !== rb) return { rule: 2, before: !ra };
  // 4. lower pod-deletion-cost first
  const ca = deletionCost(a);
  const cb = deletionCost(b);
  if (ca !== cb) return { rule: 3, before: ca < cb };
  // 5. more related pods on the same node first
  if (rankA !== rankB) return { rule: 4, before: rankA > rankB };
  // 6. both ready: more recently ready first (log-bucketed)
  if (ra && rb) {
    const ta = readyTime(a);
    const tb = readyTime(b);
    if (ta !== tb) return { rule: 5, before: logCompare(a, b, ta, tb, now) };
  }
  // 7. more restarts first
  const xa = maxRestarts(a);
  const xb = maxRestarts(b);
  if (xa !== xb) return { rule: 6, before: xa > xb };
  // 8. newer first (log-bucketed)
  const ka = parseTime(a.metadata.creationTimestamp);
  const kb = parseTime(b.metadata.creationTimestamp);
  if (ka !== kb) return { rule: 7, before: logCompare(a, b, ka, kb, now) };
  return undefined;
}

/** ActivePodsWithRanks.Less: true when `a` should be deleted before `b`. */
export function deletesBefore(a: Pod, rankA: number, b: Pod, rankB: number, now: number): boolean {
  return rankingRule(a, rankA, b, rankB, now)?.before ?? false;
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

/** A pod chosen for deletion, with the rule that put it ahead of the first pod kept (for "Why?"). */
export interface RankedVictim {
  pod: Pod;
  rule?: string;
  vs?: string;
}

/** getPodsToDelete: the first `diff` pods in deletion order (no sort when all of them go). */
export function podsToDelete(pods: Pod[], related: Pod[], diff: number, now: number): Pod[] {
  return rankedVictims(pods, related, diff, now).map((v) => v.pod);
}

/** podsToDelete, each victim with the ranking rule that told it from the best pod kept. */
export function rankedVictims(pods: Pod[], related: Pod[], diff: number, now: number): RankedVictim[] {
  if (diff >= pods.length) return pods.slice(0, diff).map((pod) => ({ pod }));
  const ranks = rankByRelatedPodsOnSameNode(pods, related);
  const order = pods.map((_, i) => i);
  order.sort((i, j) => (deletesBefore(pods[i], ranks[i], pods[j], ranks[j], now) ? -1 : deletesBefore(pods[j], ranks[j], pods[i], ranks[i], now) ? 1 : 0));
  const kept = order[diff];
  return order.slice(0, diff).map((i) => {
    const r = rankingRule(pods[i], ranks[i], pods[kept], ranks[kept], now);
    return r ? { pod: pods[i], rule: RANKING_RULES[r.rule], vs: pods[kept].metadata.name } : { pod: pods[i], vs: pods[kept].metadata.name };
  });
}
