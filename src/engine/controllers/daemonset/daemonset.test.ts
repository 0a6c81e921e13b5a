// The DaemonSet controller, commands in and cluster out: one pod per eligible node, pinned by node
// affinity and bound by the scheduler; node selectors, taints, nodes coming and going; RollingUpdate
// and OnDelete; status, events, validation texts and snapshots.
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../cluster/cluster';
import { createCluster, restoreCluster } from '../../index';
import type { KObject, Pod } from '../../objects/types';
import { kubectlOk, waitFor } from '../../testing/helpers';

function ds(extra = '', spec = ''): string {
  return `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
${spec}  template:
    metadata:
      labels:
        app: agent
    spec:
${extra}      containers:
      - name: agent
        image: nginx:1.14.2
`;
}

function agentPods(c: Cluster): Pod[] {
  return c.list<Pod>('Pod', 'default').filter((p) => p.metadata.labels?.app === 'agent' && !p.metadata.deletionTimestamp);
}

function targetOf(p: Pod): string | undefined {
  return p.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms[0].matchFields?.[0].values?.[0];
}

function status(c: Cluster): Record<string, unknown> {
  return (c.get<KObject>('DaemonSet', 'default', 'agent')?.status ?? {}) as Record<string, unknown>;
}

function settled(c: Cluster, n: number): void {
  waitFor(c, () => agentPods(c).length === n && agentPods(c).every((p) => p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True')) && status(c).numberReady === n, 120_000, 1000, `${n} ready agents`);
}

describe('DaemonSet', () => {
  it('runs one pod per node, pinned by node affinity and bound by the default scheduler', () => {
    const c = createCluster({ seed: 3 });
    expect(kubectlOk(c, 'kubectl apply -f -', ds())).toBe('daemonset.apps/agent created\n');
    settled(c, 3);
    const pods = agentPods(c);
    expect(pods.map((p) => p.spec?.nodeName).sort()).toEqual(['node-1', 'node-2', 'node-3']);
    const pod = pods.find((p) => p.spec?.nodeName === 'node-2') as Pod;
    expect(pod.spec?.affinity).toEqual({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-2'] }] }] } } });
    expect(pod.spec?.tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
    ]);
    const d = c.get<KObject>('DaemonSet', 'default', 'agent') as KObject;
    const hash = c.list<KObject>('ControllerRevision', 'default')[0].metadata.labels?.['controller-revision-hash'];
    expect(pod.metadata.labels).toEqual({ app: 'agent', 'controller-revision-hash': hash, 'pod-template-generation': '1' });
    expect(pod.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'DaemonSet', name: 'agent', controller: true });
    expect(d.metadata.annotations?.['deprecated.daemonset.template.generation']).toBe('1');
    expect(d.spec?.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    expect(d.status).toEqual({ currentNumberScheduled: 3, desiredNumberScheduled: 3, numberAvailable: 3, numberMisscheduled: 0, numberReady: 3, observedGeneration: 1, updatedNumberScheduled: 3 });
    const table = kubectlOk(c, 'kubectl get ds');
    expect(table.split('\n')[0]).toBe('NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE');
    expect(table.split('\n')[1]).toMatch(/^agent {3}3 {9}3 {9}3 {7}3 {12}3 {11}<none> {10}\d+s$/);
    expect(kubectlOk(c, 'kubectl get events --field-selector involvedObject.kind=DaemonSet -o jsonpath={.items[*].reason}')).toBe('SuccessfulCreate SuccessfulCreate SuccessfulCreate');
  });

  it('follows node labels, taints, and nodes coming and going', () => {
    const c = createCluster({ seed: 4 });
    kubectlOk(c, 'kubectl apply -f -', ds('      nodeSelector:\n        disk: ssd\n'));
    c.advance(5000);
    expect(agentPods(c)).toHaveLength(0);
    expect(status(c)).toMatchObject({ desiredNumberScheduled: 0, currentNumberScheduled: 0 });
    kubectlOk(c, 'kubectl label node node-1 disk=ssd');
    kubectlOk(c, 'kubectl label node node-3 disk=ssd');
    settled(c, 2);
    expect(agentPods(c).map((p) => p.spec?.nodeName).sort()).toEqual(['node-1', 'node-3']);
    expect(kubectlOk(c, 'kubectl get ds agent --no-headers')).toMatch(/ disk=ssd /);
    // The label goes: the daemon pod on that node goes too.
    kubectlOk(c, 'kubectl label node node-3 disk-');
    waitFor(c, () => agentPods(c).length === 1, 60_000, 1000, 'one agent');
    expect(agentPods(c)[0].spec?.nodeName).toBe('node-1');
    // A NoSchedule taint keeps a running daemon pod (shouldContinueRunning) but stops new ones.
    kubectlOk(c, 'kubectl taint node node-1 dedicated=x:NoSchedule');
    c.advance(5000);
    expect(agentPods(c)).toHaveLength(1);
    expect(status(c)).toMatchObject({ desiredNumberScheduled: 0, numberMisscheduled: 1 });
    // NoExecute: it must leave.
    kubectlOk(c, 'kubectl taint node node-1 dedicated=x:NoExecute');
    waitFor(c, () => agentPods(c).length === 0, 60_000, 1000, 'no agents');
  });

  it('creates a pod on a node that joins and loses the one of a node that leaves', () => {
    const c = createCluster({ seed: 5 });
    kubectlOk(c, 'kubectl apply -f -', ds());
    settled(c, 3);
    kubectlOk(c, 'kubectl apply -f -', 'apiVersion: v1\nkind: Node\nmetadata:\n  name: node-4\n  labels:\n    kubernetes.io/hostname: node-4\n');
    // A Node object without a kubelet has no allocatable pods, so its daemon pod is created (pinned
    // to it) and stays Pending; the controller's part is what is checked here.
    waitFor(c, () => status(c).desiredNumberScheduled === 4, 30_000, 500, 'four desired');
    const pinned = agentPods(c).filter((p) => p.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms[0].matchFields?.[0].values?.[0] === 'node-4');
    expect(pinned).toHaveLength(1);
    kubectlOk(c, 'kubectl delete node node-2');
    waitFor(c, () => !agentPods(c).some((p) => p.spec?.nodeName === 'node-2') && status(c).desiredNumberScheduled === 3, 120_000, 1000, 'node-2 agent gone');
  });

  it('rolls a new template out one node at a time (maxUnavailable 1)', () => {
    const c = createCluster({ seed: 6 });
    kubectlOk(c, 'kubectl apply -f -', ds());
    settled(c, 3);
    const before = new Set(agentPods(c).map((p) => p.metadata.name));
    kubectlOk(c, 'kubectl set image ds/agent agent=nginx:1.16.1');
    let maxDown = 0;
    waitFor(
      c,
      () => {
        const ready = agentPods(c).filter((p) => p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True')).length;
        maxDown = Math.max(maxDown, 3 - ready);
        return status(c).observedGeneration === 2 && status(c).updatedNumberScheduled === 3 && status(c).numberAvailable === 3;
      },
      180_000,
      200,
      'rollout',
    );
    expect(maxDown).toBe(1);
    expect(kubectlOk(c, 'kubectl rollout status ds/agent')).toBe('daemon set "agent" successfully rolled out\n');
    expect(agentPods(c).some((p) => before.has(p.metadata.name))).toBe(false);
    expect(agentPods(c).every((p) => p.metadata.labels?.['pod-template-generation'] === '2')).toBe(true);
    expect(c.get<KObject>('DaemonSet', 'default', 'agent')?.metadata.annotations?.['deprecated.daemonset.template.generation']).toBe('2');
    expect(c.list<KObject>('ControllerRevision', 'default').map((r) => r.revision).sort()).toEqual([1, 2]);
  });

  it('keeps old pods under OnDelete until they are deleted', () => {
    const c = createCluster({ seed: 7 });
    kubectlOk(c, 'kubectl apply -f -', ds('', '  updateStrategy:\n    type: OnDelete\n'));
    settled(c, 3);
    kubectlOk(c, 'kubectl set image ds/agent agent=nginx:1.16.1');
    c.advance(30_000);
    expect(agentPods(c).every((p) => p.spec?.containers[0].image === 'nginx:1.14.2')).toBe(true);
    // updatedNumberScheduled is omitempty: zero is absent.
    expect(status(c)).toMatchObject({ numberReady: 3, observedGeneration: 2 });
    expect(status(c).updatedNumberScheduled).toBeUndefined();
    const victim = agentPods(c)[0];
    kubectlOk(c, `kubectl delete pod ${victim.metadata.name}`);
    waitFor(c, () => status(c).updatedNumberScheduled === 1 && status(c).numberReady === 3, 120_000, 1000, 'one updated');
    expect(agentPods(c).filter((p) => p.spec?.containers[0].image === 'nginx:1.16.1').map((p) => p.spec?.nodeName)).toEqual([victim.spec?.nodeName]);
  });

  it('surges with maxSurge: the new pod runs beside the old one until it is available', () => {
    const c = createCluster({ seed: 8 });
    kubectlOk(c, 'kubectl apply -f -', ds('', '  updateStrategy:\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 0\n'));
    settled(c, 3);
    kubectlOk(c, 'kubectl set image ds/agent agent=nginx:1.16.1');
    let minReady = 3;
    let maxPods = 0;
    waitFor(
      c,
      () => {
        const pods = agentPods(c);
        maxPods = Math.max(maxPods, pods.length);
        minReady = Math.min(minReady, pods.filter((p) => p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True')).length);
        return pods.length === 3 && status(c).observedGeneration === 2 && status(c).updatedNumberScheduled === 3 && status(c).numberAvailable === 3;
      },
      180_000,
      200,
      'surge rollout',
    );
    expect(maxPods).toBe(4);
    expect(minReady).toBe(3);
  });

  it('shows kube-proxy as the DaemonSet kubeadm installs in kube-system, one host-network pod per node', () => {
    const c = createCluster({ seed: 11 });
    c.advance(30_000);
    const lines = kubectlOk(c, 'kubectl get ds -n kube-system').split('\n');
    expect(lines[0]).toBe('NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE');
    expect(lines[1]).toBe('kube-proxy   3         3         3       3            3           kubernetes.io/os=linux   30s');
    const pods = c.list<Pod>('Pod', 'kube-system').filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-proxy');
    expect(pods.map((p) => p.spec?.nodeName).sort()).toEqual(['node-1', 'node-2', 'node-3']);
    // hostNetwork: the pod's IP is its node's.
    for (const p of pods) expect(p.status?.podIP).toBe(p.status?.hostIP);
    expect(pods.every((p) => p.metadata.name.startsWith('kube-proxy-') && p.spec?.serviceAccountName === 'kube-proxy')).toBe(true);
  });

  it('filters only its own node when scheduling: the others count as not satisfying NodeAffinity', () => {
    const c = createCluster({ seed: 12 });
    kubectlOk(c, 'kubectl apply -f -', ds('', '').replace('        image: nginx:1.14.2\n', '        image: nginx:1.14.2\n        resources:\n          requests:\n            cpu: "3"\n'));
    c.advance(5000);
    const pod = agentPods(c).find((p) => targetOf(p) === 'node-1') as Pod;
    expect(pod.spec?.nodeName).toBeUndefined();
    expect(pod.status?.conditions?.find((x) => x.type === 'PodScheduled')?.message).toBe(
      "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't satisfy plugin(s) [NodeAffinity]. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
    );
  });

  it('refuses invalid specs with the API server texts', () => {
    const c = createCluster({ seed: 9 });
    const r = c.kubectl('kubectl apply -f -', ds('', '  updateStrategy:\n    rollingUpdate:\n      maxSurge: 1\n'));
    expect(r.stderr).toBe('The DaemonSet "agent" is invalid: spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero\n');
    const r2 = c.kubectl('kubectl apply -f -', ds('', '  updateStrategy:\n    type: Sometimes\n'));
    expect(r2.stderr).toBe('The DaemonSet "agent" is invalid: spec.updateStrategy.type: Unsupported value: "Sometimes": supported values: "OnDelete", "RollingUpdate"\n');
  });

  it('survives a snapshot: the restored cluster continues identically', () => {
    const c = createCluster({ seed: 10 });
    kubectlOk(c, 'kubectl apply -f -', ds());
    c.advance(2000);
    const r = restoreCluster(c.snapshot());
    c.advance(30_000);
    r.advance(30_000);
    expect(kubectlOk(r, 'kubectl get pods,ds -o json')).toBe(kubectlOk(c, 'kubectl get pods,ds -o json'));
  });
});
