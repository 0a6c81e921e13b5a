// Official example manifests from kubernetes/website content/en/examples, applied unchanged —
// including the flow-style files (JSON-like braces, trailing commas) the repository now stores —
// and what a learner then sees from kubectl.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { Pod } from '../objects/types';
import { kubectlOk, waitFor } from '../testing/helpers';

// pods/simple-pod.yaml, exactly as stored (flow style with trailing commas).
const SIMPLE_POD = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "nginx",
  },
  spec: {
    containers: [{
      name: "nginx",
      image: "nginx:1.14.2",
      ports: [{
        containerPort: 80,
      }],
    }],
  },
}
`;

// controllers/frontend.yaml
const FRONTEND = `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: frontend
  labels:
    app: nginx
    tier: frontend
spec:
  # modify replicas according to your case
  replicas: 3
  selector:
    matchLabels:
      tier: frontend
  template:
    metadata:
      labels:
        tier: frontend
    spec:
      containers:
      - name: nginx
        image: nginx
`;

// pods/pod-rs.yaml: two bare pods whose labels match the frontend ReplicaSet.
const POD_RS = `apiVersion: v1
kind: Pod
metadata:
  name: pod1
  labels:
    tier: frontend
spec:
  containers:
  - name: hello1
    image: gcr.io/google-samples/hello-app:2.0

---

apiVersion: v1
kind: Pod
metadata:
  name: pod2
  labels:
    tier: frontend
spec:
  containers:
  - name: hello2
    image: gcr.io/google-samples/hello-app:1.0
`;

describe('official examples', () => {
  it('runs pods/simple-pod.yaml (flow style) to Running', () => {
    const c = createCluster();
    expect(kubectlOk(c, 'apply -f -', SIMPLE_POD)).toBe('pod/nginx created\n');
    waitFor(c, () => c.get<Pod>('Pod', 'default', 'nginx')?.status?.phase === 'Running', 60_000);
    expect(c.kubectl('get pod nginx').stdout).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nnginx\s+1\/1\s+Running\s+0\s+\d+s\n$/);
    expect(kubectlOk(c, 'apply -f -', SIMPLE_POD)).toBe('pod/nginx unchanged\n');
  });

  it('lets the frontend ReplicaSet adopt the bare pods of pod-rs.yaml', () => {
    const c = createCluster();
    expect(kubectlOk(c, 'apply -f -', POD_RS)).toBe('pod/pod1 created\npod/pod2 created\n');
    c.advance(20_000);
    expect(kubectlOk(c, 'apply -f -', FRONTEND)).toBe('replicaset.apps/frontend created\n');
    c.advance(30_000);
    const pods = c.list<Pod>('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp);
    // The ReplicaSet counts the two adopted pods and creates only one of its own.
    expect(pods.map((p) => p.metadata.name).sort()).toEqual(expect.arrayContaining(['pod1', 'pod2']));
    expect(pods).toHaveLength(3);
    for (const p of pods) expect(p.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'ReplicaSet', name: 'frontend', controller: true });
    expect(c.kubectl('get rs frontend').stdout).toMatch(/^NAME\s+DESIRED\s+CURRENT\s+READY\s+AGE\nfrontend\s+3\s+3\s+3\s+\d+s\n$/);
  });
});
