// Test fixtures for the describe/rollout/drain/logs tests: a cluster without controllers, with
// objects written straight through the API and statuses set by hand. Not used by the engine.
import { type Cluster, createCluster } from '../../index';
import type { KObject } from '../../objects/types';

export const T0 = '2025-01-01T00:00:00Z';

export function emptyCluster(): Cluster {
  return createCluster({ nodes: 0 });
}

/** Creates an object and, when given, writes its status through /status. */
export function put<T extends KObject>(cluster: Cluster, obj: Record<string, unknown>, status?: unknown): T {
  const created = cluster.api.create(obj, 'test');
  if (status === undefined) return created as T;
  return cluster.api.update({ ...created, status } as KObject, 'test', 'status') as T;
}

export const nginx = { name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80, protocol: 'TCP' }], resources: { requests: { cpu: '100m', memory: '128Mi' } } };

export function podTemplate(labels: Record<string, string>, image = 'nginx:1.27') {
  return { metadata: { labels }, spec: { containers: [{ ...nginx, image }] } };
}

let serial = 0;

/**
 * Writes an Event directly, with timestamps `firstAgoS`/`lastAgoS` seconds before the cluster's
 * t=0 (tests never advance the clock, so no controller runs and ages are exact).
 */
export function event(cluster: Cluster, involved: KObject, e: { type: string; reason: string; message: string; from: string; host?: string; count?: number; firstAgoS: number; lastAgoS?: number; fieldPath?: string }): void {
  const at = (s: number) => new Date(Date.UTC(2025, 0, 1) - s * 1000).toISOString().replace('.000Z', 'Z');
  const ns = involved.metadata.namespace ?? 'default';
  cluster.api.create(
    {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${involved.metadata.name}.${(serial++).toString(16).padStart(16, '0')}`, namespace: ns },
      involvedObject: { kind: involved.kind, apiVersion: involved.apiVersion, name: involved.metadata.name, namespace: involved.metadata.namespace, uid: involved.kind === 'Node' && e.host ? involved.metadata.name : involved.metadata.uid, fieldPath: e.fieldPath },
      reason: e.reason,
      message: e.message,
      source: { component: e.from, host: e.host },
      firstTimestamp: at(e.firstAgoS),
      lastTimestamp: at(e.lastAgoS ?? e.firstAgoS),
      count: e.count ?? 1,
      type: e.type,
      eventTime: null,
    },
    'test',
  );
}
