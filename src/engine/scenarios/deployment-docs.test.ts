// Scenario tests that follow the Kubernetes docs' Deployment page
// (content/en/docs/concepts/workloads/controllers/deployment.md) with its official manifest,
// asserting what a learner would see from kubectl at each step.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { Deployment, Pod } from '../objects/types';
import { kubectlOk, podsWithLabel, readyPods, waitFor } from '../testing/helpers';

// content/en/examples/controllers/nginx-deployment.yaml (block style, as the published page shows it)
const NGINX_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;

function rolledOut(c: ReturnType<typeof createCluster>, image: string): boolean {
  const d = c.get<Deployment>('Deployment', 'default', 'nginx-deployment');
  const pods = podsWithLabel(c, 'app', 'nginx').filter((p) => !p.metadata.deletionTimestamp);
  return (
    d?.status?.updatedReplicas === 3 &&
    d.status.availableReplicas === 3 &&
    pods.length === 3 &&
    pods.every((p) => p.spec?.containers[0].image === image) &&
    readyPods(pods).length === 3
  );
}

describe('the Deployment docs walk-through', () => {
  it('creates, updates, breaks and rolls back nginx-deployment as the docs show', () => {
    const c = createCluster();
    expect(kubectlOk(c, 'apply -f -', NGINX_DEPLOYMENT)).toBe('deployment.apps/nginx-deployment created\n');
    expect(c.kubectl('get deployments').stdout).toBe(
      'NAME               READY   UP-TO-DATE   AVAILABLE   AGE\nnginx-deployment   0/3     0            0           0s\n',
    );

    waitFor(c, () => rolledOut(c, 'nginx:1.14.2'), 60_000, 500, 'first rollout');
    const rs = c.kubectl('get rs').stdout.split('\n');
    expect(rs[0]).toMatch(/^NAME\s+DESIRED\s+CURRENT\s+READY\s+AGE$/);
    expect(rs[1]).toMatch(/^nginx-deployment-[bcdfghjklmnpqrstvwxz2456789]{8,10}\s+3\s+3\s+3\s+\d+s$/);
    const hash = c.list<Pod>('Pod', 'default')[0].metadata.labels?.['pod-template-hash'];
    expect(c.kubectl('get pods --show-labels').stdout).toContain(`app=nginx,pod-template-hash=${hash}`);

    // Updating the image rolls out a new ReplicaSet.
    expect(kubectlOk(c, 'set image deployment/nginx-deployment nginx=nginx:1.16.1')).toBe('deployment.apps/nginx-deployment image updated\n');
    waitFor(c, () => rolledOut(c, 'nginx:1.16.1'), 120_000, 500, 'update to 1.16.1');
    expect(kubectlOk(c, 'rollout status deployment/nginx-deployment')).toBe('deployment "nginx-deployment" successfully rolled out\n');
    const events = kubectlOk(c, 'describe deployment nginx-deployment');
    expect(events).toMatch(/ScalingReplicaSet\s+\S+\s+deployment-controller\s+Scaled up replica set nginx-deployment-\w+ from 0 to 1/);

    // A typo in the tag: the rollout gets stuck with one new pod that cannot pull its image.
    kubectlOk(c, 'set image deployment/nginx-deployment nginx=nginx:1.161');
    c.advance(60_000);
    const pods = podsWithLabel(c, 'app', 'nginx').filter((p) => !p.metadata.deletionTimestamp);
    const broken = pods.filter((p) => p.spec?.containers[0].image === 'nginx:1.161');
    expect(broken).toHaveLength(1);
    expect(['ErrImagePull', 'ImagePullBackOff']).toContain(broken[0].status?.containerStatuses?.[0].state?.waiting?.reason);
    expect(readyPods(pods)).toHaveLength(3);
    expect(c.kubectl('get pods').stdout).toMatch(/0\/1\s+(ErrImagePull|ImagePullBackOff)/);

    const history = kubectlOk(c, 'rollout history deployment/nginx-deployment');
    expect(history).toBe('deployment.apps/nginx-deployment \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n3         <none>\n\n');

    expect(kubectlOk(c, 'rollout undo deployment/nginx-deployment')).toBe('deployment.apps/nginx-deployment rolled back\n');
    waitFor(c, () => rolledOut(c, 'nginx:1.16.1'), 120_000, 500, 'rollback');
    expect(c.get<Deployment>('Deployment', 'default', 'nginx-deployment')?.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('4');
  });

  it('replaces a deleted pod (self-healing)', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', NGINX_DEPLOYMENT);
    waitFor(c, () => rolledOut(c, 'nginx:1.14.2'), 60_000);
    const victim = podsWithLabel(c, 'app', 'nginx')[0].metadata.name;
    expect(kubectlOk(c, `delete pod ${victim}`)).toBe(`pod "${victim}" deleted\n`);
    c.advance(100);
    const active = podsWithLabel(c, 'app', 'nginx').filter((p) => !p.metadata.deletionTimestamp);
    expect(active).toHaveLength(3);
    expect(active.map((p) => p.metadata.name)).not.toContain(victim);
    waitFor(c, () => readyPods(podsWithLabel(c, 'app', 'nginx')).length === 3 && !c.get('Pod', 'default', victim), 60_000);
  });

  it('leaves a pod that fits nowhere Pending with the scheduler’s reason', () => {
    const c = createCluster();
    kubectlOk(
      c,
      'apply -f -',
      `apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: app
    image: nginx:1.14.2
    resources:
      requests:
        cpu: "3"
`,
    );
    c.advance(5_000);
    const pod = c.get<Pod>('Pod', 'default', 'big') as Pod;
    expect(pod.status?.phase).toBe('Pending');
    const cond = pod.status?.conditions?.find((x) => x.type === 'PodScheduled');
    expect(cond?.reason).toBe('Unschedulable');
    expect(cond?.message).toBe('0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.');
    expect(c.kubectl('get events').stdout).toMatch(/Warning\s+FailedScheduling\s+pod\/big\s+0\/3 nodes are available: 3 Insufficient cpu\./);
  });

  it('evicts the pods of a dead node after the 300 s toleration and replaces them elsewhere', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', NGINX_DEPLOYMENT);
    waitFor(c, () => rolledOut(c, 'nginx:1.14.2'), 60_000);
    const onNode = (n: string) => podsWithLabel(c, 'app', 'nginx').filter((p) => p.spec?.nodeName === n && !p.metadata.deletionTimestamp);
    const target = ['node-1', 'node-2', 'node-3'].find((n) => onNode(n).length > 0) as string;
    c.inject({ type: 'kill-node', node: target });
    c.advance(60_000);
    expect(c.kubectl('get nodes').stdout).toMatch(new RegExp(`${target}\\s+NotReady`));
    expect(onNode(target).length).toBeGreaterThan(0); // still tolerated
    c.advance(5 * 60_000);
    expect(onNode(target)).toHaveLength(0);
    waitFor(c, () => readyPods(podsWithLabel(c, 'app', 'nginx').filter((p) => p.spec?.nodeName !== target)).length === 3, 120_000);
  });

  it('rejects bad input with the API server’s words and changes nothing', () => {
    const c = createCluster();
    const before = c.kubectl('get all -A -o json').stdout;
    const r = c.kubectl('apply -f -', NGINX_DEPLOYMENT.replace('replicas: 3', 'replicas: -1'));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('The Deployment "nginx-deployment" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n');
    expect(c.kubectl('get all -A -o json').stdout).toBe(before);
    const bad = c.kubectl('apply -f -', 'kind: Deployment\n  bad: [');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toMatch(/^error: error parsing STDIN: error converting YAML to JSON: yaml: line \d+:/);
  });
});
