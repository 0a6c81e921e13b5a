// What the page follows of a Kubernetes API, and how. A browser opens at most six HTTP/1.1
// connections to one origin (kubectl proxy speaks HTTP/1.1 to the page), and a watch holds one for
// as long as it lasts: the four kinds that change the stage at once are watched, the rest are listed
// again every few seconds, leaving connections free for the page's own requests and writes.
import type { Resource } from './kube-client';

const core = (kind: string, resource: string): Resource => ({ kind, apiVersion: 'v1', resource, path: `/api/v1/${resource}` });
const group = (kind: string, apiVersion: string, resource: string): Resource => ({
  kind,
  apiVersion,
  resource,
  path: `/apis/${apiVersion}/${resource}`,
});

export const WATCHED: readonly Resource[] = [
  core('Node', 'nodes'),
  core('Pod', 'pods'),
  group('Deployment', 'apps/v1', 'deployments'),
  core('Event', 'events'),
];

export const POLLED: readonly Resource[] = [
  group('ReplicaSet', 'apps/v1', 'replicasets'),
  group('StatefulSet', 'apps/v1', 'statefulsets'),
  core('Service', 'services'),
  group('EndpointSlice', 'discovery.k8s.io/v1', 'endpointslices'),
  // Only the node heartbeats' namespace (the riser's missed-heartbeat sign reads them).
  {
    kind: 'Lease',
    apiVersion: 'coordination.k8s.io/v1',
    resource: 'leases',
    path: '/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases',
  },
];

/** Wall ms between two lists of a polled kind. */
export const POLL_MS = 3_000;
/** Wall ms before following again after a watch or list failed. */
export const RETRY_MS = 2_000;
