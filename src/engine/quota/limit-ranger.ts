// The LimitRanger admission plugin for pods: each LimitRange of the namespace fills a container's
// missing requests and limits from its Container item's defaultRequest and default (and says so in
// the `kubernetes.io/limit-ranger` annotation), then min, max and maxLimitRequestRatio are enforced
// with the real texts. [k8s: plugin/pkg/admission/limitranger/admission.go
// mergeContainerResources, mergePodResourceRequirements, defaultContainerResourceRequirements,
// PodValidateLimitFunc, minConstraint, maxConstraint, limitRequestRatioConstraint]
// Simplified: Pod-type items (sums over the pod) and PersistentVolumeClaim items are not enforced.
import { registerMutatingAdmission, registerValidatingAdmission } from '../api/admission';
import { apiErrors, goQuote } from '../api/errors';
import { type KindInfo, qualifiedResource } from '../api/kinds';
import type { StrategyContext } from '../api/strategy';
import type { KObject } from '../objects/types';
import { type Qty, cmp, format, parseList, qty } from './quantity';

export const LIMIT_RANGER_ANNOTATION = 'kubernetes.io/limit-ranger';

// biome-ignore lint/suspicious/noExplicitAny: pod specs are walked as plain JSON.
type Json = any;

function limitRanges(ctx: StrategyContext, ns: string | undefined): KObject[] {
  if (ctx.store.count('limitranges') === 0) return [];
  return ctx.store.list('limitranges', ns).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}

function containerItems(lr: KObject): Json[] {
  return (Array.isArray(lr.spec?.limits) ? lr.spec.limits : []).filter((i: Json) => i?.type === 'Container');
}

function mergeContainer(c: Json, defaults: { limits: Record<string, unknown>; requests: Record<string, unknown> }, prefix: string, notes: string[]): void {
  if (!c || typeof c !== 'object') return;
  const resources = (c.resources ??= {});
  const limits = (resources.limits ??= {});
  const requests = (resources.requests ??= {});
  const setLimits: string[] = [];
  const setRequests: string[] = [];
  for (const [k, v] of Object.entries(defaults.limits)) {
    if (!Object.hasOwn(limits, k)) {
      limits[k] = v;
      setLimits.push(k);
    }
  }
  for (const [k, v] of Object.entries(defaults.requests)) {
    if (!Object.hasOwn(requests, k)) {
      requests[k] = v;
      setRequests.push(k);
    }
  }
  if (!Object.keys(limits).length) delete resources.limits;
  if (!Object.keys(requests).length) delete resources.requests;
  if (setRequests.length) notes.push(`${setRequests.sort().join(', ')} request for ${prefix} ${c.name}`);
  if (setLimits.length) notes.push(`${setLimits.sort().join(', ')} limit for ${prefix} ${c.name}`);
}

/** Admit: defaults from each LimitRange in turn, and the annotation naming what was set. */
export function admitLimitRangerDefaults(info: KindInfo, pod: KObject, ctx: StrategyContext): void {
  if (info.kind !== 'Pod' || !pod.spec || typeof pod.spec !== 'object') return;
  for (const lr of limitRanges(ctx, pod.metadata.namespace)) {
    const defaults = { limits: {} as Record<string, unknown>, requests: {} as Record<string, unknown> };
    for (const item of containerItems(lr)) {
      Object.assign(defaults.requests, item.defaultRequest ?? {});
      Object.assign(defaults.limits, item.default ?? {});
    }
    if (!Object.keys(defaults.limits).length && !Object.keys(defaults.requests).length) continue;
    const notes: string[] = [];
    const spec: Json = pod.spec;
    for (const c of Array.isArray(spec.containers) ? spec.containers : []) mergeContainer(c, defaults, 'container', notes);
    for (const c of Array.isArray(spec.initContainers) ? spec.initContainers : []) mergeContainer(c, defaults, 'init container', notes);
    if (notes.length) pod.metadata.annotations = { ...(pod.metadata.annotations ?? {}), [LIMIT_RANGER_ANNOTATION]: `LimitRanger plugin set: ${notes.join('; ')}` };
  }
}

