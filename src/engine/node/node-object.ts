// The Node and Lease objects a kubelet registers and keeps fresh, shaped like a kind/kubeadm
// worker running containerd. [k8s: pkg/kubelet/kubelet_node_status.go, pkg/kubelet/nodestatus/setters.go,
// pkg/kubelet/nodelease]. Simplification: the node registers already Ready (the real one is
// NotReady for a few seconds until the runtime and CNI report in).
import type { ClusterConfig } from '../cluster/config';
import type { KObject, NewObject } from '../objects/types';
import { rfc3339, rfc3339Micro } from '../util/time';
import type { NodeRt } from './state';

export const KERNEL_VERSION = '6.8.0-51-generic';
export const LEASE_NAMESPACE = 'kube-node-lease';
export const LEASE_DURATION_SECONDS = 40;

export function nodeIP(index: number): string {
  return `172.18.0.${index + 2}`;
}

export function podCIDR(index: number): string {
  return `10.244.${index + 1}.0/24`;
}

/** What the kubelet reports as capacity and allocatable (no system reservations, as kind). */
export function nodeResources(config: ClusterConfig): Record<string, string> {
  return {
    cpu: String(config.nodeCpu),
    'ephemeral-storage': '102626232Ki',
    'hugepages-1Gi': '0',
    'hugepages-2Mi': '0',
    memory: `${Math.floor(config.nodeMemoryBytes / 1024)}Ki`,
    pods: '110',
  };
}

const CONDITIONS: [string, string, string, string][] = [
  ['MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
  ['DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
  ['PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
  ['Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'],
];

/** Node conditions as the kubelet posts them; transition times kept from `previous` when unchanged. */
export function nodeConditions(now: number, previous?: KObject): unknown[] {
  const prev = (previous?.status?.conditions ?? []) as { type: string; status: string; lastTransitionTime: string }[];
  return CONDITIONS.map(([type, status, reason, message]) => {
    const p = prev.find((c) => c.type === type);
    return {
      lastHeartbeatTime: rfc3339(now),
      lastTransitionTime: p && p.status === status ? p.lastTransitionTime : rfc3339(now),
      message,
      reason,
      status,
      type,
    };
  });
}

export function nodeImages(rt: NodeRt, digest: (full: string) => string): unknown[] {
  return Object.entries(rt.images)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 50)
    .map(([full, size]) => ({ names: [`${full.replace(/[:@][^:@/]+$/, '')}@sha256:${digest(full)}`, full], sizeBytes: size }));
}

export function nodeStatus(name: string, rt: NodeRt, config: ClusterConfig, now: number, digest: (full: string) => string, previous?: KObject): Record<string, unknown> {
  const res = nodeResources(config);
  return {
    addresses: [
      { address: nodeIP(rt.index), type: 'InternalIP' },
      { address: name, type: 'Hostname' },
    ],
    allocatable: { ...res },
    capacity: { ...res },
    conditions: nodeConditions(now, previous),
    daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    images: nodeImages(rt, digest),
    nodeInfo: {
      architecture: 'amd64',
      bootID: rt.bootID,
      containerRuntimeVersion: 'containerd://1.7.24',
      kernelVersion: KERNEL_VERSION,
      kubeProxyVersion: config.kubernetesVersion,
      kubeletVersion: config.kubernetesVersion,
      machineID: rt.machineID,
      operatingSystem: 'linux',
      osImage: 'Debian GNU/Linux 12 (bookworm)',
      systemUUID: rt.systemUUID,
    },
    runtimeHandlers: [
      { features: { recursiveReadOnlyMounts: true, userNamespaces: true }, name: 'runc' },
      { features: { recursiveReadOnlyMounts: true, userNamespaces: true }, name: '' },
    ],
  };
}

export function newNode(name: string, rt: NodeRt): NewObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
      },
    },
    spec: { podCIDR: podCIDR(rt.index), podCIDRs: [podCIDR(rt.index)], providerID: `kind://docker/kind/${name}` },
  };
}

export function newLease(name: string, nodeUid: string, now: number): NewObject {
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name, namespace: LEASE_NAMESPACE, ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name, uid: nodeUid }] },
    spec: { holderIdentity: name, leaseDurationSeconds: LEASE_DURATION_SECONDS, renewTime: rfc3339Micro(now) },
  };
}
