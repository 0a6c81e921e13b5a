// PATCH: the body's media type names the patch (JSON patch, merge patch, strategic merge patch);
// the engine's API server applies it (`api.patch`: patch/patch-request.ts) and the update path
// validates and stores the result, recording the request's field manager in managedFields.
// application/apply-patch+yaml is server-side apply (`api.apply`: apply/server-side-apply.ts):
// YAML or JSON, a fieldManager required, `force` to take over conflicting fields, 201 when it
// created the object.
// The scale subresource: a patch of autoscaling/v1 Scale touches only spec.replicas, so it is
// forwarded as the same patch of the workload's spec.replicas (kubectl scale sends
// `{"spec":{"replicas":N}}` as a merge patch).
// [k8s: staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go PatchResource]
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiErrors } from '../src/engine/api/errors';
import type { KindInfo } from '../src/engine/api/kinds';
import type { KObject } from '../src/engine/objects/types';
import { parse as parseYaml } from 'yaml';
import { fieldManagerOf, queryBool, readBody, sendJson, statusError } from './http-util';
import type { RestContext } from './rest';

type PatchType = 'json' | 'merge' | 'strategic' | 'apply';
const TYPES: Record<string, PatchType> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
};

const UNKNOWN_TYPE =
  'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json';

function patchTypeOf(req: IncomingMessage): PatchType {
  const media = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const type = TYPES[media];
  if (!type) throw statusError(415, 'UnsupportedMediaType', UNKNOWN_TYPE);
  return type;
}

function dryRunOf(query: URLSearchParams): boolean {
  const d = query.getAll('dryRun');
  for (const v of d) if (v !== 'All') throw apiErrors.badRequest(`Invalid dry run value: ${v}`);
  return d.length > 0;
}

function answer(res: ServerResponse, out: { object: KObject; warnings: string[] }, body: unknown): void {
  // Warnings travel as HTTP Warning headers, which kubectl prints as `Warning: …`.
  for (const w of out.warnings) res.appendHeader('Warning', `299 - ${JSON.stringify(w)}`);
  sendJson(res, 200, body);
}

export async function patchObject(
  ctx: RestContext,
  req: IncomingMessage,
  res: ServerResponse,
  info: KindInfo,
  ns: string | undefined,
  name: string,
  query: URLSearchParams,
): Promise<void> {
  const type = patchTypeOf(req);
  const body = (await readBody(req)).toString('utf8');
  if (type === 'apply') return applyObject(ctx, res, info, ns, name, query, body);
  const out = ctx.cluster.api.patch(info.kind, ns, name, body, type, 'kubectl', {
    dryRun: dryRunOf(query),
    fieldManager: fieldManagerOf(req, query),
  });
  answer(res, out, out.object);
}

/** Server-side apply. [k8s: apiserver/pkg/endpoints/handlers/patch.go applyPatcher, rest.go] */
async function applyObject(
  ctx: RestContext,
  res: ServerResponse,
  info: KindInfo,
  ns: string | undefined,
  name: string,
  query: URLSearchParams,
  body: string,
): Promise<void> {
  const manager = query.get('fieldManager');
  if (!manager)
    throw apiErrors.badRequest('PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch');
  let config: unknown;
  try {
    config = parseYaml(body, { maxAliasCount: 100 });
  } catch (e) {
    throw apiErrors.badRequest(`error decoding YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config))
    throw apiErrors.badRequest('error decoding YAML: the body is not an object');
  const validation = query.get('fieldValidation') ?? 'Strict';
  const out = ctx.cluster.api.apply({
    kind: info.kind,
    namespace: ns,
    name,
    config: config as Record<string, unknown>,
    manager,
    force: queryBool(query, 'force') ?? false,
    dryRun: dryRunOf(query),
    strict: validation === 'Strict',
  });
  sendJson(res, out.created ? 201 : 200, out.object);
}

/** A patch of …/scale: only spec.replicas (and a resourceVersion precondition) carry over. */
export async function patchScale(
  ctx: RestContext,
  req: IncomingMessage,
  res: ServerResponse,
  info: KindInfo,
  ns: string | undefined,
  name: string,
  query: URLSearchParams,
  scaleOf: (o: KObject) => unknown,
): Promise<void> {
  const type = patchTypeOf(req);
  if (type === 'apply') throw statusError(415, 'UnsupportedMediaType', UNKNOWN_TYPE);
  const text = (await readBody(req)).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw apiErrors.badRequest(`error decoding patch: ${(e as Error).message}`);
  }
  let forwarded: unknown;
  if (type === 'json') {
    if (!Array.isArray(parsed)) throw apiErrors.badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
    for (const op of parsed as { path?: unknown }[])
      if (typeof op?.path !== 'string' || !/^\/spec\/replicas$|^\/metadata\/resourceVersion$/.test(op.path))
        throw statusError(
          422,
          'Invalid',
          `Scale.autoscaling "${name}" is invalid: only spec.replicas can be patched through the scale subresource`,
        );
    forwarded = parsed;
  } else {
    const p = (parsed ?? {}) as { spec?: { replicas?: unknown }; metadata?: { resourceVersion?: unknown } };
    forwarded = {
      ...(p.spec && 'replicas' in p.spec ? { spec: { replicas: p.spec.replicas } } : {}),
      ...(p.metadata?.resourceVersion !== undefined ? { metadata: { resourceVersion: p.metadata.resourceVersion } } : {}),
    };
  }
  // Scale is not a strategic-merge kind of its own; its one field merges the same either way.
  const out = ctx.cluster.api.patch(info.kind, ns, name, JSON.stringify(forwarded), type === 'strategic' ? 'merge' : type, 'kubectl', {
    dryRun: dryRunOf(query),
  });
  answer(res, out, scaleOf(out.object));
}