function text(list: unknown, k: string): string {
  return format(qty((list as Record<string, unknown>)[k]) as Qty);
}

function minConstraint(k: string, enforced: Qty, requests: Map<string, Qty>, limits: Map<string, Qty>, raw: Json): string | undefined {
  const e = format(enforced);
  const req = requests.get(k);
  const lim = limits.get(k);
  if (!req) return `minimum ${k} usage per Container is ${e}.  No request is specified`;
  if (cmp(req, enforced) < 0) return `minimum ${k} usage per Container is ${e}, but request is ${text(raw.requests, k)}`;
  if (lim && cmp(lim, enforced) < 0) return `minimum ${k} usage per Container is ${e}, but limit is ${text(raw.limits, k)}`;
  return undefined;
}

function maxConstraint(k: string, enforced: Qty, requests: Map<string, Qty>, limits: Map<string, Qty>, raw: Json): string | undefined {
  const e = format(enforced);
  const req = requests.get(k);
  const lim = limits.get(k);
  if (!lim) return `maximum ${k} usage per Container is ${e}.  No limit is specified`;
  if (cmp(lim, enforced) > 0) return `maximum ${k} usage per Container is ${e}, but limit is ${text(raw.limits, k)}`;
  if (req && cmp(req, enforced) > 0) return `maximum ${k} usage per Container is ${e}, but request is ${text(raw.requests, k)}`;
  return undefined;
}

function ratioConstraint(k: string, enforced: Qty, requests: Map<string, Qty>, limits: Map<string, Qty>): string | undefined {
  const e = format(enforced);
  const req = requests.get(k);
  const lim = limits.get(k);
  if (!req || req.milli === 0n) return `${k} max limit to request ratio per Container is ${e}, but no request is specified or request is 0`;
  if (!lim || lim.milli === 0n) return `${k} max limit to request ratio per Container is ${e}, but no limit is specified or limit is 0`;
  const observed = Number(lim.milli) / Number(req.milli);
  if (observed * 1000 > Number(enforced.milli)) return `${k} max limit to request ratio per Container is ${e}, but provided ratio is ${observed.toFixed(6)}`;
  return undefined;
}

/** Validate: every container within each Container item's min, max and ratio; all failures aggregated. */
export function validateLimitRanger(info: KindInfo, pod: KObject, ctx: StrategyContext): void {
  if (info.kind !== 'Pod' || !pod.spec || typeof pod.spec !== 'object') return;
  const errs: string[] = [];
  const spec: Json = pod.spec;
  const containers: Json[] = [...(Array.isArray(spec.containers) ? spec.containers : []), ...(Array.isArray(spec.initContainers) ? spec.initContainers : [])];
  for (const lr of limitRanges(ctx, pod.metadata.namespace)) {
    for (const item of containerItems(lr)) {
      for (const c of containers) {
        const raw = c?.resources ?? {};
        const requests = parseList(raw.requests);
        const limits = parseList(raw.limits);
        for (const [k, v] of parseList(item.min)) {
          const e = minConstraint(k, v, requests, limits, raw);
          if (e) errs.push(e);
        }
        for (const [k, v] of parseList(item.max)) {
          const e = maxConstraint(k, v, requests, limits, raw);
          if (e) errs.push(e);
        }
        for (const [k, v] of parseList(item.maxLimitRequestRatio)) {
          const e = ratioConstraint(k, v, requests, limits);
          if (e) errs.push(e);
        }
      }
    }
  }
  if (!errs.length) return;
  // utilerrors.NewAggregate: one error as is, several as [a, b].
  const msg = errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`;
  throw apiErrors.forbidden(`${qualifiedResource(info)} ${goQuote(ctx.requestName ?? pod.metadata.name)} is forbidden: ${msg}`);
}

registerMutatingAdmission(admitLimitRangerDefaults);
registerValidatingAdmission(validateLimitRanger);
