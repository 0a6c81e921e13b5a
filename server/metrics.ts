// metrics.k8s.io/v1beta1 (what metrics-server serves): NodeMetrics and PodMetrics, read from the
// engine's metrics-server component, so the real `kubectl top nodes|pods` prints what the
// console's `top` prints. Usage quantities: CPU in millicores, memory in bytes (metrics-server
// writes nanocores and Ki; kubectl top reads MilliValue and Value, so the cells are the same).
// [k8s: sigs.k8s.io/metrics-server pkg/api/{node,pod}.go; staging/src/k8s.io/metrics/pkg/apis/metrics/v1beta1/types.go]
// Simplification: get and list only (no watch, no label selector on nodes beyond the Node's own labels).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { METRICS_SERVER, type MetricsServer, type NodeMetrics, type PodMetrics } from '../src/engine/autoscaling/metrics-server';
import type { Cluster } from '../src/engine/index';
import { matchesRequirements, parseSelector } from '../src/engine/objects/labels';
import { goDuration, rfc3339 } from '../src/engine/util/time';
import { sendJson, statusError } from './http-util';

export const METRICS_GROUP = 'metrics.k8s.io';
export const METRICS_VERSION = 'v1beta1';
const API_VERSION = `${METRICS_GROUP}/${METRICS_VERSION}`;

/** The two resources, as discovery lists them (metrics-server's APIService). */
export const METRICS_RESOURCES = [
  { resource: 'nodes', singular: '', kind: 'NodeMetrics', namespaced: false },
  { resource: 'pods', singular: '', kind: 'PodMetrics', namespaced: true },
];

function nodeItem(cluster: Cluster, m: NodeMetrics, labels: Record<string, string> | undefined) {
  return {
    metadata: { name: m.name, creationTimestamp: rfc3339(cluster.now()), ...(labels ? { labels } : {}) },
    timestamp: rfc3339(m.timestamp),
    window: goDuration(m.windowMs),
    usage: { cpu: `${m.cpuMilli}m`, memory: `${m.memoryBytes}` },
  };
}

function podItem(cluster: Cluster, m: PodMetrics, labels: Record<string, string> | undefined) {
  return {
    metadata: { name: m.name, namespace: m.namespace, creationTimestamp: rfc3339(cluster.now()), ...(labels ? { labels } : {}) },
    timestamp: rfc3339(m.timestamp),
    window: goDuration(m.windowMs),
    containers: m.containers.map((c) => ({ name: c.name, usage: { cpu: `${c.cpuMilli}m`, memory: `${c.memoryBytes}` } })),
  };
}

/** Answers a path under /apis/metrics.k8s.io/v1beta1; false when the path is not one of its resources. */
export function handleMetrics(cluster: Cluster, req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): boolean {
  const m = /^\/apis\/metrics\.k8s\.io\/v1beta1(?:\/namespaces\/([^/]+))?\/(nodes|pods)(?:\/([^/]+))?$/.exec(path);
  if (!m) return false;
  const [, ns, resource, name] = m;
  if (resource === 'nodes' && ns !== undefined) return false;
  if ((req.method ?? 'GET') !== 'GET')
    throw statusError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  const ms = cluster.component<MetricsServer>(METRICS_SERVER);
  if (!ms) throw statusError(503, 'ServiceUnavailable', 'the server is currently unable to handle the request');
  let selector: ReturnType<typeof parseSelector>;
  try {
    selector = parseSelector(query.get('labelSelector') ?? '');
  } catch (e) {
    throw statusError(400, 'BadRequest', `unable to parse requirement: ${(e as Error).message}`);
  }
  const store = cluster.api.store;
  if (resource === 'nodes') {
    const labelsOf = (n: string) => store.get('nodes', undefined, n)?.metadata.labels;
    if (name !== undefined) {
      const metric = ms.nodeMetrics(name);
      if (!metric || !store.get('nodes', undefined, name))
        throw statusError(404, 'NotFound', `nodemetrics.metrics.k8s.io "${name}" not found`, { group: METRICS_GROUP, kind: 'nodes', name });
      sendJson(res, 200, { kind: 'NodeMetrics', apiVersion: API_VERSION, ...nodeItem(cluster, metric, labelsOf(name)) });
      return true;
    }
    const items = store
      .list('nodes')
      .filter((n) => matchesRequirements(selector, n.metadata.labels ?? {}))
      .map((n) => ms.nodeMetrics(n.metadata.name))
      .filter((x): x is NodeMetrics => !!x)
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((x) => nodeItem(cluster, x, labelsOf(x.name)));
    sendJson(res, 200, { kind: 'NodeMetricsList', apiVersion: API_VERSION, metadata: {}, items });
    return true;
  }
  const labelsOf = (n: string, s: string) => store.get('pods', s, n)?.metadata.labels;
  if (name !== undefined && ns !== undefined) {
    const metric = ms.podMetrics(ns, name);
    if (!metric)
      throw statusError(404, 'NotFound', `podmetrics.metrics.k8s.io "${ns}/${name}" not found`, {
        group: METRICS_GROUP,
        kind: 'pods',
        name,
      });
    sendJson(res, 200, { kind: 'PodMetrics', apiVersion: API_VERSION, ...podItem(cluster, metric, labelsOf(name, ns)) });
    return true;
  }
  if (name !== undefined) return false;
  const items = ms
    .listPodMetrics(ns)
    .filter((x) => {
      const pod = store.get('pods', x.namespace, x.name);
      return !!pod && matchesRequirements(selector, pod.metadata.labels ?? {});
    })
    .sort((a, b) => (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((x) => podItem(cluster, x, labelsOf(x.name, x.namespace)));
  sendJson(res, 200, { kind: 'PodMetricsList', apiVersion: API_VERSION, metadata: {}, items });
  return true;
}
