// Running manifest documents through create or apply, one by one as kubectl does: an API error
// for one document is reported and the next is still tried; a parse error stops the stream.
// Client-side apply keeps the kubectl.kubernetes.io/last-applied-configuration annotation and
// three-way merges (live, last applied, manifest) so fields dropped from the manifest are
// removed and fields only others set (replicas after `kubectl scale`) are kept.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go, cmd/create/create.go]
// Simplification: strategic merge patch is approximated: lists of maps that all carry `name`
// (containers, env, volumes) or `containerPort` merge item by item; other lists are replaced.
import { StatusError } from '../../api/errors';
import type { KindInfo } from '../../api/kinds';
import { checkDecoding } from '../../api/validation/known-fields';
import type { KObject, NewObject } from '../../objects/types';
import type { KubectlContext, KubectlResult } from '../context';
import { formatApiError } from '../errors';
import { filenameError, readManifest } from '../manifest';
import { nestsDeeperThan } from '../nesting';
import { sortKeys } from '../printers/structured';
import { getObject } from '../resources';
import { type DryRun, collect, printMutation, tryApi } from './object-common';
import { getOwn, hasOwn, setOwn } from '../../util/own';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

type Json = Record<string, unknown>;
const isMap = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** Three-way merge of maps: set what the manifest sets, drop what only the last apply set. */
export function threeWayMerge(live: Json, original: Json, modified: Json): Json {
  // Keys are the user's (ConfigMap data may hold `__proto__` or `constructor`): own members only.
  const out: Json = { ...live };
  for (const [k, v] of Object.entries(modified)) {
    const l = getOwn(live, k);
    const o = getOwn(original, k);
    if (v === null) delete out[k];
    else if (isMap(v) && isMap(l)) setOwn(out, k, threeWayMerge(l, isMap(o) ? o : {}, v));
    else if (Array.isArray(v) && Array.isArray(l)) setOwn(out, k, mergeList(l, Array.isArray(o) ? o : [], v));
    else setOwn(out, k, structuredClone(v));
  }
  for (const k of Object.keys(original)) if (!hasOwn(modified, k)) delete out[k];
  return out;
}

function mergeKey(list: unknown[]): string | undefined {
  for (const key of ['name', 'containerPort']) if (list.length && list.every((i) => isMap(i) && key in i)) return key;
  return undefined;
}

/** Merges a list by its merge key (patchMergeKey), keeping server-filled fields of each item. */
function mergeList(live: unknown[], original: unknown[], modified: unknown[]): unknown[] {
  const key = mergeKey(modified);
  if (!key || !live.every((i) => isMap(i))) return structuredClone(modified);
  const find = (list: unknown[], v: unknown) => list.find((i) => isMap(i) && i[key] === v) as Json | undefined;
  return modified.map((m) => {
    const l = find(live, (m as Json)[key]);
    return l ? threeWayMerge(l, find(original, (m as Json)[key]) ?? {}, m as Json) : structuredClone(m);
  });
}

/**
 * The annotation's value as kubectl writes it (apply.GetModifiedConfiguration): the manifest
 * without the annotation itself, its annotations left as an empty map when that was the only one,
 * encoded the way Go encodes an unstructured object (every map's keys sorted), plus "\n".
 */
// Both copy only the top and metadata: sortKeys builds new objects and the api server clones
// what it stores, and a deep copy of a megabytes manifest cost a second under the fuzz bench.
function lastAppliedOf(obj: NewObject): string {
  const copy = { ...obj } as Json & { metadata?: Json };
  const ann = isMap(copy.metadata?.annotations) ? { ...(copy.metadata.annotations as Json) } : {};
  delete ann[LAST_APPLIED];
  copy.metadata = { ...copy.metadata, annotations: ann };
  return `${JSON.stringify(sortKeys(copy))}\n`;
}

function withAnnotation(obj: NewObject, value: string): NewObject {
  const copy = { ...obj };
  copy.metadata = { ...copy.metadata, annotations: { ...copy.metadata?.annotations, [LAST_APPLIED]: value } };
  return copy;
}

export interface ManifestRunOptions {
  mode: 'create' | 'apply';
  namespace: string;
  /** -n given explicitly: a manifest naming another namespace is refused. */
  explicitNamespace: boolean;
  dryRun: DryRun;
  output: string;
  /** --save-config on create writes the annotation too. */
  saveConfig?: boolean;
  /** The file name errors quote (`error when creating "<source>"`): STDIN, or the URL read. */
  source?: string;
}

