import { describe, expect, it } from 'vitest';
import { Rng } from '../sim/rng';
import type { Pod } from '../objects/types';
import { DEFAULT_PROFILE } from './registry';
import { numFeasibleNodesToFind, schedulePod, selectHost, nextStartIndex } from './schedule-one';
import { nodeInfo, podObject, stored } from './test-helpers';
import { Store } from '../api/store';
import { buildTrace } from './trace';

describe('numFeasibleNodesToFind', () => {
  it.each([
    { nodes: 3, want: 3 },
    { nodes: 99, want: 99 },
    { nodes: 100, want: 100 },
    { nodes: 200, want: 100 },
    { nodes: 1000, want: 420 },
    { nodes: 5000, want: 500 },
    { nodes: 6000, want: 300 },
    { nodes: 10000, want: 500 },
  ])('$nodes nodes → $want', ({ nodes, want }) => expect(numFeasibleNodesToFind(0, nodes)).toBe(want));

  it('honours an explicit percentage', () => expect(numFeasibleNodesToFind(30, 1000)).toBe(300));
});

describe('selectHost', () => {
  it('takes a unique maximum without drawing', () => {
    const rng = new Rng(1, {});
    expect(selectHost([1, 5, 3], rng)).toBe(1);
    expect(rng.state.scheduler).toBeUndefined();
  });

  it('breaks ties uniformly', () => {
    const rng = new Rng(7, {});
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[selectHost([9, 9, 1, 9], rng)]++;
    expect(counts[2]).toBe(0);
    for (const i of [0, 1, 3]) expect(counts[i]).toBeGreaterThan(850);
  });
});

describe('schedulePod', () => {
  const handleOf = (nodes: ReturnType<typeof nodeInfo>[]) => ({ store: new Store(), allNodes: () => nodes });

  it('evaluates only enough nodes and rotates the start index', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => nodeInfo(`n${i}`));
    const pod = stored<Pod>(podObject('p', { cpu: '100m' }));
    const d = schedulePod(DEFAULT_PROFILE, pod, handleOf(nodes), 150, new Rng(1, {}));
    expect(d.numNodesToFind).toBe(100);
    expect(d.processed).toBe(100);
    expect(nextStartIndex(d)).toBe(50);
    const t = buildTrace({ pod: { namespace: 'default', name: 'p', uid: 'u' }, time: 0, attempt: 1, decision: d, profile: DEFAULT_PROFILE });
    expect(t.nodes[0].node).toBe('n150');
    expect(t.notEvaluated).toHaveLength(100);
    expect(t.notEvaluated[0]).toBe('n50');
  });

  it('traces filter verdicts and weighted scores', () => {
    const nodes = [nodeInfo('small', { cpu: '500m' }), nodeInfo('a'), nodeInfo('b', {}, [podObject('x', { cpu: '1', memory: '1Gi' })])];
    const pod = stored<Pod>(podObject('p', { cpu: '1', memory: '1Gi' }));
    const d = schedulePod(DEFAULT_PROFILE, pod, handleOf(nodes), 0, new Rng(1, {}));
    const t = buildTrace({ pod: { namespace: 'default', name: 'p', uid: 'u' }, time: 5, attempt: 1, decision: d, profile: DEFAULT_PROFILE });
    expect(t.outcome).toEqual({ kind: 'Scheduled', node: 'a', score: 300 + 62 + 87 });
    expect(t.nodes[0]).toMatchObject({ node: 'small', feasible: false, total: null });
    expect(t.nodes[0].filters.at(-1)).toEqual({ plugin: 'NodeResourcesFit', code: 'Unschedulable', reasons: ['Insufficient cpu'] });
    expect(t.nodes[1].scores).toEqual([
      { plugin: 'TaintToleration', weight: 3, raw: 0, normalized: 100, weighted: 300 },
      { plugin: 'NodeResourcesFit', weight: 1, raw: 62, normalized: 62, weighted: 62 },
      { plugin: 'NodeResourcesBalancedAllocation', weight: 1, raw: 87, normalized: 87, weighted: 87 },
    ]);
    expect(t.nodes[2].total).toBe(300 + 25 + 75);
  });

  it('reports the FitError when nothing fits', () => {
    const nodes = [nodeInfo('a', { cpu: '1' }), nodeInfo('b', { unschedulable: true })];
    const pod = stored<Pod>(podObject('p', { cpu: '2' }));
    const d = schedulePod(DEFAULT_PROFILE, pod, handleOf(nodes), 0, new Rng(1, {}));
    expect(d.message).toBe(
      '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.',
    );
    expect(d.unschedulablePlugins).toEqual(['NodeUnschedulable', 'NodeResourcesFit']);
  });

  it('says so when there are no nodes', () => {
    const d = schedulePod(DEFAULT_PROFILE, stored<Pod>(podObject('p')), handleOf([]), 0, new Rng(1, {}));
    expect(d.message).toBe('no nodes available to schedule pods');
  });
});
