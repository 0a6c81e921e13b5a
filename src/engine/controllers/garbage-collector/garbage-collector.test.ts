import { describe, expect, it, vi } from 'vitest';
import type { Cluster } from '../../cluster/cluster';
import { createCluster, restoreCluster } from '../../index';
import type { KObject, OwnerReference, Pod } from '../../objects/types';
import { addNode, addPod } from '../node-lifecycle/test-fixtures';
import { GC_LATENCY_MS } from './garbage-collector';

vi.mock('../../cluster/components', async () => {
  const { namespacesComponent } = await import('../../cluster/namespaces');
  const { garbageCollector } = await import('./garbage-collector');
  return { COMPONENTS: [namespacesComponent, garbageCollector] };
});

const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } };

function create(c: Cluster, kind: 'Deployment' | 'ReplicaSet', name: string, owner?: KObject): KObject {
  return c.api.client('test').create({
    apiVersion: 'apps/v1',
    kind,
    metadata: { name, namespace: 'default', ownerReferences: owner ? [ref(owner)] : undefined },
    spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template },
  });
}

function ref(owner: KObject, controller = true): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller, blockOwnerDeletion: true };
}

/** Records "Kind/name@ms" for every removal from the store. */
function deletions(c: Cluster): string[] {
  const out: string[] = [];
  c.watch((e) => {
    if (e.type === 'DELETED') out.push(`${e.object.kind}/${e.object.metadata.name}@${c.now()}`);
  });
  return out;
}

describe('garbage collector', () => {
  it('background: deletes a ReplicaSet’s pods a beat after the ReplicaSet is gone', () => {
    const c = createCluster({ nodes: 0 });
    addNode(c, 'node-1');
    const rs = create(c, 'ReplicaSet', 'web-1');
    addPod(c, 'web-1-bound', 'node-1', { ownerReferences: [ref(rs)] });
    addPod(c, 'web-1-pending', undefined, { ownerReferences: [ref(rs)] });
    const gone = deletions(c);
    c.api.delete('ReplicaSet', 'default', 'web-1', 'kubectl');
    c.advance(GC_LATENCY_MS - 1);
    expect(c.list('Pod').map((p) => p.metadata.name)).toEqual(['web-1-bound', 'web-1-pending']);
    c.advance(1);
    expect(gone).toEqual(['ReplicaSet/web-1@0', 'Pod/web-1-pending@100']);
    // A bound pod is deleted gracefully: Terminating until its kubelet confirms.
    expect(c.get<Pod>('Pod', 'default', 'web-1-bound')?.metadata.deletionTimestamp).toBe('2025-01-01T00:00:30Z');
  });

  it('keeps a dependent that has another live owner, removing only the dangling reference', () => {
    const c = createCluster({ nodes: 0 });
    const a = create(c, 'ReplicaSet', 'a');
    const b = create(c, 'ReplicaSet', 'b');
    addPod(c, 'shared', undefined, { ownerReferences: [ref(a), ref(b, false)] });
    c.api.delete('ReplicaSet', 'default', 'a', 'kubectl');
    c.advance(1000);
    const p = c.get<Pod>('Pod', 'default', 'shared');
    expect(p?.metadata.deletionTimestamp).toBeUndefined();
    expect(p?.metadata.ownerReferences).toEqual([ref(b, false)]);
  });

  it('foreground: pods, then the ReplicaSet, then the Deployment', () => {
    const c = createCluster({ nodes: 0 });
    addNode(c, 'node-1');
    const deploy = create(c, 'Deployment', 'web');
    const rs = create(c, 'ReplicaSet', 'web-1', deploy);
    addPod(c, 'web-1-a', 'node-1', { ownerReferences: [ref(rs)] });
    addPod(c, 'web-1-b', 'node-1', { ownerReferences: [ref(rs)] });
    const gone = deletions(c);
    c.api.delete('Deployment', 'default', 'web', 'kubectl', { propagationPolicy: 'Foreground' });
    expect(c.get('Deployment', 'default', 'web')?.metadata.finalizers).toEqual(['foregroundDeletion']);
    c.advance(1000);
    // The ReplicaSet is deleted in the foreground too; the pods are Terminating and block both.
    expect(c.get('ReplicaSet', 'default', 'web-1')?.metadata.finalizers).toEqual(['foregroundDeletion']);
    expect(c.list<Pod>('Pod').map((p) => !!p.metadata.deletionTimestamp)).toEqual([true, true]);
    expect(gone).toEqual([]);
    // The kubelet confirms both pods at t = 1 s.
    for (const p of ['web-1-a', 'web-1-b']) c.api.delete('Pod', 'default', p, 'kubelet', { gracePeriodSeconds: 0 });
    c.advance(1000);
    expect(gone).toEqual(['Pod/web-1-a@1000', 'Pod/web-1-b@1000', 'ReplicaSet/web-1@1100', 'Deployment/web@1200']);
  });

  it('a foreground owner without blocking dependents goes after one beat', () => {
    const c = createCluster({ nodes: 0 });
    create(c, 'Deployment', 'lonely');
    const gone = deletions(c);
    c.api.delete('Deployment', 'default', 'lonely', 'kubectl', { propagationPolicy: 'Foreground' });
    c.advance(GC_LATENCY_MS);
    expect(gone).toEqual(['Deployment/lonely@100']);
  });

  it('sweeps dependents of owners missing from a restored snapshot', () => {
    const c = createCluster({ nodes: 0 });
    const rs = create(c, 'ReplicaSet', 'web-1');
    addPod(c, 'orphan', undefined, { ownerReferences: [ref(rs)] });
    const snap = c.snapshot();
    snap.store.objects = snap.store.objects.filter((o) => o.kind !== 'ReplicaSet');
    const restored = restoreCluster(snap);
    expect(restored.get('Pod', 'default', 'orphan')).toBeDefined();
    restored.advance(GC_LATENCY_MS);
    expect(restored.get('Pod', 'default', 'orphan')).toBeUndefined();
  });

  it('deleting a Node collects its Lease (owned by the Node)', () => {
    const c = createCluster({ nodes: 0 });
    addNode(c, 'node-1');
    c.api.delete('Node', undefined, 'node-1', 'kubectl');
    c.advance(GC_LATENCY_MS);
    expect(c.get('Lease', 'kube-node-lease', 'node-1')).toBeUndefined();
  });
});
