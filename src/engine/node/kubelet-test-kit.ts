// Shared helpers of the kubelet's tests (node-registration, pod-start, pod-restarts, pod-termination,
// kubelet-faults, kubelet-logs, kubelet-snapshot): a small cluster, a pod pinned to a node, and readers
// of its first container's state, its events and its logs.
import '../api/strategies';
import { type Cluster, createCluster } from '../cluster/cluster';
import type { KObject, Pod } from '../objects/types';
import type { KubeletComponent } from './kubelet';

export function cluster(nodes = 2): Cluster {
  return createCluster({ seed: 7, nodes });
}

export function addPod(c: Cluster, name: string, container: Record<string, unknown>, extra: Record<string, unknown> = {}, node = 'node-1'): Pod {
  return c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { nodeName: node, containers: [{ name: 'c', ...container }], ...extra } }) as Pod;
}

export const pod = (c: Cluster, name: string) => c.get<Pod>('Pod', 'default', name) as Pod;
export const cs = (c: Cluster, name: string) => pod(c, name).status?.containerStatuses?.[0];
export const stateOf = (c: Cluster, name: string): string => {
  const s = cs(c, name)?.state;
  if (!s) return 'none';
  if (s.running) return 'Running';
  if (s.waiting) return s.waiting.reason ?? 'waiting';
  return s.terminated?.reason ?? 'terminated';
};

/** Virtual times (s) at which the first container's displayed state changed. */
export function trackStates(c: Cluster, name: string): [number, string][] {
  const out: [number, string][] = [];
  c.watch((e) => {
    if (e.type === 'TRACE' || e.resource !== 'pods' || e.object.metadata.name !== name || e.type === 'DELETED') return;
    const s = stateOf(c, name);
    const restarts = cs(c, name)?.restartCount ?? 0;
    const label = `${s}/${restarts}`;
    if (s === 'none') return;
    if (out.at(-1)?.[1] !== label) out.push([Math.round(c.now() / 100) / 10, label]);
  });
  return out;
}

export function eventsFor(c: Cluster, name: string): string[] {
  return c
    .list<KObject>('Event')
    .filter((e) => (e.involvedObject as { name: string }).name === name)
    .map((e) => `${e.type} ${e.reason} ${e.message}`);
}

export const logs = (c: Cluster) => c.component<KubeletComponent>('kubelet') as KubeletComponent;
