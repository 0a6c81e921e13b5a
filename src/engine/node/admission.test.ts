// The kubelet's admission of pods bound by spec.nodeName (they never pass the scheduler):
// what fits runs, what does not is rejected the way pkg/kubelet/lifecycle/predicate.go and
// kubelet.go rejectPod do it (phase Failed, OutOf<resource>, "Pod was rejected: …", a Warning event).
import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster } from '../index';
import type { KObject, Pod } from '../objects/types';
import { kubectlOk } from '../testing/helpers';

// kubernetes/website content/en/examples/pods/pod-nginx-specific-node.yaml, verbatim except the
// node's name ("foo-node"), which the "Assign Pods to Nodes" page asks the reader to replace.
const SPECIFIC_NODE = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "nginx",
  },
  spec: {
    nodeName: "node-1", # schedule pod to specific node
    containers: [{
      name: "nginx",
      image: "nginx",
      imagePullPolicy: "IfNotPresent",
    }],
  },
}
`;

const pinned = (name: string, node: string, requests: Record<string, string>) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  nodeName: ${node}
  containers:
  - name: app
    image: nginx:1.14.2
    resources:
      requests: ${JSON.stringify(requests)}
`;

const pod = (c: ReturnType<typeof createCluster>, name: string) => c.get<Pod>('Pod', 'default', name) as Pod;
const warnings = (c: ReturnType<typeof createCluster>, name: string) =>
  c
    .list<KObject>('Event')
    .filter((e) => (e.involvedObject as { name: string }).name === name && e.type === 'Warning')
    .map((e) => `${e.reason} ${(e.source as { component: string; host: string }).component}/${(e.source as { host: string }).host}: ${e.message}`);

describe('kubelet admission of pods bound with spec.nodeName', () => {
  it("runs the docs' nodeName pod on the named node", () => {
    const c = createCluster({ seed: 3 });
    expect(kubectlOk(c, 'apply -f -', SPECIFIC_NODE)).toBe('pod/nginx created\n');
    c.advance(30_000);
    expect(pod(c, 'nginx').status?.phase).toBe('Running');
    expect(pod(c, 'nginx').spec?.nodeName).toBe('node-1');
    expect(warnings(c, 'nginx')).toEqual([]);
  });

  it('rejects a pod whose cpu request does not fit: OutOfcpu, phase Failed, the event, kubectl STATUS', () => {
    const c = createCluster({ seed: 3 });
    kubectlOk(c, 'apply -f -', pinned('small', 'node-1', { cpu: '500m' }));
    kubectlOk(c, 'apply -f -', pinned('big', 'node-1', { cpu: '1600m', memory: '64Mi' }));
    c.advance(30_000);
    expect(pod(c, 'small').status?.phase).toBe('Running');
    const big = pod(c, 'big');
    expect(big.status).toMatchObject({
      phase: 'Failed',
      reason: 'OutOfcpu',
      message: "Pod was rejected: Node didn't have enough resource: cpu, requested: 1600, used: 500, capacity: 2000",
      qosClass: 'Burstable',
    });
    expect(big.status?.startTime).toBeDefined();
    expect(big.status?.containerStatuses).toBeUndefined();
    expect(warnings(c, 'big')).toEqual(["OutOfcpu kubelet/node-1: Node didn't have enough resource: cpu, requested: 1600, used: 500, capacity: 2000"]);
    expect(kubectlOk(c, 'get pod big')).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\nbig +0\/1 +OutOfcpu +0 +\d+s\n$/);
    // Failed pods are deleted at once (grace 0) and free nothing else.
    expect(kubectlOk(c, 'delete pod big')).toBe('pod "big" deleted\n');
    expect(pod(c, 'big')).toBeUndefined();
  });

  it('rejects by memory (bytes) and by pod count (110), in Fits order', () => {
    const c = createCluster({ seed: 3 });
    kubectlOk(c, 'apply -f -', pinned('huge', 'node-2', { memory: '5Gi' }));
    c.advance(5_000);
    expect(pod(c, 'huge').status).toMatchObject({
      reason: 'OutOfmemory',
      message: "Pod was rejected: Node didn't have enough resource: memory, requested: 5368709120, used: 0, capacity: 4294967296",
    });
    const many = Array.from({ length: 112 }, (_, i) => `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  nodeName: node-3\n  containers:\n  - name: app\n    image: registry.k8s.io/pause:3.10\n`).join('');
    kubectlOk(c, 'apply -f -', many);
    c.advance(5_000);
    const onNode3 = c.list<Pod>('Pod', 'default').filter((p) => p.spec?.nodeName === 'node-3');
    const failed = onNode3.filter((p) => p.status?.phase === 'Failed');
    // Pods of kube-system already running there count too.
    const system = c.list<Pod>('Pod').filter((p) => p.spec?.nodeName === 'node-3' && p.metadata.namespace !== 'default').length;
    expect(failed.length).toBe(112 - (110 - system));
    expect(failed[0].status).toMatchObject({
      reason: 'OutOfpods',
      message: `Pod was rejected: Node didn't have enough resource: pods, requested: 1, used: 110, capacity: 110`,
    });
    // No path puts more pods on a node than its capacity.
    expect(onNode3.length - failed.length + system).toBe(110);
  });

  it('a rejection pending at snapshot time lands identically after restore', () => {
    const c = createCluster({ seed: 4 });
    kubectlOk(c, 'apply -f -', pinned('big', 'node-1', { cpu: '3' }));
    const again = restoreCluster(c.snapshot());
    c.advance(2_000);
    again.advance(2_000);
    expect(pod(again, 'big').status?.reason).toBe('OutOfcpu');
    expect(JSON.stringify(again.snapshot())).toBe(JSON.stringify(c.snapshot()));
  });
});

describe('kubelet admission after a restart', () => {
  it('re-admits pods bound while the node was down in creation order: the first keeps its room', () => {
    const c = createCluster({ seed: 5 });
    c.inject({ type: 'kill-node', node: 'node-1' });
    // "zz-first" sorts last by name but was created first.
    kubectlOk(c, 'apply -f -', pinned('zz-first', 'node-1', { cpu: '1500m' }));
    c.advance(2_000);
    kubectlOk(c, 'apply -f -', pinned('aa-second', 'node-1', { cpu: '1500m' }));
    c.advance(2_000);
    c.inject({ type: 'restore-node', node: 'node-1' });
    c.advance(10_000);
    expect(pod(c, 'zz-first').status?.phase).toBe('Running');
    expect(pod(c, 'aa-second').status).toMatchObject({
      phase: 'Failed',
      reason: 'OutOfcpu',
      message: "Pod was rejected: Node didn't have enough resource: cpu, requested: 1500, used: 1500, capacity: 2000",
    });
  });
});
