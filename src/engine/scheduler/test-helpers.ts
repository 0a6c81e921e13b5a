// Builders for the scheduler's tests only: Ready nodes with allocatable resources, pods with
// requests, NodeInfos and cycle states for plugin tables. Not imported by engine code.
import { Store } from '../api/store';
import type { Cluster } from '../cluster/cluster';
import type { KObject, Node, Pod } from '../objects/types';
import { CycleState } from './framework';
import { type NodeInfo, addPod as addPodToNode, newNodeInfo, podInfoFor, setNode } from './node-info';

export interface NodeOpts {
  cpu?: string;
  memory?: string;
  pods?: string;
  labels?: Record<string, string>;
  taints?: { key: string; value?: string; effect: string }[];
  unschedulable?: boolean;
}

export function nodeObject(name: string, o: NodeOpts = {}): KObject {
  const allocatable = { cpu: o.cpu ?? '2', memory: o.memory ?? '4Gi', pods: o.pods ?? '110' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...o.labels } } as unknown as KObject['metadata'],
    spec: { ...(o.taints ? { taints: o.taints } : {}), ...(o.unschedulable ? { unschedulable: true } : {}) },
    status: {
      capacity: allocatable,
      allocatable,
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
    },
  };
}

/** Creates a Ready node through the API (status set with updateStatus if create dropped it). */
export function addNode(cluster: Cluster, name: string, o: NodeOpts = {}): Node {
  const obj = nodeObject(name, o);
  const created = cluster.api.create(obj, 'test') as Node;
  if (created.status?.allocatable) return created;
  return cluster.api.update({ ...created, status: obj.status }, 'test', 'status') as Node;
}

export interface PodOpts {
  cpu?: string;
  memory?: string;
  namespace?: string;
  labels?: Record<string, string>;
  // biome-ignore lint/suspicious/noExplicitAny: extra spec fields as plain JSON.
  spec?: Record<string, any>;
}

export function podObject(name: string, o: PodOpts = {}): KObject {
  const requests: Record<string, string> = {};
  if (o.cpu) requests.cpu = o.cpu;
  if (o.memory) requests.memory = o.memory;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: o.namespace ?? 'default', ...(o.labels ? { labels: o.labels } : {}) } as unknown as KObject['metadata'],
    spec: { containers: [{ name: 'app', image: 'nginx', ...(o.cpu || o.memory ? { resources: { requests } } : {}) }], ...o.spec },
  };
}

export function addPod(cluster: Cluster, name: string, o: PodOpts = {}): Pod {
  return cluster.api.create(podObject(name, o), 'test') as Pod;
}

let uid = 0;
/** A stored-looking object for pure plugin tests (no API server involved). */
export function stored<T extends KObject>(o: KObject): T {
  return { ...o, metadata: { ...o.metadata, uid: `uid-${++uid}`, resourceVersion: '1', creationTimestamp: '2025-01-01T00:00:00Z' } } as T;
}

/** A NodeInfo for `node` with `pods` already bound to it. */
export function nodeInfo(name: string, o: NodeOpts = {}, pods: KObject[] = []): NodeInfo {
  const info = newNodeInfo(name);
  setNode(info, stored<Node>(nodeObject(name, o)));
  for (const p of pods) {
    const pod = stored<Pod>({ ...p, spec: { ...p.spec, nodeName: name } });
    addPodToNode(info, podInfoFor(pod, name, `${pod.metadata.namespace}/${pod.metadata.name}`, false));
  }
  return info;
}

export function cycleFor(pod: Pod, nodes: readonly NodeInfo[] = [], store = new Store()): CycleState {
  return new CycleState(pod, { store, allNodes: () => nodes });
}
