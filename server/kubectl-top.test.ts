// `kubectl top` through metrics.k8s.io/v1beta1 (server/metrics.ts): the real kubectl 1.32 prints
// what the in-page console's `top` prints for a twin cluster, and the API answers its objects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../src/engine/index';
import type { Served } from './serve';
import { KUBECTL } from './testing/kubectl';
import { type Twins, startTwins } from './testing/twins';

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, labels: {app: web}}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        resources: {requests: {cpu: 100m, memory: 64Mi}}
`;

describe.skipIf(!KUBECTL)('kubectl top against npm run serve', { timeout: 90_000 }, () => {
  let t: Twins;
  let served: Served;
  let twin: Cluster;
  const k = (line: string) => t.k(line);

  beforeAll(async () => {
    t = await startTwins({ seed: 3, prefix: 'top' });
    ({ served, twin } = t);
    const applied = await k(`apply -f ${t.file('web.yaml', MANIFEST)}`);
    expect(applied.stderr).toBe('');
    twin.kubectl('apply -f -', MANIFEST);
    for (const c of [served.cluster, twin]) c.advance(90_000);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('prints top nodes and top pods as the console does', async () => {
    for (const line of [
      'top nodes',
      'top node node-2',
      'top pods',
      'top pods -A',
      'top pods -l app=web --containers',
      'top pods -n kube-system',
    ]) {
      const real = await k(line);
      const console_ = twin.kubectl(line);
      expect(real.stderr, line).toBe(console_.stderr);
      expect(real.stdout, line).toBe(console_.stdout);
    }
    expect((await k('top nodes')).stdout).toMatch(/^NAME +CPU\(cores\) +CPU\(%\) +MEMORY\(bytes\) +MEMORY\(%\)/);
    expect((await k('top pods')).stdout).toMatch(/\nweb-[a-z0-9]+-[a-z0-9]+ +\d+m +\d+Mi/);
  });

  it('serves NodeMetrics and PodMetrics objects, with NotFound for a missing one', async () => {
    const node = await (await fetch(`${served.url}/apis/metrics.k8s.io/v1beta1/nodes/node-1`)).json();
    expect(node).toMatchObject({ kind: 'NodeMetrics', apiVersion: 'metrics.k8s.io/v1beta1', metadata: { name: 'node-1' }, window: '15s' });
    expect(node.usage.cpu).toMatch(/^\d+m$/);
    const pods = await (await fetch(`${served.url}/apis/metrics.k8s.io/v1beta1/namespaces/default/pods`)).json();
    expect(pods.kind).toBe('PodMetricsList');
    expect(pods.items.map((p: { metadata: { name: string } }) => p.metadata.name)).toHaveLength(2);
    const missing = await fetch(`${served.url}/apis/metrics.k8s.io/v1beta1/namespaces/default/pods/nope`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).message).toBe('podmetrics.metrics.k8s.io "default/nope" not found');
    const real = await k('top pod nope');
    expect(real.stderr).toBe(twin.kubectl('top pod nope').stderr);
  });
});
