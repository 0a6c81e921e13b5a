import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../cluster/cluster';
import { createCluster } from '../../index';
import type { KObject, Pod } from '../../objects/types';
import { TestKubelet } from '../deployment/test-kubelet';

// The frontend.yaml example of the ReplicaSet concept page.
function createFrontend(c: Cluster, replicas = 3, extra: Record<string, unknown> = {}): KObject {
  return c.api.create({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'frontend', labels: { app: 'guestbook', tier: 'frontend' } },
    spec: {
      replicas,
      selector: { matchLabels: { tier: 'frontend' } },
      template: { metadata: { labels: { tier: 'frontend' } }, spec: { containers: [{ name: 'php-redis', image: 'us-docker.pkg.dev/google-samples/containers/gke/gb-frontend:v5' }] } },
      ...extra,
    },
  });
}

function barePod(c: Cluster, name: string, labels: Record<string, string>): Pod {
  return c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec: { containers: [{ name: 'hello', image: 'gcr.io/google-samples/hello-app:2.0' }] } }) as Pod;
}

const rs = (c: Cluster) => c.get('ReplicaSet', 'default', 'frontend') as KObject;
const live = (c: Cluster) => c.list<Pod>('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp);
const messages = (c: Cluster, reason: string) =>
  c
    .list('Event', 'default')
    .filter((e) => e.reason === reason)
    .map((e) => e.message);

describe('ReplicaSet controller', () => {
  it('adopts a matching bare pod and creates only the missing ones (frontend.yaml)', () => {
    const c = createCluster({ nodes: 0 });
    const k = new TestKubelet(c, { readyAfterMs: 1000 });
    const pod1 = barePod(c, 'pod1', { tier: 'frontend' });
    barePod(c, 'other', { tier: 'backend' });
    const set = createFrontend(c);
    k.run(3000);
    const adopted = c.get<Pod>('Pod', 'default', 'pod1') as Pod;
    expect(adopted.metadata.uid).toBe(pod1.metadata.uid);
    expect(adopted.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'frontend', uid: set.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(c.get<Pod>('Pod', 'default', 'other')?.metadata.ownerReferences).toBeUndefined();
    const created = live(c).filter((p) => p.metadata.name.startsWith('frontend-'));
    expect(created.length).toBe(2);
    for (const p of created) expect(p.metadata.name).toMatch(/^frontend-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(messages(c, 'SuccessfulCreate')).toEqual(created.map((p) => `Created pod: ${p.metadata.name}`));
    expect(rs(c).status).toEqual({ replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 3, availableReplicas: 3, observedGeneration: 1 });
  });

  it('replaces a deleted pod, and releases a pod whose labels stop matching', () => {
    const c = createCluster({ nodes: 0 });
    const k = new TestKubelet(c, { readyAfterMs: 500, terminateAfterMs: 2000 });
    createFrontend(c);
    k.run(2000);
    const [victim, relabelled] = live(c);
    c.api.delete('Pod', 'default', victim.metadata.name, 'kubectl');
    k.run(50);
    expect(live(c).length).toBe(3); // a replacement exists while the old pod is still terminating
    expect(c.get('Pod', 'default', victim.metadata.name)?.metadata.deletionTimestamp).toBeDefined();
    const p = structuredClone(c.get('Pod', 'default', relabelled.metadata.name) as KObject);
    p.metadata.labels = { tier: 'debug' };
    c.api.update(p, 'kubectl');
    k.run(3000);
    expect(c.get<Pod>('Pod', 'default', relabelled.metadata.name)?.metadata.ownerReferences).toBeUndefined();
    expect(live(c).filter((x) => x.metadata.ownerReferences?.[0]?.name === 'frontend').length).toBe(3);
    expect(c.get('Pod', 'default', victim.metadata.name)).toBeUndefined();
    expect(messages(c, 'SuccessfulCreate').length).toBe(5);
  });

  it('scales down not-ready pods before ready ones, with SuccessfulDelete events', () => {
    const c = createCluster({ nodes: 0 });
    const k = new TestKubelet(c, { readyAfterMs: 500, broken: (p) => p.metadata.labels?.broken === 'yes' });
    createFrontend(c, 2);
    k.run(2000);
    const ready = live(c).map((p) => p.metadata.name);
    const r = structuredClone(rs(c));
    r.spec.replicas = 4;
    r.spec.template.metadata.labels = { tier: 'frontend', broken: 'yes' };
    c.api.update(r, 'kubectl');
    k.run(2000);
    const r2 = structuredClone(rs(c));
    r2.spec.replicas = 2;
    c.api.update(r2, 'kubectl');
    k.run(100);
    expect(live(c).map((p) => p.metadata.name).sort()).toEqual([...ready].sort());
    expect(messages(c, 'SuccessfulDelete').length).toBe(2);
    expect(rs(c).status).toMatchObject({ replicas: 2, readyReplicas: 2, observedGeneration: 3 });
  });

  it('counts a pod available only after minReadySeconds', () => {
    const c = createCluster({ nodes: 0 });
    const k = new TestKubelet(c, { readyAfterMs: 1000 });
    createFrontend(c, 2, { minReadySeconds: 10 });
    k.run(3000);
    expect(rs(c).status).toMatchObject({ replicas: 2, readyReplicas: 2 });
    expect(rs(c).status.availableReplicas).toBeUndefined();
    k.run(10_000);
    expect(rs(c).status.availableReplicas).toBe(2);
  });

  it('creates at most 500 pods per sync and reports the quota error as FailedCreate', () => {
    const c = createCluster({ nodes: 0 });
    createFrontend(c, 1003);
    c.advance(5);
    expect(c.list('Pod').length).toBe(500);
    c.advance(5);
    expect(c.list('Pod').length).toBe(1000);
    c.advance(50);
    expect(c.list('Pod').length).toBe(1000);
    const failed = c.list('Event', 'default').filter((e) => e.reason === 'FailedCreate');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0].type).toBe('Warning');
    expect(failed[0].message).toMatch(/^Error creating: pods "frontend-[a-z0-9]{5}" is forbidden: exceeded quota: podchestra-pods, requested: pods=1, used: pods=1000, limited: pods=1000$/);
    const condition = rs(c).status.conditions?.[0];
    expect(condition).toMatchObject({ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate' });
    expect(condition.message).toMatch(/^pods "frontend-[a-z0-9]{5}" is forbidden: exceeded quota/);
    // kubeadm's two CoreDNS pods (Pending: no nodes) hold two places under the cluster's pod cap.
    expect(c.list('Pod', 'kube-system').length).toBe(2);
    expect(rs(c).status.replicas).toBe(998);
  });
});
