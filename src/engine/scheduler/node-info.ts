// The scheduler's per-node aggregate: the Node, its allocatable resources parsed once, and the
// requests of the pods bound (or assumed) to it, kept as running sums so filters are O(1).
// Mirrors NodeInfo in pkg/scheduler/framework/types.go (Requested, NonZeroRequested, Pods).
// Simplified: cpu, memory and pod count only (no ephemeral storage, scalar resources, ports).
import type { Node, Pod } from '../objects/types';
import { podRequests } from '../objects/pod';
import { bytes, milliCpu } from '../util/quantity';

export interface PodInfo {
  key: string;
  uid: string;
  pod: Pod;
  node: string;
  milliCpu: number;
  memory: number;
  /** Requests with the scoring defaults (100m / 200Mi per container without a request). */
  nonZeroMilliCpu: number;
  nonZeroMemory: number;
  /** Decided by this scheduler but not bound yet (the real cache's "assumed" pods). */
  assumed: boolean;
}

export interface NodeInfo {
  readonly name: string;
  /** Undefined while only pods refer to a node the scheduler has not seen (as the real cache). */
  node: Node | undefined;
  allocatable: { milliCpu: number; memory: number; pods: number };
  requested: { milliCpu: number; memory: number };
  nonZeroRequested: { milliCpu: number; memory: number };
  pods: Map<string, PodInfo>;
}

export function newNodeInfo(name: string): NodeInfo {
  return {
    name,
    node: undefined,
    allocatable: { milliCpu: 0, memory: 0, pods: 0 },
    requested: { milliCpu: 0, memory: 0 },
    nonZeroRequested: { milliCpu: 0, memory: 0 },
    pods: new Map(),
  };
}

export function setNode(info: NodeInfo, node: Node | undefined): void {
  info.node = node;
  const a = node?.status?.allocatable ?? {};
  info.allocatable = { milliCpu: milliCpu(a.cpu), memory: bytes(a.memory), pods: Math.floor(bytes(a.pods)) };
}

export function podInfoFor(pod: Pod, node: string, key: string, assumed: boolean): PodInfo {
  const r = podRequests(pod);
  const nz = podRequests(pod, true);
  return { key, uid: pod.metadata.uid, pod, node, milliCpu: r.milliCpu, memory: r.memory, nonZeroMilliCpu: nz.milliCpu, nonZeroMemory: nz.memory, assumed };
}

export function addPod(info: NodeInfo, p: PodInfo): void {
  info.pods.set(p.key, p);
  info.requested.milliCpu += p.milliCpu;
  info.requested.memory += p.memory;
  info.nonZeroRequested.milliCpu += p.nonZeroMilliCpu;
  info.nonZeroRequested.memory += p.nonZeroMemory;
}

export function removePod(info: NodeInfo, p: PodInfo): void {
  if (!info.pods.delete(p.key)) return;
  info.requested.milliCpu -= p.milliCpu;
  info.requested.memory -= p.memory;
  info.nonZeroRequested.milliCpu -= p.nonZeroMilliCpu;
  info.nonZeroRequested.memory -= p.nonZeroMemory;
}
