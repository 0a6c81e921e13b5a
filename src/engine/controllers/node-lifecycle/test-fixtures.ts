// Test-only helpers for the node controllers: hand-made Nodes, Leases and bound Pods, and a
// stand-in for the kubelets' heartbeats (the real kubelet lives elsewhere), so the controllers
// can be tested in a cluster created with { nodes: 0 }.
import type { Cluster } from '../../cluster/cluster';
import type { Event, KObject, Lease, Node, Pod, Toleration } from '../../objects/types';
import { rfc3339, rfc3339Micro } from '../../util/time';

const KUBELET = 'kubelet';

export function readyConditions(now: number): unknown[] {
  const t = rfc3339(now);
  const c = (type: string, status: string, reason: string, message: string) => ({ type, status, lastHeartbeatTime: t, lastTransitionTime: t, reason, message });
  return [
    c('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    c('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    c('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    c('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
  ];
}

/** Registers a node the way a kubelet does: the Node, its Ready status and its Lease. */
export function addNode(cluster: Cluster, name: string, labels: Record<string, string> = {}): Node {
  const api = cluster.api.client(KUBELET);
  const node = api.create<Node>({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name, ...labels } }, spec: {} });
  const withStatus = api.updateStatus<Node>({ ...node, status: { conditions: readyConditions(cluster.now()) } } as Node);
  api.create({
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name, namespace: 'kube-node-lease', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name, uid: node.metadata.uid }] },
    spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: rfc3339Micro(cluster.now()) },
  });
  return withStatus;
}

export function renewLease(cluster: Cluster, name: string): void {
  const api = cluster.api.client(KUBELET);
  const lease = api.get<Lease>('Lease', 'kube-node-lease', name);
  if (lease) api.update({ ...lease, spec: { ...lease.spec, renewTime: rfc3339Micro(cluster.now()) } } as KObject);
}

/** A kubelet coming back: lease renewed and Ready=True posted with a fresh heartbeat. */
export function reviveNode(cluster: Cluster, name: string): void {
  renewLease(cluster, name);
  const api = cluster.api.client(KUBELET);
  const node = api.get<Node>('Node', undefined, name) as Node;
  api.updateStatus({ ...node, status: { ...node.status, conditions: readyConditions(cluster.now()) } } as Node);
}

/**
 * Runs the cluster for `ms`, renewing the leases of `alive` nodes every 10 s (at 0, 10, 20 s …
 * of absolute virtual time), as their kubelets would.
 */
export function runWithHeartbeats(cluster: Cluster, ms: number, alive: () => Iterable<string>): void {
  const end = cluster.now() + ms;
  while (cluster.now() < end) {
    if (cluster.now() % 10_000 === 0) for (const n of alive()) renewLease(cluster, n);
    const next = Math.min(end, (Math.floor(cluster.now() / 10_000) + 1) * 10_000);
    cluster.advance(next - cluster.now());
  }
}

export const DEFAULT_TOLERATIONS: Toleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
];

/** A running, Ready pod bound to `node` (scheduler and kubelet skipped). */
export function addPod(
  cluster: Cluster,
  name: string,
  node: string | undefined,
  opts: { tolerations?: Toleration[]; ownerReferences?: KObject['metadata']['ownerReferences']; labels?: Record<string, string> } = {},
): Pod {
  const api = cluster.api.client('test');
  const spec: Record<string, unknown> = { containers: [{ name: 'web', image: 'nginx' }], tolerations: opts.tolerations ?? DEFAULT_TOLERATIONS };
  if (node) spec.nodeName = node;
  const pod = api.create<Pod>({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels: opts.labels ?? { app: 'web' }, ownerReferences: opts.ownerReferences },
    spec,
  });
  const t = rfc3339(cluster.now());
  return api.updateStatus<Pod>({
    ...pod,
    status: {
      phase: 'Running',
      conditions: [
        { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: t },
        { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: t },
        { type: 'ContainersReady', status: 'True', lastProbeTime: null, lastTransitionTime: t },
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: t },
      ],
    },
  } as unknown as Pod);
}

/** "TYPE REASON MESSAGE" of the events about one object, oldest first. */
export function eventsFor(cluster: Cluster, kind: string, name: string): string[] {
  return cluster
    .list<Event>('Event')
    .filter((e) => e.involvedObject.kind === kind && e.involvedObject.name === name)
    .map((e) => `${e.type} ${e.reason} ${e.message}`);
}

export function condition(obj: KObject | undefined, type: string): Record<string, unknown> | undefined {
  return (obj?.status?.conditions as Record<string, unknown>[] | undefined)?.find((c) => c.type === type);
}

export function taintsOf(cluster: Cluster, node: string): string[] {
  const n = cluster.get<Node>('Node', undefined, node);
  return (n?.spec?.taints ?? []).map((t) => `${t.key}:${t.effect}${t.timeAdded ? `@${t.timeAdded}` : ''}`);
}
