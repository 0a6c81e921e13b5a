// The scheduler cache: NodeInfo per node, fed incrementally by the node and pod watches (O(1) per
// pod event) and rebuilt from the store in start(). Only bound pods that have not finished count:
// the real scheduler's pod informer drops Succeeded/Failed pods with a field selector, while
// terminating pods still hold their resources until they are gone.
// Mirrors pkg/scheduler/backend/cache/cache.go and node_tree.go (zone round-robin node order).
import type { Node, Pod } from '../objects/types';
import { type NodeInfo, type PodInfo, addPod, newNodeInfo, podInfoFor, removePod, setNode } from './node-info';
import { PodLabelIndex } from './pod-label-index';

const ZONE = 'topology.kubernetes.io/zone';
const REGION = 'topology.kubernetes.io/region';

function zoneKey(node: Node): string {
  const l = node.metadata.labels ?? {};
  const zone = l[ZONE] ?? '';
  const region = l[REGION] ?? '';
  return region === '' && zone === '' ? '' : `${region}:\u0000:${zone}`;
}

function counts(pod: Pod | undefined): boolean {
  const phase = pod?.status?.phase;
  return !!pod?.spec?.nodeName && phase !== 'Succeeded' && phase !== 'Failed';
}

export class SchedulerCache {
  readonly nodes = new Map<string, NodeInfo>();
  private readonly pods = new Map<string, PodInfo>();
  /** The same pods by namespace and labels (for selector counting). */
  readonly podIndex = new PodLabelIndex();
  /** Nodes interleaved across zones, as node_tree.go lists them; rebuilt lazily. */
  private order: NodeInfo[] | null = null;

  clear(): void {
    this.nodes.clear();
    this.pods.clear();
    this.podIndex.clear();
    this.order = null;
  }

  private info(name: string): NodeInfo {
    let info = this.nodes.get(name);
    if (!info) {
      info = newNodeInfo(name);
      this.nodes.set(name, info);
    }
    return info;
  }

  upsertNode(node: Node): void {
    const info = this.info(node.metadata.name);
    const before = info.node;
    setNode(info, node);
    if (!before || zoneKey(before) !== zoneKey(node)) this.order = null;
  }

  removeNode(name: string): void {
    const info = this.nodes.get(name);
    if (!info) return;
    info.node = undefined;
    if (info.pods.size === 0) this.nodes.delete(name);
    this.order = null;
  }

  /** Nodes the scheduler can place pods on, in node-tree order. */
  list(): readonly NodeInfo[] {
    if (this.order) return this.order;
    const zones = new Map<string, NodeInfo[]>();
    for (const info of this.nodes.values()) {
      if (!info.node) continue;
      const z = zoneKey(info.node);
      let list = zones.get(z);
      if (!list) zones.set(z, (list = []));
      list.push(info);
    }
    const out: NodeInfo[] = [];
    const lists = [...zones.values()];
    const longest = Math.max(0, ...lists.map((l) => l.length));
    for (let i = 0; i < longest; i++) for (const l of lists) if (i < l.length) out.push(l[i]);
    this.order = out;
    return out;
  }

  podInfo(key: string): PodInfo | undefined {
    return this.pods.get(key);
  }

  /** Applies a pod watch event (pod undefined = deleted). Returns whether the pod counted before. */
  updatePod(key: string, pod: Pod | undefined): PodInfo | undefined {
    const existing = this.pods.get(key);
    if (!pod || !counts(pod)) {
      // An assumed pod stays assumed while the store still shows it unbound (binding in flight).
      if (existing?.assumed && pod && !pod.spec?.nodeName && pod.metadata.uid === existing.uid) return undefined;
      if (existing) this.drop(existing);
      return existing;
    }
    const node = pod.spec?.nodeName as string;
    if (existing && existing.node === node && existing.uid === pod.metadata.uid) {
      // Requests are immutable (no in-place resize modelled): only the object and flag change.
      if (existing.pod.metadata.labels !== pod.metadata.labels) {
        this.podIndex.remove(existing);
        existing.pod = pod;
        this.podIndex.add(existing);
      } else existing.pod = pod;
      existing.assumed = false;
      return existing;
    }
    if (existing) this.drop(existing);
    this.put(podInfoFor(pod, node, key, false));
    return existing;
  }

  /** Places a pod on a node before its binding is written (AssumePod). */
  assume(key: string, pod: Pod, node: string): void {
    const existing = this.pods.get(key);
    if (existing) this.drop(existing);
    this.put(podInfoFor(pod, node, key, true));
  }

  /** Undoes an assumption whose binding failed (ForgetPod). */
  forget(key: string): void {
    const existing = this.pods.get(key);
    if (existing?.assumed) this.drop(existing);
  }

  private put(p: PodInfo): void {
    this.pods.set(p.key, p);
    this.podIndex.add(p);
    addPod(this.info(p.node), p);
  }

  private drop(p: PodInfo): void {
    this.pods.delete(p.key);
    this.podIndex.remove(p);
    const info = this.nodes.get(p.node);
    if (!info) return;
    removePod(info, p);
    if (!info.node && info.pods.size === 0) this.nodes.delete(p.node);
  }
}
