// The ResourceQuota admission plugin: a create in a namespace with quotas is checked against each
// matching quota's status (hard and used), refused with the real texts, and, once admitted, its
// usage is added to the quotas' status.used at once (the controller recounts later).
// [k8s: staging/src/k8s.io/apiserver/pkg/admission/plugin/resourcequota/controller.go checkRequest,
//  prettyPrint, hasUsageStats; admission.NewForbidden]
// Simplified: creates only (updates never change what the modelled kinds cost); one request at a
// time, so there is no conflict retry.
import { type AdmissionContext, registerValidatingAdmission } from '../api/admission';
import { apiErrors, goQuote } from '../api/errors';
import { type KindInfo, qualifiedResource } from '../api/kinds';
import type { KObject } from '../objects/types';
import { type Qty, ZERO, add, cmp, format, parseList } from './quantity';
import { countResourceName, matchesScopes, podConstraints, usageOf } from './usage';

const POD_RESOURCES = ['pods', 'count/pods', 'cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'];

/** evaluator.MatchingResources: the quota names this kind's evaluator speaks for. */
function matchingResources(kind: string, names: string[]): string[] {
  if (kind === 'Pod') return names.filter((n) => POD_RESOURCES.includes(n));
  const count = countResourceName(kind);
  const legacy: Record<string, string[]> = {
    Service: ['services', 'services.nodeports', 'services.loadbalancers'],
    ConfigMap: ['configmaps'],
    Secret: ['secrets'],
    PersistentVolumeClaim: ['persistentvolumeclaims', 'requests.storage'],
    ReplicationController: ['replicationcontrollers'],
    ResourceQuota: ['resourcequotas'],
  };
  const own = [...(legacy[kind] ?? []), ...(count ? [count] : [])];
  return names.filter((n) => own.includes(n));
}

/** prettyPrint: `k=v` sorted by name, joined by commas. */
export function prettyPrint(list: Map<string, Qty>): string {
  return [...list.keys()]
    .sort()
    .map((k) => `${k}=${format(list.get(k) as Qty)}`)
    .join(',');
}

function mask(list: Map<string, Qty>, names: Iterable<string>): Map<string, Qty> {
  const out = new Map<string, Qty>();
  for (const n of names) out.set(n, list.get(n) ?? ZERO);
  return out;
}

export function admitQuota(info: KindInfo, obj: KObject, ctx: AdmissionContext): void {
  if (!info.namespaced || ctx.store.count('resourcequotas') === 0) return;
  const quotas = ctx.store.list('resourcequotas', obj.metadata.namespace).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  if (!quotas.length) return;
  const forbidden = (msg: string) => apiErrors.forbidden(`${qualifiedResource(info)} ${goQuote(ctx.requestName)} is forbidden: ${msg}`);
  const interesting: KObject[] = [];
  for (const q of quotas) {
    if (!matchesScopes(q, obj)) continue;
    const hard = Object.keys(q.status?.hard ?? {});
    const restricted = matchingResources(info.kind, hard);
    if (info.kind === 'Pod') {
      const err = podConstraints(obj, restricted);
      if (err) throw forbidden(`failed quota: ${q.metadata.name}: ${err}`);
    }
    const used = q.status?.used ?? {};
    const missing = restricted.filter((r) => !Object.hasOwn(used, r));
    if (missing.length) throw forbidden(`status unknown for quota: ${q.metadata.name}, resources: ${[...restricted].sort().join(',')}`);
    if (restricted.length) interesting.push(q);
  }
  if (!interesting.length) return;
  const delta = usageOf(obj);
  const updates: KObject[] = [];
  for (const q of interesting) {
    const hard = parseList(q.status?.hard);
    const used = parseList(q.status?.used);
    const requested = new Map([...delta].filter(([k]) => hard.has(k)));
    if (!requested.size) continue;
    const exceeded: string[] = [];
    const next = new Map(used);
    for (const [k, v] of requested) {
      const sum = add(used.get(k) ?? ZERO, v);
      next.set(k, sum);
      if (cmp(sum, hard.get(k) as Qty) > 0) exceeded.push(k);
    }
    if (exceeded.length)
      throw forbidden(
        `exceeded quota: ${q.metadata.name}, requested: ${prettyPrint(mask(requested, exceeded))}, used: ${prettyPrint(mask(used, exceeded))}, limited: ${prettyPrint(mask(hard, exceeded))}`,
      );
    const usedOut: Record<string, string> = { ...(q.status?.used ?? {}) };
    for (const k of requested.keys()) usedOut[k] = format(next.get(k) as Qty);
    updates.push({ ...q, status: { ...q.status, used: usedOut } });
  }
  if (ctx.dryRun) return;
  for (const u of updates) ctx.updateStatus(u);
}

registerValidatingAdmission(admitQuota);
