// PATCH: the body's media type names the patch (JSON patch, merge patch, strategic merge patch);
// the engine's API server applies it (`api.patch`, from branch h/patch: patch/patch-request.ts)
// and the update path validates and stores the result. Until that function is in the engine the
// answer is 405, as from a server that does not serve the verb: the server looks for it at run
// time so that it works as soon as the branches meet, without a change here.
// Server-side apply (application/apply-patch+yaml) is not served: 415.
// The scale subresource: a patch of autoscaling/v1 Scale touches only spec.replicas, so it is
// forwarded as the same patch of the workload's spec.replicas (kubectl scale sends
// `{"spec":{"replicas":N}}` as a merge patch).
// [k8s: staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go PatchResource]
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiErrors } from '../src/engine/api/errors';
import type { KindInfo } from '../src/engine/api/kinds';
import type { KObject } from '../src/engine/objects/types';
import { readBody, sendJson, statusError } from './http-util';
import type { RestContext } from './rest';

type PatchType = 'json' | 'merge' | 'strategic';
const TYPES: Record<string, PatchType> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
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
  const out = ctx.cluster.api.patch(info.kind, ns, name, body, type, 'kubectl', { dryRun: dryRunOf(query) });
  answer(res, out, out.object);
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
