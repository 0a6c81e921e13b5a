// Test scene shared by the describe and rollout tests: a Deployment `web` mid-rollout from
// nginx:1.26 (revision 1) to nginx:1.27 (revision 2), its two ReplicaSets, one pod of each, a
// node `node-1` with its Lease, and aggregated events. Statuses are hand-set; the clock stays 0.
import type { Cluster } from '../../index';
import type { Deployment, KObject, Node, Pod, ReplicaSet } from '../../objects/types';
import { emptyCluster, event, podTemplate, put } from './fixtures';

export interface Scene {
  c: Cluster;
  d: Deployment;
  oldRS: ReplicaSet;
  newRS: ReplicaSet;
  pod: Pod;
  node: Node;
}

function owner(o: KObject) {
  return { apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, uid: o.metadata.uid, controller: true, blockOwnerDeletion: true };
}

function rs(c: Cluster, d: Deployment, hash: string, image: string, revision: string, replicas: number, changeCause?: string): ReplicaSet {
  const labels = { app: 'web', 'pod-template-hash': hash };
  const annotations: Record<string, string> = { 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4', 'deployment.kubernetes.io/revision': revision };
  if (changeCause) annotations['kubernetes.io/change-cause'] = changeCause;
  return put<ReplicaSet>(
    c,
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: `web-${hash}`, labels, annotations, ownerReferences: [owner(d)] },
      spec: { replicas, selector: { matchLabels: labels }, template: podTemplate(labels, image) },
    },
    { replicas, fullyLabeledReplicas: replicas, readyReplicas: replicas, availableReplicas: replicas, observedGeneration: 1 },
  );
}

export function scene(): Scene {
  const c = emptyCluster();
  const node = put<Node>(
    c,
    { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1', labels: { 'kubernetes.io/hostname': 'node-1', 'kubernetes.io/os': 'linux' } } },
    {
      capacity: { cpu: '2', memory: '4Gi', pods: '110', 'ephemeral-storage': '20Gi' },
      allocatable: { cpu: '2', memory: '4Gi', pods: '110', 'ephemeral-storage': '20Gi' },
      conditions: [
        { type: 'MemoryPressure', status: 'False', lastHeartbeatTime: '2025-01-01T00:00:00Z', lastTransitionTime: '2025-01-01T00:00:00Z', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
        { type: 'Ready', status: 'True', lastHeartbeatTime: '2025-01-01T00:00:00Z', lastTransitionTime: '2025-01-01T00:00:00Z', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
      ],
      addresses: [
        { type: 'InternalIP', address: '10.0.0.11' },
        { type: 'Hostname', address: 'node-1' },
      ],
      nodeInfo: { machineID: 'm1', systemUUID: 's1', bootID: 'b1', kernelVersion: '6.8.0', osImage: 'Ubuntu 24.04 LTS', operatingSystem: 'linux', architecture: 'amd64', containerRuntimeVersion: 'containerd://1.7.22', kubeletVersion: 'v1.32.0', kubeProxyVersion: '' },
    },
  );
  put(c, { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'node-1', namespace: 'kube-node-lease' }, spec: { holderIdentity: 'node-1', leaseDurationSeconds: 40, renewTime: '2025-01-01T00:00:00.000000Z' } });
  const d = put<Deployment>(
    c,
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { app: 'web' }, annotations: { 'deployment.kubernetes.io/revision': '2' } },
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: podTemplate({ app: 'web' }, 'nginx:1.27') },
    },
    {
      observedGeneration: 1,
      replicas: 4,
      updatedReplicas: 2,
      readyReplicas: 3,
      availableReplicas: 3,
      unavailableReplicas: 1,
      conditions: [
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
        { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: 'ReplicaSet "web-7d9c6b5f4" is progressing.' },
      ],
    },
  );
  const oldRS = rs(c, d, '5b8f7c9d6', 'nginx:1.26', '1', 2, 'first');
  const newRS = rs(c, d, '7d9c6b5f4', 'nginx:1.27', '2', 2);
  const labels = { app: 'web', 'pod-template-hash': '7d9c6b5f4' };
  const pod = put<Pod>(
    c,
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-7d9c6b5f4-abcde', labels, ownerReferences: [owner(newRS)] }, spec: { ...podTemplate(labels).spec, nodeName: 'node-1' } },
    { phase: 'Pending', hostIP: '10.0.0.11', startTime: '2025-01-01T00:00:00Z', conditions: [{ type: 'PodScheduled', status: 'True' }], containerStatuses: [{ name: 'nginx', ready: false, restartCount: 0, image: 'nginx:1.27', imageID: '', state: { waiting: { reason: 'ContainerCreating' } } }] },
  );
  event(c, d, { type: 'Normal', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-5b8f7c9d6 from 0 to 3', from: 'deployment-controller', firstAgoS: 600 });
  event(c, d, { type: 'Normal', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-7d9c6b5f4 from 0 to 1', from: 'deployment-controller', firstAgoS: 20 });
  event(c, d, { type: 'Normal', reason: 'ScalingReplicaSet', message: 'Scaled down replica set web-5b8f7c9d6 from 3 to 2', from: 'deployment-controller', firstAgoS: 10 });
  event(c, newRS, { type: 'Normal', reason: 'SuccessfulCreate', message: 'Created pod: web-7d9c6b5f4-abcde', from: 'replicaset-controller', firstAgoS: 20 });
  event(c, pod, { type: 'Normal', reason: 'Scheduled', message: 'Successfully assigned default/web-7d9c6b5f4-abcde to node-1', from: 'default-scheduler', firstAgoS: 20 });
  event(c, pod, { type: 'Normal', reason: 'Pulling', message: 'Pulling image "nginx:1.27"', from: 'kubelet', host: 'node-1', count: 3, firstAgoS: 130, lastAgoS: 2, fieldPath: 'spec.containers{nginx}' });
  event(c, node, { type: 'Normal', reason: 'NodeReady', message: 'Node node-1 status is now: NodeReady', from: 'kubelet', host: 'node-1', firstAgoS: 3700, lastAgoS: 3600 });
  return { c, d, oldRS, newRS, pod, node };
}
