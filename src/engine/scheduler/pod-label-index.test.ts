import { describe, expect, it } from 'vitest';
import { Store } from '../api/store';
import { parseSelector } from '../objects/labels';
import type { Node, Pod } from '../objects/types';
import { SchedulerCache } from './cache';
import { CycleState, runScorePlugins } from './framework';
import { countByNode, podTopologySpread } from './plugins/pod-topology-spread';
import { nodeObject, podObject, stored } from './test-helpers';

const bound = (name: string, node: string, labels: Record<string, string>, ns = 'default') =>
  stored<Pod>({ ...podObject(name, { labels, namespace: ns }), spec: { ...podObject(name).spec, nodeName: node } });

function cacheWith(): SchedulerCache {
  const cache = new SchedulerCache();
  for (const [n, zone] of [['a', 'z1'], ['b', 'z1'], ['c', 'z2']]) cache.upsertNode(stored<Node>(nodeObject(n, { labels: { 'topology.kubernetes.io/zone': zone } })));
  const pods = [
    bound('p1', 'a', { app: 'web', tier: 'fe' }),
    bound('p2', 'a', { app: 'web' }),
    bound('p3', 'b', { app: 'web', tier: 'be' }),
    bound('p4', 'c', { app: 'db' }),
    bound('p5', 'c', { app: 'web' }, 'other'),
  ];
  for (const p of pods) cache.updatePod(`${p.metadata.namespace}/${p.metadata.name}`, p);
  return cache;
}

const collect = (cache: SchedulerCache, ns: string, sel: string) => {
  const out: string[] = [];
  cache.podIndex.forEachMatching(ns, parseSelector(sel), (p) => out.push(p.pod.metadata.name));
  return out.sort();
};

describe('PodLabelIndex', () => {
  it.each([
    { sel: 'app=web', want: ['p1', 'p2', 'p3'] },
    { sel: 'app in (web,db,web)', want: ['p1', 'p2', 'p3', 'p4'] },
    { sel: 'app=web,tier', want: ['p1', 'p3'] },
    { sel: 'app=web,tier!=fe', want: ['p2', 'p3'] },
    { sel: '!tier', want: ['p2', 'p4'] },
    { sel: 'app notin (web)', want: ['p4'] },
    { sel: 'missing=x', want: [] },
    { sel: '', want: ['p1', 'p2', 'p3', 'p4'] },
  ])('default/$sel → $want', ({ sel, want }) => {
    expect(collect(cacheWith(), 'default', sel)).toEqual(want);
  });

  it('follows relabelling and removal', () => {
    const cache = cacheWith();
    const p2 = cache.podInfo('default/p2')?.pod as Pod;
    cache.updatePod('default/p2', { ...p2, metadata: { ...p2.metadata, labels: { app: 'db' } } });
    cache.updatePod('default/p4', undefined);
    expect(collect(cache, 'default', 'app=db')).toEqual(['p2']);
    expect(collect(cache, 'default', 'app=web')).toEqual(['p1', 'p3']);
    cache.clear();
    expect(collect(cache, 'default', '')).toEqual([]);
  });
});

describe('countByNode', () => {
  it('gives the same counts from the index as from scanning every node, skipping terminating pods', () => {
    const cache = cacheWith();
    const p3 = cache.podInfo('default/p3')?.pod as Pod;
    cache.updatePod('default/p3', { ...p3, metadata: { ...p3.metadata, deletionTimestamp: '2025-01-01T00:00:00Z' } });
    const indexed = { store: new Store(), allNodes: () => cache.list(), podIndex: cache.podIndex, nodeInfo: (n: string) => cache.nodes.get(n) };
    const scanned = { store: new Store(), allNodes: () => cache.list() };
    for (const sel of ['app=web', 'app', '', 'tier!=fe']) {
      const want = countByNode(scanned, parseSelector(sel), 'default');
      expect(countByNode(indexed, parseSelector(sel), 'default')).toEqual(want);
    }
    expect([...countByNode(indexed, parseSelector('app=web'), 'default')]).toEqual([['a', 2]]);
    expect(countByNode(indexed, null, 'default').size).toBe(0);
  });

  it('scores zone and hostname spreading identically with and without the index', () => {
    const cache = cacheWith();
    const pod = stored<Pod>({
      ...podObject('new', { labels: { app: 'web' } }),
      spec: {
        ...podObject('new').spec,
        topologySpreadConstraints: [
          { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'web' } } },
          { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'web' } } },
        ],
      },
    });
    const nodes = cache.list();
    const run = (handle: ConstructorParameters<typeof CycleState>[1]) => runScorePlugins([podTopologySpread], pod, nodes, new CycleState(pod, handle));
    const indexed = run({ store: new Store(), allNodes: () => nodes, podIndex: cache.podIndex, nodeInfo: (n) => cache.nodes.get(n) });
    const scanned = run({ store: new Store(), allNodes: () => nodes });
    expect(indexed).toEqual(scanned);
    // a: zone z1 has 3 web pods, host 2 → round(3·ln4 + 2·ln5) = 7; b: 3·ln4 + 1·ln5 = 6; c: 0.
    expect(nodes.map((n) => n.name)).toEqual(['a', 'c', 'b']);
    expect(indexed.raw[0]).toEqual([7, 0, 6]);
  });
});
