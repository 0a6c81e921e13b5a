import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../engine';
import { capacityUse, formatCpu, formatMemory, nodeStatusText, quantity, share } from './node-capacity';
import { bySeniority, cast } from './stage-layout';
import { sameItems } from './use-session';

const pod = (name: string, nodeName?: string, created = '2025-01-01T00:00:00Z', cpu?: string, phase = 'Running'): Pod =>
  ({
    metadata: { name, creationTimestamp: created },
    spec: { nodeName, containers: [{ name: 'c', image: 'x', resources: cpu ? { requests: { cpu, memory: '128Mi' } } : {} }] },
    status: { phase },
  }) as Pod;
const node = (name: string, ready = 'True', unschedulable = false): Node =>
  ({
    metadata: { name },
    spec: { unschedulable },
    status: { allocatable: { cpu: '2', memory: '4194304Ki' }, conditions: [{ type: 'Ready', status: ready }] },
  }) as unknown as Node;

describe('seating', () => {
  it('orders pods oldest first, then by name', () => {
    const pods = Array.from({ length: 30 }, (_, i) =>
      pod(`p-${String(29 - i).padStart(2, '0')}`, 'n', `2025-01-01T00:00:${String(29 - i).padStart(2, '0')}Z`),
    );
    pods.push(pod('p-00b', 'n', '2025-01-01T00:00:00Z'));
    const sorted = [...pods].sort(bySeniority);
    expect(sorted.map((p) => p.metadata.name).slice(0, 4)).toEqual(['p-00', 'p-00b', 'p-01', 'p-02']);
  });
  it('casts pods onto their nodes, the unbound into the wings, and keeps stages for vanished nodes', () => {
    const c = cast([node('node-2'), node('node-1')], [pod('a', 'node-1'), pod('b'), pod('c', 'node-9'), pod('d', 'node-1')]);
    expect(c.stages).toEqual(['node-1', 'node-2', 'node-9']);
    expect([...c.missing]).toEqual(['node-9']);
    expect(c.byNode.get('node-1')?.map((p) => p.metadata.name)).toEqual(['a', 'd']);
    expect(c.byNode.get('node-2')).toEqual([]);
    expect(c.wings.map((p) => p.metadata.name)).toEqual(['b']);
  });
  it('answers again from memory while the store hands it the same arrays', () => {
    const nodes = [node('node-1')];
    const pods = [pod('a', 'node-1'), pod('b')];
    const first = cast(nodes, pods);
    expect(cast(nodes, pods)).toBe(first);
    const next = cast(nodes, [...pods, pod('c', 'node-1')]);
    expect(next).not.toBe(first);
    expect(next.byNode.get('node-1')?.map((p) => p.metadata.name)).toEqual(['a', 'c']);
  });
  it.each([
    [[1, 2], [1, 2], true],
    [[1, 2], [1, 3], false],
    [[1], [1, 2], false],
    [[], [], true],
  ])('sameItems(%j, %j) is %s', (a, b, same) => expect(sameItems(a, b)).toBe(same));
});

describe('node capacity', () => {
  it.each([
    ['250m', 0.25],
    ['2', 2],
    ['128Mi', 134217728],
    ['4194304Ki', 4294967296],
    ['1G', 1e9],
    ['bogus', 0],
  ])('quantity(%s)', (q, v) => expect(quantity(q)).toBe(v));
  it('sums requests of pods that hold resources', () => {
    const use = capacityUse(node('n'), [
      pod('a', 'n', undefined, '500m'),
      pod('b', 'n', undefined, '250m'),
      pod('done', 'n', undefined, '1', 'Succeeded'),
    ]);
    expect(use).toEqual({ cpuRequested: 0.75, cpuAllocatable: 2, memoryRequested: 2 * 134217728, memoryAllocatable: 4294967296 });
    expect(share(use.cpuRequested, use.cpuAllocatable)).toBeCloseTo(0.375);
    expect(share(5, 2)).toBe(1);
    expect([share(0, 2), share(1, 0), share(-1, 2), share(1, 4)]).toEqual([0, 0, 0, 0.25]);
    expect(`${formatCpu(0.75)} / ${formatCpu(2)}`).toBe('750m / 2');
    expect(`${formatMemory(use.memoryRequested)} / ${formatMemory(use.memoryAllocatable)}`).toBe('256Mi / 4Gi');
  });
  it.each([
    [node('n'), 'Ready'],
    [node('n', 'Unknown'), 'NotReady'],
    [node('n', 'True', true), 'Ready,SchedulingDisabled'],
  ])('node status %#', (n, text) => expect(nodeStatusText(n)).toBe(text));
});
