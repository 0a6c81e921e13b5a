// The resource endpoints: get, list (label and field selectors, Table printing), watch, create,
// update, delete and deletecollection for every kind the engine serves, each a call on the
// engine's own API server (src/engine/api/api-server.ts), whose metav1.Status errors are
// answered as they are. Requests come in as the client "kubectl": the trace shows them as
// kubectl's, and they get kubectl's strict decoding of bodies.
// [k8s: staging/src/k8s.io/apiserver/pkg/endpoints/handlers/{get,create,update,delete}.go]
// Simplifications: every client's body is decoded strictly (fieldValidation=Strict, which kubectl
// sends; other clients default to Warn); `limit` is ignored and a list comes whole, as from a
// server without chunking (clients then see no `continue` token); no managedFields.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DeleteOptions } from '../src/engine/api/api-server';
import { StatusError, apiErrors } from '../src/engine/api/errors';
import { type KindInfo, apiVersionOf } from '../src/engine/api/kinds';
import type { Cluster } from '../src/engine/cluster/cluster';
import { FieldSelectorError, checkFields, matchesFields, parseFieldSelector } from '../src/engine/kubectl/field-selector';
import { byKey } from '../src/engine/kubectl/resources';
import { pruneUnknown } from '../src/engine/api/patch/prune-unknown';
import { findDecodeError, schemaOf } from '../src/engine/api/validation/known-fields';
import { SelectorParseError, matchesRequirements, parseSelector } from '../src/engine/objects/labels';
import type { KObject } from '../src/engine/objects/types';
import type { EventLog } from './event-log';
import { decodeJson, fieldManagerOf, queryBool, readBody, sendJson, sendText, statusError, successStatus } from './http-util';
import { listJson } from './json-cache';
import { patchObject } from './patch';
import type { Route } from './route';
import { includeObjectOf, tableJson, toTable, wantsTable } from './table';
import { serveWatch } from './watch';

export interface RestContext {
  cluster: Cluster;
  log: EventLog;
}

const ACTOR = 'kubectl';

/** The objects a list or watch selects: namespace, labelSelector, fieldSelector (400 if unparsable). */
export function selection(info: KindInfo, namespace: string | undefined, query: URLSearchParams): (o: KObject) => boolean {
  let labels: ReturnType<typeof parseSelector>;
  let fields: ReturnType<typeof parseFieldSelector>;
  try {
    labels = parseSelector(query.get('labelSelector') ?? '');
    fields = parseFieldSelector(query.get('fieldSelector') ?? '');
    checkFields(info, fields);
  } catch (e) {
    if (e instanceof SelectorParseError || e instanceof FieldSelectorError) throw apiErrors.badRequest(e.message);
    throw e;
  }
  return (o) =>
    (namespace === undefined || o.metadata.namespace === namespace) &&
    matchesRequirements(labels, o.metadata.labels) &&
    matchesFields(info, fields, o);
}

function listed(ctx: RestContext, info: KindInfo, namespace: string | undefined): KObject[] {
  return ctx.cluster.api.store.list(info.resource, info.namespaced ? namespace : undefined).sort(byKey);
}

export async function handleResource(
  ctx: RestContext,
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  query: URLSearchParams,
): Promise<void> {
  const info = route.info as KindInfo;
  const method = req.method ?? 'GET';
  const ns = info.namespaced ? route.namespace : undefined;
  if (route.namespace !== undefined && !info.namespaced)
    throw statusError(404, 'NotFound', 'the server could not find the requested resource');
  if (route.name === undefined) {
    if (method === 'GET') return list(ctx, req, res, info, ns, query);
    if (method === 'POST') return create(ctx, req, res, info, ns, query);
    if (method === 'DELETE') return deleteCollection(ctx, req, res, info, ns, query);
    throw methodNotAllowed(method);
  }
  const name = route.name;
  if (method === 'GET') {
    const o = ctx.cluster.api.store.get(info.resource, ns, name);
    if (!o) throw apiErrors.notFound(info, name);
    if (wantsTable(req.headers.accept))
      return sendJson(
        res,
        200,
        toTable(info, [o], ctx.cluster.now(), includeObjectOf(query.get('includeObject')), o.metadata.resourceVersion ?? ''),
      );
    return sendJson(res, 200, o);
  }
  if (method === 'PUT') {
    const body = await objectBody(req, info, ns);
    if (body.metadata?.name !== undefined && body.metadata.name !== name)
      throw apiErrors.badRequest(`the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`);
    body.metadata = { ...body.metadata, name };
    applyFieldValidation(res, info, body, query);
    return sendJson(
      res,
      200,
      ctx.cluster.api.update(body, ACTOR, undefined, { dryRun: dryRun(query), fieldManager: fieldManagerOf(req, query) }),
    );
  }
  if (method === 'DELETE') return deleteOne(ctx, req, res, info, ns, name, query);
  if (method === 'PATCH') return patchObject(ctx, req, res, info, ns, name, query);
  throw methodNotAllowed(method);
}

