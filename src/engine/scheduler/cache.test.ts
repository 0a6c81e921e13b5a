import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../objects/types';
import { SchedulerCache } from './cache';
import { nodeObject, podObject, stored } from './test-helpers';

const zoned = (name: string, zone?: string) => stored<Node>(nodeObject(name, zone ? { labels: { 'topology.kubernetes.io/zone': zone } } : {}));
const bound = (name: string, node: string, cpu: string, phase = 'Running') => {
  const p = stored<Pod>(podObject(name, { cpu }));
  return { ...p, spec: { ...p.spec, nodeName: node }, status: { phase } } as Pod;
};

describe('SchedulerCache', () => {
  it('lists nodes round-robin across zones, like node_tree.go', () => {
    const c = new SchedulerCache();
    for (const [n, z] of [['a1', 'a'], ['a2', 'a'], ['a3', 'a'], ['b1', 'b'], ['c1', 'c'], ['b2', 'b']]) c.upsertNode(zoned(n, z));
    expect(c.list().map((i) => i.name)).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  });

  it('keeps running sums as pods bind, finish and go away', () => {
    const c = new SchedulerCache();
    c.upsertNode(zoned('n'));
    const info = c.nodes.get('n');
    const p = bound('p', 'n', '500m');
    c.updatePod('default/p', p);
    c.updatePod('default/q', bound('q', 'n', '1'));
    expect([info?.requested.milliCpu, info?.pods.size]).toEqual([1500, 2]);
    c.updatePod('default/p', { ...p, metadata: { ...p.metadata, deletionTimestamp: '2025-01-01T00:00:30Z' } });
    expect(info?.requested.milliCpu).toBe(1500); // terminating still counts
    c.updatePod('default/p', { ...p, status: { phase: 'Succeeded' } });
    expect([info?.requested.milliCpu, info?.pods.size]).toEqual([1000, 1]);
    c.updatePod('default/q', undefined);
    expect([info?.requested.milliCpu, info?.nonZeroRequested.memory, info?.pods.size]).toEqual([0, 0, 0]);
  });

  it('holds an assumed pod until its binding arrives, and forgets it on failure', () => {
    const c = new SchedulerCache();
    c.upsertNode(zoned('n'));
    const pending = stored<Pod>(podObject('p', { cpu: '1' }));
    c.assume('default/p', pending, 'n');
    c.updatePod('default/p', { ...pending, metadata: { ...pending.metadata, labels: { x: 'y' } } });
    expect(c.podInfo('default/p')?.assumed).toBe(true);
    c.updatePod('default/p', { ...pending, spec: { ...pending.spec, containers: pending.spec?.containers ?? [], nodeName: 'n' } });
    expect(c.podInfo('default/p')?.assumed).toBe(false);
    expect(c.nodes.get('n')?.requested.milliCpu).toBe(1000);
    const other = stored<Pod>(podObject('o', { cpu: '1' }));
    c.assume('default/o', other, 'n');
    c.forget('default/o');
    expect(c.nodes.get('n')?.requested.milliCpu).toBe(1000);
  });
});
