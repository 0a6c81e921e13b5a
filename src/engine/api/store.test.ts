import { describe, expect, it } from 'vitest';
import type { KObject } from '../objects/types';
import { Store } from './store';

function pod(name: string, owner?: string, node?: string): KObject {
  const metadata: KObject['metadata'] = { name, namespace: 'default', uid: `uid-${name}` } as KObject['metadata'];
  if (owner) metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: owner, controller: true }];
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: node ? { nodeName: node } : {} } as KObject;
}

describe('Store indexes', () => {
  it('orders dependents and podsOnNode by key, whatever the write order', () => {
    const s = new Store();
    for (const n of ['c', 'a', 'b']) s.put('pods', pod(n, 'rs-1', 'node-1'));
    expect(s.dependents('rs-1').map((o) => o.metadata.name)).toEqual(['a', 'b', 'c']);
    s.put('pods', { ...pod('a', 'rs-1', 'node-1'), status: { phase: 'Running' } });
    s.put('pods', pod('d', 'rs-1', 'node-1'));
    s.remove('pods', pod('b'));
    expect(s.dependents('rs-1').map((o) => o.metadata.name)).toEqual(['a', 'c', 'd']);
    expect(s.dependents('rs-1')[0].status).toEqual({ phase: 'Running' });
    expect(s.podsOnNode('node-1').map((o) => o.metadata.name)).toEqual(['a', 'c', 'd']);
  });

  it('moves an object between indexes when its owner or node changes', () => {
    const s = new Store();
    s.put('pods', pod('a', 'rs-1', 'node-1'));
    s.put('pods', pod('a', 'rs-2', 'node-2'));
    expect(s.dependents('rs-1')).toEqual([]);
    expect(s.podsOnNode('node-1')).toEqual([]);
    expect(s.dependents('rs-2').map((o) => o.metadata.name)).toEqual(['a']);
    expect(s.podsOnNode('node-2').map((o) => o.metadata.name)).toEqual(['a']);
  });

  it('inListOrder sorts gathered objects into creation (list) order, also after a reload', () => {
    const s = new Store();
    for (const n of ['z', 'a', 'm']) s.put('pods', pod(n));
    s.put('pods', { ...pod('z'), status: {} }); // an update keeps the position
    const names = (os: KObject[]) => os.map((o) => o.metadata.name);
    expect(names(s.inListOrder('pods', [pod('m'), pod('a'), pod('z')]))).toEqual(['z', 'a', 'm']);
    const copy = new Store();
    copy.load(s.dump(), () => 'pods');
    expect(names(copy.inListOrder('pods', [pod('m'), pod('z'), pod('a')]))).toEqual(names(copy.list('pods')));
  });
});

describe('Store dump order', () => {
  it("is the same after a reload when a resource's last object was deleted and a new one created", () => {
    const s = new Store();
    const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', uid: `uid-${name}` } }) as KObject;
    s.put('configmaps', cm('a'));
    s.put('pods', pod('p'));
    s.remove('configmaps', cm('a'));
    const copy = new Store();
    copy.load(s.dump(), (o) => (o.kind === 'Pod' ? 'pods' : 'configmaps'));
    for (const store of [s, copy]) store.put('configmaps', cm('b'));
    expect(JSON.stringify(copy.dump())).toBe(JSON.stringify(s.dump()));
  });
});