export function methodNotAllowed(method: string): StatusError {
  void method;
  return statusError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
}

function dryRun(query: URLSearchParams): boolean {
  const d = query.getAll('dryRun');
  for (const v of d) if (v !== 'All') throw apiErrors.badRequest(`Invalid dry run value: ${v}`);
  return d.length > 0;
}

/**
 * fieldValidation=Warn (the server's default when the parameter is absent) and Ignore: fields the
 * kind does not have are dropped before the engine decodes the body, with Warn answering each as
 * a `Warning: unknown field "spec.foo"` header; Strict (kubectl's default) leaves them for the
 * engine's strict decoding error. A body with a type error goes on unpruned, for the engine's 400.
 * [k8s: apiserver/pkg/endpoints/handlers/create.go, rest.go fieldValidation; kubectl --validate]
 */
export function applyFieldValidation(res: ServerResponse, info: KindInfo, body: KObject, query: URLSearchParams): void {
  const mode = query.get('fieldValidation') ?? 'Warn';
  if (mode !== 'Warn' && mode !== 'Ignore') return;
  const schema = schemaOf(info.kind);
  if (!schema || findDecodeError(info.kind, body)) return;
  const unknown = pruneUnknown(body as unknown as Record<string, unknown>, schema);
  if (mode === 'Warn') for (const p of unknown) res.appendHeader('Warning', `299 - ${JSON.stringify(`unknown field "${p}"`)}`);
}

/** Reads a write's body: JSON, apiVersion/kind defaulted from the URL and checked against it. */
export async function objectBody(req: IncomingMessage, info: KindInfo, namespace: string | undefined): Promise<KObject> {
  const raw = await readBody(req);
  const body = decodeJson(raw, req.headers['content-type']);
  // The raw text, not a re-serialisation: a deeply nested array would overflow JSON.stringify.
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw apiErrors.badRequest(`Object 'Kind' is missing in '${raw.toString('utf8', 0, 200)}'`);
  const o = body as KObject;
  const gv = apiVersionOf(info);
  if (o.apiVersion === undefined) o.apiVersion = gv;
  if (o.kind === undefined) o.kind = info.kind;
  if (o.apiVersion !== gv || o.kind !== info.kind)
    throw apiErrors.badRequest(`the API version in the data (${o.apiVersion}) does not match the expected API version (${gv})`);
  if (o.metadata !== undefined && (o.metadata === null || typeof o.metadata !== 'object' || Array.isArray(o.metadata)))
    throw apiErrors.badRequest('json: cannot unmarshal into Go struct field of type v1.ObjectMeta');
  o.metadata ??= {} as KObject['metadata'];
  if (namespace !== undefined) {
    const inBody = o.metadata.namespace;
    if (inBody && inBody !== namespace)
      throw apiErrors.badRequest('the namespace of the provided object does not match the namespace sent on the request');
    o.metadata.namespace = namespace;
  }
  return o;
}

function list(
  ctx: RestContext,
  req: IncomingMessage,
  res: ServerResponse,
  info: KindInfo,
  ns: string | undefined,
  query: URLSearchParams,
): void {
  const matches = selection(info, ns, query);
  const table = wantsTable(req.headers.accept) ? includeObjectOf(query.get('includeObject')) : undefined;
  if (queryBool(query, 'watch')) {
    const timeout = Number(query.get('timeoutSeconds') ?? '1800');
    const initial = queryBool(query, 'sendInitialEvents');
    return serveWatch(res, ctx.log, {
      info,
      matches,
      current: () => listed(ctx, info, ns),
      resourceVersion: query.get('resourceVersion'),
      bookmarks: queryBool(query, 'allowWatchBookmarks') === true,
      sendInitialEvents: initial,
      table,
      timeoutSeconds: Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 3600) : 1800,
      now: () => ctx.cluster.now(),
    });
  }
  const objs = listed(ctx, info, ns).filter(matches);
  const rv = String(ctx.log.revision());
  if (table) return sendText(res, 200, tableJson(info, objs, ctx.cluster.now(), table, rv));
  sendText(res, 200, listJson({ kind: `${info.kind}List`, apiVersion: apiVersionOf(info), metadata: { resourceVersion: rv } }, objs));
}

