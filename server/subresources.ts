// Subresources: status (get, update), scale (get, update; autoscaling/v1 Scale), log (the
// kubelet's container log: container, tailLines, previous, timestamps, follow), binding (the
// scheduler's write) and eviction (a PodDisruptionBudget-checked delete, as `kubectl drain`
// sends it). Each is a call on the engine's API server or its kubelet component.
// [k8s: pkg/registry/apps/deployment/storage/storage.go ScaleREST, pkg/registry/core/pod/rest/log.go,
//  pkg/registry/core/pod/storage/{storage.go BindingREST, eviction.go}]
// Simplifications: log's sinceSeconds, sinceTime and limitBytes are not read; a followed log is
// polled every 200 ms of real time (the kubelet streams it as written).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type StatusError, apiErrors } from '../src/engine/api/errors';
import type { KindInfo } from '../src/engine/api/kinds';
import { formatSelector } from '../src/engine/objects/labels';
import type { KObject, Pod } from '../src/engine/objects/types';
import type { LogSource } from '../src/engine/kubectl/verbs/logs';
import { decodeJson, queryBool, readBody, sendJson, statusError } from './http-util';
import { patchScale } from './patch';
import { type RestContext, methodNotAllowed, objectBody } from './rest';
import type { Route } from './route';
import { subresourcesOf } from './discovery';

const ACTOR = 'kubectl';

function notFound(): StatusError {
  return statusError(404, 'NotFound', 'the server could not find the requested resource');
}

function current(ctx: RestContext, info: KindInfo, ns: string | undefined, name: string): KObject {
  const o = ctx.cluster.api.store.get(info.resource, ns, name);
  if (!o) throw apiErrors.notFound(info, name);
  return o;
}

export async function handleSubresource(
  ctx: RestContext,
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  query: URLSearchParams,
): Promise<void> {
  const info = route.info as KindInfo;
  const sub = route.subresource as string;
  const name = route.name;
  if (name === undefined || !subresourcesOf(info).some((s) => s.name === sub)) throw notFound();
  const ns = info.namespaced ? (route.namespace ?? 'default') : undefined;
  const method = req.method ?? 'GET';
  switch (sub) {
    case 'status':
      if (method === 'GET') return sendJson(res, 200, current(ctx, info, ns, name));
      if (method === 'PUT') {
        const body = await objectBody(req, info, ns);
        body.metadata = { ...body.metadata, name };
        return sendJson(res, 200, ctx.cluster.api.update(body, ACTOR, 'status'));
      }
      break;
    case 'scale':
      if (method === 'GET') return sendJson(res, 200, scaleOf(current(ctx, info, ns, name)));
      if (method === 'PUT') return sendJson(res, 200, await putScale(ctx, req, info, ns, name));
      if (method === 'PATCH') return patchScale(ctx, req, res, info, ns, name, query, scaleOf);
      break;
    case 'log':
      if (method === 'GET') return podLog(ctx, req, res, ns as string, name, query);
      break;
    case 'binding':
      if (method === 'POST') {
        const body = await jsonObject(req);
        const target = body.target as { name?: unknown } | undefined;
        if (typeof target?.name !== 'string' || !target.name) throw apiErrors.badRequest('Binding.target.name: Required value');
        ctx.cluster.api.bind(ns as string, name, target.name, ACTOR);
        return sendJson(res, 201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
      }
      break;
    case 'eviction':
      if (method === 'POST') {
        const body = await jsonObject(req);
        const opts = (body.deleteOptions ?? {}) as { gracePeriodSeconds?: unknown; preconditions?: { uid?: unknown } };
        ctx.cluster.api.evict(
          ns as string,
          name,
          {
            ...(typeof opts.gracePeriodSeconds === 'number' ? { gracePeriodSeconds: opts.gracePeriodSeconds } : {}),
            ...(typeof opts.preconditions?.uid === 'string' ? { uid: opts.preconditions.uid } : {}),
          },
          ACTOR,
        );
        return sendJson(res, 201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
      }
      break;
  }
  throw methodNotAllowed(method);
}

async function jsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const b = decodeJson(await readBody(req), req.headers['content-type']);
  if (!b || typeof b !== 'object' || Array.isArray(b)) throw apiErrors.badRequest('the body of the request must be a JSON object');
  return b as Record<string, unknown>;
}

/** autoscaling/v1 Scale of a workload: spec.replicas, status.replicas and the selector as a string. */
export function scaleOf(o: KObject) {
  const m = o.metadata;
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: m.name,
      namespace: m.namespace,
      uid: m.uid,
      resourceVersion: m.resourceVersion,
      creationTimestamp: m.creationTimestamp,
    },
    spec: { replicas: o.spec?.replicas ?? 0 },
    status: {
      replicas: o.status?.replicas ?? 0,
      selector: o.spec?.selector ? formatSelector(o.spec.selector).replace(/^<none>$/, '') : '',
    },
  };
}

