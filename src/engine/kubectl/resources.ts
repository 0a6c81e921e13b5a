// What users type for resources — `pods`, `po`, `pod/web`, `deploy web`, `deployments.apps`,
// `deploy,rs`, `all` — resolved to kinds and names as kubectl's resource builder does, plus the
// reads every verb shares (get one, list with a selector, sorted like the API server lists).
// [k8s: staging/src/k8s.io/cli-runtime/pkg/resource/builder.go ResourceTypeOrNameArgs]
import { StatusError, apiErrors } from '../api/errors';
import { KINDS, type KindInfo, resolveResource } from '../api/kinds';
import { type Requirement, SelectorParseError, matchesRequirements, parseSelector } from '../objects/labels';
import type { KObject } from '../objects/types';
import { ArgError } from './args';
import type { KubectlContext } from './context';
import { FieldSelectorError, checkFields, gvrString, matchesFields, parseFieldSelector } from './field-selector';
import type { FlagValues } from './verb';

/** One resource type and the names asked for (`null` = every object that matches the selector). */
export interface ResourceTarget {
  info: KindInfo;
  names: string[] | null;
}

/** `the server doesn't have a resource type "foo"` — an ArgError, printed as `error: …`. */
export function resolveKind(name: string): KindInfo {
  const info = resolveResource(name);
  if (!info) throw new ArgError(`the server doesn't have a resource type "${name}"`);
  return info;
}

/** Group order of `kubectl get all` (discovery order: core first, then by group). */
function allKinds(): KindInfo[] {
  return KINDS.filter((k) => k.categories?.includes('all')).sort((a, b) =>
    a.group === b.group ? (a.resource < b.resource ? -1 : 1) : a.group === '' ? -1 : b.group === '' ? 1 : a.group < b.group ? -1 : 1,
  );
}

/** `deploy,rs` / `all` → kinds, in the order typed (duplicates dropped). */
export function resolveKinds(typed: string): KindInfo[] {
  const out: KindInfo[] = [];
  for (const part of typed.split(',')) {
    if (part === '') continue;
    const kinds = part.toLowerCase() === 'all' ? allKinds() : [resolveKind(part)];
    for (const k of kinds) if (!out.includes(k)) out.push(k);
  }
  return out;
}

const COMBINED_ERROR =
  "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";

/**
 * Resolves positional arguments: `TYPE[,TYPE…] [NAME…]` or `TYPE/NAME…`. Throws ArgError with
 * kubectl's words. An empty list returns [] (each verb words its own "must specify" error).
 */
export function parseResourceArgs(args: string[]): ResourceTarget[] {
  const slashed = args.filter((a) => a.includes('/')).length;
  if (slashed > 0) {
    if (slashed !== args.length) throw new ArgError(COMBINED_ERROR);
    const targets: ResourceTarget[] = [];
    for (const a of args) {
      const seg = a.split('/');
      if (seg.length !== 2) throw new ArgError('arguments in resource/name form may not have more than one slash');
      if (!seg[0] || !seg[1]) throw new ArgError('arguments in resource/name form must have a single resource and name');
      const info = resolveKind(seg[0]);
      const last = targets[targets.length - 1];
      // Consecutive names of one type print as one table, as the builder's visitors do.
      if (last && last.info === info) (last.names as string[]).push(seg[1]);
      else targets.push({ info, names: [seg[1]] });
    }
    return targets;
  }
  if (args.length === 0) return [];
  const kinds = resolveKinds(args[0]);
  const names = args.length > 1 ? args.slice(1) : null;
  return kinds.map((info) => ({ info, names: names ? [...names] : null }));
}

/** The namespace a command works in: -n, else the current context's (kubeconfig.ts), else `default`. */
export function namespaceFlag(flags: FlagValues): string {
  const ns = flags.namespace;
  if (typeof ns === 'string' && ns !== '') return ns;
  const fromContext = flags[CONTEXT_NAMESPACE];
  return typeof fromContext === 'string' && fromContext !== '' ? fromContext : 'default';
}

/**
 * Where run.ts leaves the current context's namespace among the flags: a name no typed flag can
 * have (it starts with a space), so `-n` stays the only explicit namespace (create and apply tell
 * them apart, as kubectl's EnforceNamespace does).
 */
export const CONTEXT_NAMESPACE = ' context-namespace';

/** -l: parsed requirements; a bad selector is the API server's 400. */
export function selectorFlag(flags: FlagValues): Requirement[] {
  const raw = flags.selector;
  if (typeof raw !== 'string' || raw === '') return [];
  try {
    return parseSelector(raw);
  } catch (e) {
    if (e instanceof SelectorParseError) throw apiErrors.badRequest(e.message);
    throw e;
  }
}

/** API server list order: by namespace, then name (etcd key order). */
export function byKey(a: KObject, b: KObject): number {
  const an = a.metadata.namespace ?? '';
  const bn = b.metadata.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

/** Lists a type in one namespace (or all with `undefined`), filtered by -l, in API order. */
export function listObjects(ctx: KubectlContext, info: KindInfo, namespace: string | undefined, selector: Requirement[] = []): KObject[] {
  const objs = ctx.api.store.list(info.resource, info.namespaced ? namespace : undefined);
  return objs.filter((o) => matchesRequirements(selector, o.metadata.labels)).sort(byKey);
}

/**
 * A list request with -l and --field-selector. The server refuses a selector it cannot parse, or
 * a field the kind does not offer, with a 400 that kubectl's resource builder rewords to name
 * the resource and both selectors.
 */
export function listSelected(ctx: KubectlContext, info: KindInfo, namespace: string | undefined, flags: FlagValues): KObject[] {
  const label = typeof flags.selector === 'string' ? flags.selector : '';
  const field = typeof flags['field-selector'] === 'string' ? flags['field-selector'] : '';
  try {
    const labels = selectorFlag(flags);
    const fields = parseFieldSelector(field);
    checkFields(info, fields);
    return listObjects(ctx, info, namespace, labels).filter((o) => matchesFields(info, fields, o));
  } catch (e) {
    const reason = e instanceof FieldSelectorError ? e.message : e instanceof StatusError && e.reason === 'BadRequest' ? e.message : undefined;
    if (reason === undefined) throw e;
    throw apiErrors.badRequest(`Unable to find "${gvrString(info)}" that match label selector "${label}", field selector "${field}": ${reason}`);
  }
}

/** Reads one object; throws the API server's NotFound (`pods "x" not found`). */
export function getObject(ctx: KubectlContext, info: KindInfo, namespace: string, name: string): KObject {
  const obj = ctx.api.store.get(info.resource, info.namespaced ? namespace : undefined, name);
  if (!obj) throw apiErrors.notFound(info, name);
  return obj;
}

/** `No resources found in default namespace.` / `No resources found` (cluster-scoped or -A). */
export function noResourcesMessage(namespace: string | undefined, namespaced: boolean): string {
  return namespaced && namespace !== undefined ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n';
}