async function create(
  ctx: RestContext,
  req: IncomingMessage,
  res: ServerResponse,
  info: KindInfo,
  ns: string | undefined,
  query: URLSearchParams,
): Promise<void> {
  const body = await objectBody(req, info, ns);
  applyFieldValidation(res, info, body, query);
  const created = ctx.cluster.api.create(body, ACTOR, { dryRun: dryRun(query), fieldManager: fieldManagerOf(req, query) });
  sendJson(res, 201, created);
}

/** DeleteOptions from the body (kubectl sends them there) and the query. */
async function deleteOptions(req: IncomingMessage, query: URLSearchParams): Promise<DeleteOptions & { dryRun?: boolean }> {
  const raw = await readBody(req);
  const opts: DeleteOptions = {};
  let body: Record<string, unknown> = {};
  if (raw.length) {
    const b = decodeJson(raw, req.headers['content-type']);
    if (b && typeof b === 'object' && !Array.isArray(b)) body = b as Record<string, unknown>;
  }
  const grace = body.gracePeriodSeconds ?? (query.get('gracePeriodSeconds') !== null ? Number(query.get('gracePeriodSeconds')) : undefined);
  if (grace !== undefined) {
    if (typeof grace !== 'number' || !Number.isInteger(grace)) throw apiErrors.badRequest(`invalid gracePeriodSeconds: ${String(grace)}`);
    opts.gracePeriodSeconds = grace;
  }
  const policy = body.propagationPolicy ?? query.get('propagationPolicy') ?? undefined;
  if (policy !== undefined) {
    if (policy !== 'Background' && policy !== 'Foreground' && policy !== 'Orphan')
      throw statusError(
        422,
        'Invalid',
        `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${String(policy)}": supported values: "Foreground", "Background", "Orphan"`,
      );
    opts.propagationPolicy = policy;
  }
  // The older orphanDependents flag (still sent by some clients).
  if (body.orphanDependents === true && !opts.propagationPolicy) opts.propagationPolicy = 'Orphan';
  const pre = body.preconditions as { uid?: unknown } | undefined;
  if (pre && typeof pre.uid === 'string') opts.uid = pre.uid;
  const dry = Array.isArray(body.dryRun) ? body.dryRun.length > 0 : dryRun(query);
  return { ...opts, dryRun: dry };
}

/** What a DELETE answers: the object while it is still there (graceful), else a Success Status. */
function deletedAnswer(info: KindInfo, ctxStore: RestContext, result: KObject | undefined): unknown {
  if (!result) return successStatus();
  const still = ctxStore.cluster.api.store.get(info.resource, result.metadata.namespace, result.metadata.name);
  // Pods answer with the object either way (the pod registry's ReturnDeletedObject).
  if (still || info.kind === 'Pod') return still ?? result;
  return successStatus({ name: result.metadata.name, group: info.group, kind: info.resource, uid: result.metadata.uid } as never);
}

async function deleteOne(
  ctx: RestContext,
  req: IncomingMessage,
  res: ServerResponse,
  info: KindInfo,
  ns: string | undefined,
  name: string,
  query: URLSearchParams,
): Promise<void> {
  const { dryRun: dry, ...opts } = await deleteOptions(req, query);
  if (dry) {
    const o = ctx.cluster.api.store.get(info.resource, ns, name);
    if (!o) throw apiErrors.notFound(info, name);
    return sendJson(res, 200, o);
  }
  const result = ctx.cluster.api.delete(info.kind, ns, name, ACTOR, opts);
  sendJson(res, 200, deletedAnswer(info, ctx, result));
}

async function deleteCollection(
  ctx: RestContext,
  req: IncomingMessage,
  res: ServerResponse,
  info: KindInfo,
  ns: string | undefined,
  query: URLSearchParams,
): Promise<void> {
  if (!info.verbs.includes('deletecollection')) throw methodNotAllowed('DELETE');
  const { dryRun: dry, ...opts } = await deleteOptions(req, query);
  const matches = selection(info, ns, query);
  const objs = listed(ctx, info, ns).filter(matches);
  const items: KObject[] = [];
  for (const o of objs) {
    if (dry) {
      items.push(o);
      continue;
    }
    try {
      const r = ctx.cluster.api.delete(info.kind, o.metadata.namespace, o.metadata.name, ACTOR, opts);
      if (r) items.push(r);
    } catch (e) {
      // One that went in the meantime is not an error of the collection.
      if (e instanceof StatusError && e.code === 404) continue;
      throw e;
    }
  }
  sendJson(res, 200, {
    kind: `${info.kind}List`,
    apiVersion: apiVersionOf(info),
    metadata: { resourceVersion: String(ctx.log.revision()) },
    items,
  });
}