async function putScale(ctx: RestContext, req: IncomingMessage, info: KindInfo, ns: string | undefined, name: string) {
  const body = await jsonObject(req);
  const spec = body.spec as { replicas?: unknown } | undefined;
  const replicas = spec?.replicas ?? 0;
  if (typeof replicas !== 'number' || !Number.isInteger(replicas))
    throw apiErrors.badRequest(
      `Scale in version "v1" cannot be handled as a Scale: json: cannot unmarshal ${typeof replicas} into Go struct field ScaleSpec.spec.replicas of type int32`,
    );
  if (replicas < 0)
    throw statusError(
      422,
      'Invalid',
      `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`,
    );
  const o = current(ctx, info, ns, name);
  const rv = (body.metadata as { resourceVersion?: unknown } | undefined)?.resourceVersion;
  if (typeof rv === 'string' && rv && rv !== o.metadata.resourceVersion) throw apiErrors.conflict(info, name);
  const updated = ctx.cluster.api.update({ ...o, spec: { ...o.spec, replicas } } as KObject, ACTOR);
  return scaleOf(updated);
}

function intParam(query: URLSearchParams, name: string): number | undefined {
  const v = query.get(name);
  if (v === null) return undefined;
  const n = Number(v);
  if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(n)) throw apiErrors.badRequest(`invalid ${name}: ${v}`);
  return n;
}

function podLog(ctx: RestContext, req: IncomingMessage, res: ServerResponse, ns: string, name: string, query: URLSearchParams): void {
  const pod = ctx.cluster.api.store.get<Pod>('pods', ns, name);
  if (!pod) throw apiErrors.notFound(ctx.cluster.api.infoFor('Pod'), name);
  const kubelet = ctx.cluster.component<LogSource>('kubelet');
  if (!kubelet) throw statusError(500, 'InternalError', 'logs are not available: this cluster has no kubelet component');
  let container = query.get('container') ?? '';
  if (!container) {
    const names = (pod.spec?.containers ?? []).map((c) => c.name);
    // The pod registry's LogLocation: one container is the default; several need a name.
    if (names.length !== 1)
      throw apiErrors.badRequest(`a container name must be specified for pod ${name}, choose one of: [${names.join(' ')}]`);
    container = names[0];
  }
  const tail = intParam(query, 'tailLines');
  const previous = queryBool(query, 'previous') === true;
  const timestamps = queryBool(query, 'timestamps') === true;
  const text = kubelet.containerLogs(ns, name, container, { previous, tail, timestamps });
  const follow = queryBool(query, 'follow') === true && !previous;
  if (!follow) {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' });
  res.write(text);
  // Following: what is new since the last read, by the timestamps the kubelet keeps per line.
  const stamped = () => {
    try {
      return kubelet.containerLogs(ns, name, container, { timestamps: true }).split('\n').filter(Boolean);
    } catch {
      return undefined;
    }
  };
  let seen = stamped()?.length ?? 0;
  const running = () => {
    const p = ctx.cluster.api.store.get<Pod>('pods', ns, name);
    if (!p || p.metadata.uid !== pod.metadata.uid) return undefined;
    const st = (p.status?.containerStatuses ?? []).find((c) => c.name === container);
    return st?.state?.running ? (st.containerID ?? '') : undefined;
  };
  const instance = running();
  const timer = setInterval(() => {
    const lines = stamped();
    if (lines) {
      // A restarted container starts a new log: read it from its start.
      if (lines.length < seen) seen = 0;
      for (const l of lines.slice(seen)) res.write(`${timestamps ? l : l.replace(/^\S+ /, '')}\n`);
      seen = lines.length;
    }
    if (instance === undefined || running() !== instance) stop();
  }, 200);
  const stop = () => {
    clearInterval(timer);
    if (!res.writableEnded) res.end();
  };
  res.on('close', stop);
  void req;
}