function createOne(ctx: KubectlContext, obj: NewObject, opts: ManifestRunOptions, source: string): { out?: string; error?: string } {
  if (opts.dryRun === 'client') {
    // Printing does not change it: no deep copy (a megabytes manifest cost tens of ms each).
    const shown = { ...obj, metadata: { ...obj.metadata } } as KObject;
    return { out: printMutation(shown, 'created', opts.output, 'client') };
  }
  const r = tryApi(() => ctx.api.create(obj, 'kubectl', { dryRun: opts.dryRun === 'server' }), `error when creating "${source}"`);
  if (r.error) return { error: r.error };
  return { out: printMutation(r.value as KObject, 'created', opts.output, opts.dryRun) };
}

function applyOne(ctx: KubectlContext, info: KindInfo, obj: NewObject, opts: ManifestRunOptions, source: string): { out?: string; error?: string } {
  const annotated = withAnnotation(obj, lastAppliedOf(obj));
  const ns = (obj.metadata?.namespace as string) || opts.namespace;
  const name = obj.metadata?.name ?? '';
  const found = tryApi(() => getObject(ctx, info, ns, name));
  if (!found.value) return createOne(ctx, annotated, opts, source);
  const live = found.value;
  let original: Json = {};
  try {
    const raw = live.metadata.annotations?.[LAST_APPLIED];
    if (raw) original = JSON.parse(raw) as Json;
  } catch {
    original = {};
  }
  const merged = threeWayMerge(live as unknown as Json, original, annotated as Json) as unknown as KObject;
  merged.metadata = { ...merged.metadata, resourceVersion: live.metadata.resourceVersion };
  if (JSON.stringify(merged) === JSON.stringify(live)) return { out: printMutation(live, 'unchanged', opts.output, opts.dryRun) };
  if (opts.dryRun === 'client') return { out: printMutation(merged, 'configured', opts.output, 'client') };
  const r = tryApi(() => ctx.api.update(merged, 'kubectl', undefined, { dryRun: opts.dryRun === 'server' }), `error when applying patch to "${source}"`);
  if (r.error) return { error: r.error };
  return { out: printMutation(r.value as KObject, 'configured', opts.output, opts.dryRun) };
}

/**
 * Deeper than any object that decodes: typed fields end within ~20 levels and the untyped ones
 * are bounded by known-fields.ts's ANY_MAX_DEPTH. Such a document is answered with the server's
 * decoding error before kubectl's own recursive steps (copies, the last-applied annotation, the
 * merge) walk it. Simplified: the error is worded as for a create, also when apply would patch.
 */
const MAX_DECODABLE_DEPTH = 100;

function decodingRejection(info: KindInfo, obj: NewObject, source: string): string | undefined {
  try {
    checkDecoding(info.kind, info.version, obj, true);
  } catch (e) {
    if (e instanceof StatusError) return formatApiError(e, `error when creating "${source}"`);
    throw e;
  }
  return undefined;
}

/** `create -f` / `apply -f`: every document in order; errors collected, exit 1 if any. */
export function runManifest(ctx: KubectlContext, files: string[], stdin: string | undefined, opts: ManifestRunOptions): KubectlResult {
  const bad = filenameError(files);
  if (bad) return { stdout: '', stderr: `${bad}\n`, exitCode: 1 };
  const source = opts.source ?? 'STDIN';
  const manifest = readManifest(stdin ?? '', source);
  const out: string[] = [];
  const errors: string[] = [];
  for (const item of manifest.items) {
    if ('error' in item) {
      errors.push(item.error);
      continue;
    }
    const rejected = nestsDeeperThan(item.obj, MAX_DECODABLE_DEPTH) ? decodingRejection(item.info, item.obj, source) : undefined;
    if (rejected) {
      errors.push(rejected);
      continue;
    }
    // The document was decoded for this call alone and the API server copies what it stores, so
    // only the top (its metadata is replaced below) is copied.
    const obj = { ...item.obj };
    if (item.info.namespaced) {
      const own = obj.metadata?.namespace;
      if (own && opts.explicitNamespace && own !== opts.namespace) {
        errors.push(`error: the namespace from the provided object "${own}" does not match the namespace "${opts.namespace}". You must pass '--namespace=${own}' to perform this operation.`);
        continue;
      }
      obj.metadata = { ...obj.metadata, namespace: own || opts.namespace };
    }
    const r = opts.mode === 'apply' ? applyOne(ctx, item.info, obj, opts, source) : createOne(ctx, opts.saveConfig ? withAnnotation(obj, lastAppliedOf(item.obj)) : obj, opts, source);
    if (r.out) out.push(r.out);
    if (r.error) errors.push(r.error);
  }
  if (manifest.streamError) errors.push(manifest.streamError);
  else if (manifest.items.length === 0) errors.push(`error: no objects passed to ${opts.mode}`);
  return collect(out, errors);
}
