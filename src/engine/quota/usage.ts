// What one object costs a ResourceQuota: the quota evaluators. Pods count `pods` and their compute
// requests/limits (`cpu`/`requests.cpu`, `limits.cpu`, the same for memory); Services count
// `services` and their node ports and load balancers; PVCs count claims and `requests.storage`;
// every namespaced kind counts `count/<resource>[.<group>]`, and the legacy object-count names
// (configmaps, secrets, ...). Pod scopes (Terminating, BestEffort, ...) decide which quotas match.
// [k8s: pkg/quota/v1/evaluator/core/pods.go (PodUsageFunc, podComputeUsageHelper, Constraints,
//  QuotaV1Pod, podMatchesScopeFunc), services.go, persistent_volume_claims.go,
//  pkg/quota/v1/generic/evaluator.go (object count), pkg/apis/core/helper/qos]
// Simplified: no PriorityClass / CrossNamespacePodAffinity scope matching (quotas naming them
// match every pod), no per-StorageClass claim resources, no ephemeral-storage or hugepages.
import { kindInfo } from '../api/kinds';
import type { KObject } from '../objects/types';
import { type Qty, add, parseList, qty } from './quantity';

export type Usage = Map<string, Qty>;

const ONE: Qty = { milli: 1000n, binary: false };

/** Legacy object-count names (quota.ObjectCountQuotaResourceNameFor's short forms). */
const LEGACY_COUNTS: Record<string, string> = {
  Pod: 'pods',
  Service: 'services',
  ConfigMap: 'configmaps',
  Secret: 'secrets',
  PersistentVolumeClaim: 'persistentvolumeclaims',
  ReplicationController: 'replicationcontrollers',
  ResourceQuota: 'resourcequotas',
};

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
type Json = any;

/** `count/pods`, `count/deployments.apps`. */
export function countResourceName(kind: string): string | undefined {
  const info = kindInfo(kind);
  if (!info) return undefined;
  return info.group ? `count/${info.resource}.${info.group}` : `count/${info.resource}`;
}

/** QuotaV1Pod: terminal pods no longer count. */
export function podCounts(pod: KObject): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed';
}

function addTo(u: Usage, k: string, q: Qty): void {
  const cur = u.get(k);
  u.set(k, cur ? add(cur, q) : q);
}

/** resource.PodRequests / PodLimits: sum of app containers, at least the largest init container, plus overhead. */
function podResources(spec: Json, field: 'requests' | 'limits'): Usage {
  const sum: Usage = new Map();
  for (const c of spec?.containers ?? []) for (const [k, v] of parseList(c?.resources?.[field])) addTo(sum, k, v);
  for (const c of spec?.initContainers ?? []) {
    for (const [k, v] of parseList(c?.resources?.[field])) {
      const cur = sum.get(k);
      if (!cur || cur.milli < v.milli) sum.set(k, v);
    }
  }
  for (const [k, v] of parseList(spec?.overhead)) if (sum.has(k)) addTo(sum, k, v);
  return sum;
}

/** podComputeUsageHelper over a requests and a limits list. */
function computeUsage(requests: Usage, limits: Usage): Usage {
  const u: Usage = new Map();
  for (const r of ['cpu', 'memory'] as const) {
    const req = requests.get(r);
    if (req) {
      u.set(r, req);
      u.set(`requests.${r}`, req);
    }
    const lim = limits.get(r);
    if (lim) u.set(`limits.${r}`, lim);
  }
  return u;
}

export function podUsage(pod: KObject): Usage {
  const u: Usage = new Map();
  if (!podCounts(pod)) return u;
  u.set('pods', ONE);
  u.set('count/pods', ONE);
  for (const [k, v] of computeUsage(podResources(pod.spec, 'requests'), podResources(pod.spec, 'limits'))) u.set(k, v);
  return u;
}

/** The usage of any object a quota can count. */
export function usageOf(obj: KObject): Usage {
  if (obj.kind === 'Pod') return podUsage(obj);
  const u: Usage = new Map();
  const count = countResourceName(obj.kind);
  if (count) u.set(count, ONE);
  const legacy = LEGACY_COUNTS[obj.kind];
  if (legacy) u.set(legacy, ONE);
  if (obj.kind === 'Service') {
    const type = obj.spec?.type;
    if (type === 'NodePort' || type === 'LoadBalancer') u.set('services.nodeports', { milli: BigInt((obj.spec?.ports ?? []).length) * 1000n, binary: false });
    if (type === 'LoadBalancer') u.set('services.loadbalancers', ONE);
  }
  if (obj.kind === 'PersistentVolumeClaim') {
    const storage = qty(obj.spec?.resources?.requests?.storage);
    if (storage) u.set('requests.storage', storage);
  }
  return u;
}

function isBestEffort(pod: KObject): boolean {
  for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])] as Json[]) {
    for (const field of ['requests', 'limits']) {
      const list = c?.resources?.[field] ?? {};
      if ('cpu' in list || 'memory' in list) return false;
    }
  }
  return true;
}

/** Whether a quota with these scopes counts this object (scopes only ever match pods). */
export function matchesScopes(quota: KObject, obj: KObject): boolean {
  const scopes: string[] = quota.spec?.scopes ?? [];
  if (!scopes.length) return true;
  if (obj.kind !== 'Pod') return false;
  for (const s of scopes) {
    const terminating = obj.spec?.activeDeadlineSeconds != null && obj.spec.activeDeadlineSeconds >= 0;
    if (s === 'Terminating' && !terminating) return false;
    if (s === 'NotTerminating' && terminating) return false;
    if (s === 'BestEffort' && !isBestEffort(obj)) return false;
    if (s === 'NotBestEffort' && isBestEffort(obj)) return false;
  }
  return true;
}

const VALIDATION_SET = ['cpu', 'limits.cpu', 'limits.memory', 'memory', 'requests.cpu', 'requests.memory'];

/**
 * podEvaluator.Constraints: when a quota limits cpu or memory, every container must say so.
 * Returns `must specify limits.cpu for: a,b; limits.memory for: a` or undefined.
 */
export function podConstraints(pod: KObject, required: string[]): string | undefined {
  const requiredSet = required.filter((r) => VALIDATION_SET.includes(r));
  if (!requiredSet.length) return undefined;
  const missing = new Map<string, Set<string>>();
  for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])] as Json[]) {
    const have = computeUsage(parseList(c?.resources?.requests), parseList(c?.resources?.limits));
    for (const r of requiredSet) {
      if (have.has(r)) continue;
      let s = missing.get(r);
      if (!s) missing.set(r, (s = new Set()));
      s.add(String(c?.name ?? ''));
    }
  }
  if (!missing.size) return undefined;
  const parts = [...missing.keys()].sort().map((r) => `${r} for: ${[...(missing.get(r) as Set<string>)].sort().join(',')}`);
  return `must specify ${parts.join('; ')}`;
}
