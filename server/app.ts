// The HTTP front of the served cluster: authentication (an optional bearer token), /version,
// discovery, the resource endpoints and their subresources. Every failure is answered as a
// metav1.Status; nothing a client sends can throw out of a handler (an unexpected error is the
// API server's 500 InternalError, as a panic in a real handler is).
// [k8s: staging/src/k8s.io/apiserver/pkg/server/filters, endpoints/installer.go]
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StatusError } from '../src/engine/api/errors';
import type { Cluster } from '../src/engine/cluster/cluster';
import { AGGREGATED_V2, aggregatedDiscovery, apiGroup, apiGroupList, apiResourceList, apiVersions } from './discovery';
import { EventLog } from './event-log';
import { sendJson, sendStatus, statusError } from './http-util';
import { type RestContext, handleResource } from './rest';
import { openApiGroupVersion, openApiIndex } from './openapi/document';
import { handleMetrics } from './metrics';
import { parsePath } from './route';
import { handleSubresource } from './subresources';

export interface ApiOptions {
  cluster: Cluster;
  /** When set, every request needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Changes the watch cache keeps (default 20,000): an older resourceVersion is 410 Gone. */
  watchCacheSize?: number;
}

export interface ApiHandler {
  (req: IncomingMessage, res: ServerResponse): void;
  log: EventLog;
}

/** kube-apiserver's /version, with the engine's Kubernetes version (kubectl picks its skew from it). */
export function versionInfo(cluster: Cluster) {
  const git = cluster.config.kubernetesVersion;
  const [major, minor] = git.replace(/^v/, '').split('.');
  return {
    major,
    minor,
    gitVersion: git,
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2025-01-01T00:00:00Z',
    goVersion: 'go1.23.4',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

function wantsAggregated(accept: string | undefined): boolean {
  return !!accept && accept.split(',').some((a) => a.replace(/\s/g, '').startsWith(AGGREGATED_V2));
}

export function createApiHandler(opts: ApiOptions): ApiHandler {
  const log = new EventLog(opts.cluster.api.store, opts.watchCacheSize);
  const ctx: RestContext = { cluster: opts.cluster, log };
  const handler = ((req: IncomingMessage, res: ServerResponse) => {
    serve(ctx, opts, req, res).catch((e: unknown) => {
      if (e instanceof StatusError) sendStatus(res, e);
      else {
        if (process.env.PODCHESTRA_SERVER_DEBUG) console.error(e);
        sendStatus(
          res,
          statusError(500, 'InternalError', 'Internal error occurred: the simulated API server failed while handling this request'),
        );
      }
      // A request whose body was not read (an error before reading it) must not hold the socket.
      if (!req.complete) req.resume();
    });
  }) as ApiHandler;
  handler.log = log;
  return handler;
}

async function serve(ctx: RestContext, opts: ApiOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (opts.token !== undefined && req.headers.authorization !== `Bearer ${opts.token}`)
    throw statusError(401, 'Unauthorized', 'Unauthorized');
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    throw statusError(400, 'BadRequest', 'malformed request URL');
  }
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const accept = req.headers.accept;
  const method = req.method ?? 'GET';
  if (path === '/version') return sendJson(res, 200, versionInfo(ctx.cluster));
  if (path === '/healthz' || path === '/livez' || path === '/readyz') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    return void res.end('ok');
  }
  if (method === 'GET' && (path === '/api' || path === '/apis')) {
    if (wantsAggregated(accept)) return sendJson(res, 200, aggregatedDiscovery(path === '/api'), AGGREGATED_V2);
    return sendJson(res, 200, path === '/api' ? apiVersions(req.headers.host ?? '127.0.0.1') : apiGroupList());
  }
  if (method === 'GET' && path === '/openapi/v3') return sendJson(res, 200, openApiIndex());
  if (method === 'GET' && path.startsWith('/openapi/v3/')) {
    const doc = openApiGroupVersion(path.slice('/openapi/v3/'.length));
    if (doc) return sendJson(res, 200, doc);
  }
  if (path.startsWith('/apis/metrics.k8s.io/') && handleMetrics(ctx.cluster, req, res, path, url.searchParams)) return;
  const parsed = parsePath(path);
  if (parsed.kind === 'group' && method === 'GET') {
    const g = apiGroup(parsed.group);
    if (g) return sendJson(res, 200, g);
  }
  if (parsed.kind !== 'route') throw notFound();
  const { route } = parsed;
  if (!route.resource) {
    const list = method === 'GET' ? apiResourceList(route.group, route.version) : undefined;
    if (!list) throw notFound();
    return sendJson(res, 200, list);
  }
  if (!route.info) throw notFound();
  if (route.subresource !== undefined) return handleSubresource(ctx, req, res, route, url.searchParams);
  return handleResource(ctx, req, res, route, url.searchParams);
}

function notFound(): StatusError {
  return statusError(404, 'NotFound', 'the server could not find the requested resource');
}
