import { describe, expect, it } from 'vitest';
import { Store } from '../../api/store';
import type { KObject, Pod } from '../../objects/types';
import { defaultNormalizeScore, runScorePlugins, type ScorePlugin } from '../framework';
import type { NodeInfo } from '../node-info';
import { cycleFor, nodeInfo, podObject, stored } from '../test-helpers';
import { nodeAffinity } from './node-affinity';
import { balancedScore, nodeResourcesBalancedAllocation } from './node-resources-balanced-allocation';
import { leastRequestedScore, nodeResourcesFit } from './node-resources-fit';
import { podTopologySpread } from './pod-topology-spread';
import { taintToleration } from './taint-toleration';

/** Runs one score plugin alone and returns [raw, normalized] (null when it skipped the pod). */
function scoreWith(plugin: ScorePlugin, pod: Pod, nodes: NodeInfo[], store = new Store()) {
  const t = runScorePlugins([plugin], pod, nodes, cycleFor(pod, nodes, store));
  return { raw: t.raw[0], normalized: t.normalized[0], totals: t.totals };
}

describe('defaultNormalizeScore', () => {
  it.each([
    { scores: [0, 1, 2], reverse: false, want: [0, 50, 100] },
    { scores: [0, 1, 2], reverse: true, want: [100, 50, 0] },
    { scores: [0, 0], reverse: true, want: [100, 100] },
    { scores: [0, 0], reverse: false, want: [0, 0] },
    { scores: [10, 15, 0], reverse: false, want: [66, 100, 0] },
  ])('$scores reverse=$reverse → $want', ({ scores, reverse, want }) => {
    const s = [...scores];
    defaultNormalizeScore(s, reverse);
    expect(s).toEqual(want);
  });
});

describe('NodeResourcesFit LeastAllocated', () => {
  it.each([
    { name: 'half-empty pod on empty node', pod: { cpu: '500m', memory: '1Gi' }, existing: [], want: 75 },
    { name: 'with a pod already there', pod: { cpu: '500m', memory: '1Gi' }, existing: [{ cpu: '1', memory: '2Gi' }], want: 25 },
    { name: 'no requests: 100m / 200Mi defaults', pod: {}, existing: [], want: 95 },
    { name: 'over capacity scores 0', pod: { cpu: '3', memory: '5Gi' }, existing: [], want: 0 },
  ])('$name → $want', ({ pod, existing, want }) => {
    const p = stored<Pod>(podObject('p', pod));
    const n = nodeInfo('n', {}, existing.map((e, i) => podObject(`e${i}`, e)));
    expect(scoreWith(nodeResourcesFit, p, [n]).raw).toEqual([want]);
  });

  it('leastRequestedScore truncates', () => {
    expect(leastRequestedScore(1, 3)).toBe(66);
    expect(leastRequestedScore(4, 3)).toBe(0);
  });
});

describe('NodeResourcesBalancedAllocation', () => {
  it.each([
    { fractions: [0.25, 0.25], want: 100 },
    { fractions: [0.5, 0.25], want: 87 },
    { fractions: [1, 0], want: 50 },
  ])('$fractions → $want', ({ fractions, want }) => expect(balancedScore(fractions)).toBe(want));

  it('scores with real requests and skips best-effort pods', () => {
    const n = nodeInfo('n', {});
    const p = stored<Pod>(podObject('p', { cpu: '1', memory: '1Gi' }));
    expect(scoreWith(nodeResourcesBalancedAllocation, p, [n]).raw).toEqual([87]);
    const be = stored<Pod>(podObject('be'));
    expect(scoreWith(nodeResourcesBalancedAllocation, be, [n]).raw).toBeNull();
  });
});

describe('TaintToleration score', () => {
  it('counts untolerated PreferNoSchedule taints, reversed', () => {
    const pref = (key: string) => ({ key, effect: 'PreferNoSchedule' });
    const nodes = [nodeInfo('a', {}), nodeInfo('b', { taints: [pref('x')] }), nodeInfo('c', { taints: [pref('x'), pref('y')] })];
    const p = stored<Pod>(podObject('p'));
    expect(scoreWith(taintToleration, p, nodes)).toMatchObject({ raw: [0, 1, 2], normalized: [100, 50, 0], totals: [300, 150, 0] });
    const tolerant = stored<Pod>(podObject('t', { spec: { tolerations: [{ key: 'y', operator: 'Exists' }] } }));
    expect(scoreWith(taintToleration, tolerant, nodes).raw).toEqual([0, 1, 1]);
  });
});

describe('NodeAffinity preferred terms', () => {
  it('sums matching weights and normalizes to the best node', () => {
    const pref = (weight: number, key: string, value: string) => ({ weight, preference: { matchExpressions: [{ key, operator: 'In', values: [value] }] } });
    const p = stored<Pod>(podObject('p', { spec: { affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [pref(10, 'zone', 'a'), pref(5, 'disk', 'ssd')] } } } }));
    const nodes = [nodeInfo('n1', { labels: { zone: 'a', disk: 'ssd' } }), nodeInfo('n2', { labels: { zone: 'a' } }), nodeInfo('n3', {})];
    expect(scoreWith(nodeAffinity, p, nodes)).toMatchObject({ raw: [15, 10, 0], normalized: [100, 66, 0] });
    expect(scoreWith(nodeAffinity, stored<Pod>(podObject('q')), nodes).raw).toBeNull();
  });
});

describe('PodTopologySpread system defaults', () => {
  const store = new Store();
  const rs = stored<KObject>({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web-1', namespace: 'default' } as KObject['metadata'], spec: { selector: { matchLabels: { app: 'web' } } } });
  store.put('replicasets', rs);
  const owned = (name: string) =>
    podObject(name, { labels: { app: 'web' } }) as KObject & { metadata: { ownerReferences?: unknown } };
  const withOwner = (name: string) => {
    const o = owned(name);
    o.metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-1', uid: rs.metadata.uid, controller: true }];
    return o;
  };

  it('spreads by hostname: fewest matching pods wins', () => {
    const nodes = [nodeInfo('n1', {}, [withOwner('a'), withOwner('b')]), nodeInfo('n2', {}, [podObject('other')]), nodeInfo('n3', {}, [withOwner('c')])];
    const p = stored<Pod>(withOwner('new'));
    // ln(5) per pod + (maxSkew 3 − 1): 5.22→5, 2, 3.61→4; normalized 100·(max+min−s)/max.
    expect(scoreWith(podTopologySpread, p, nodes, store)).toMatchObject({ raw: [5, 2, 4], normalized: [40, 100, 60] });
  });

  it('adds zone spreading when nodes carry zone labels', () => {
    const z = (zone: string) => ({ labels: { 'topology.kubernetes.io/zone': zone } });
    const nodes = [nodeInfo('n1', z('a'), [withOwner('a'), withOwner('b')]), nodeInfo('n2', z('a')), nodeInfo('n3', z('b'), [withOwner('c')])];
    const p = stored<Pod>(withOwner('new'));
    expect(scoreWith(podTopologySpread, p, nodes, store)).toMatchObject({ raw: [12, 9, 9], normalized: [75, 100, 100] });
  });

  it('skips pods no controller or service selects', () => {
    const nodes = [nodeInfo('n1', {})];
    expect(scoreWith(podTopologySpread, stored<Pod>(podObject('lonely')), nodes, store).raw).toBeNull();
  });
});
