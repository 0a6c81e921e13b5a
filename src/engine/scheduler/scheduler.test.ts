import { describe, expect, it } from 'vitest';
import { type Cluster, createCluster, restoreCluster } from '../index';
import type { Event, Node, Pod } from '../objects/types';
import type { SchedulerComponent } from './scheduler';
import { addNode, addPod } from './test-helpers';

const NS = 'default';
const pod = (c: Cluster, name: string) => c.get<Pod>('Pod', NS, name);
const nodeOf = (c: Cluster, name: string) => pod(c, name)?.spec?.nodeName;
const scheduler = (c: Cluster) => c.component<SchedulerComponent>('scheduler') as SchedulerComponent;
const events = (c: Cluster, name: string) =>
  c
    .list<Event>('Event', NS)
    .filter((e) => e.involvedObject.name === name)
    .map((e) => `${e.type} ${e.reason} ${e.message} x${e.count}`);
const condition = (c: Cluster, name: string) => pod(c, name)?.status?.conditions?.find((x) => x.type === 'PodScheduled');

function cluster(nodes: number, opts: Parameters<typeof addNode>[2] = {}, seed = 1): Cluster {
  const c = createCluster({ nodes: 0, seed });
  for (let i = 1; i <= nodes; i++) addNode(c, `node-${i}`, opts);
  return c;
}

function update<T extends Node>(c: Cluster, kind: string, name: string, change: (o: T) => void, sub?: 'status'): void {
  const o = structuredClone(c.get<T>(kind, undefined, name) as T);
  change(o);
  c.api.update(o, 'test', sub);
}

const CPU_FIT_ERROR = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

describe('scheduler', () => {
  it('binds a pod a watch delay plus one cycle after it is created', () => {
    const c = cluster(3);
    addPod(c, 'web', { cpu: '500m' });
    c.advance(3);
    expect(nodeOf(c, 'web')).toBeUndefined();
    c.advance(1);
    const node = nodeOf(c, 'web') as string;
    expect(node).toMatch(/^node-[123]$/);
    expect(condition(c, 'web')).toMatchObject({ type: 'PodScheduled', status: 'True' });
    expect(events(c, 'web')).toEqual([`Normal Scheduled Successfully assigned default/web to ${node} x1`]);
    const trace = scheduler(c).traceFor(NS, 'web');
    expect(trace?.outcome).toEqual({ kind: 'Scheduled', node, score: 300 + 85 + 87 });
    expect(trace?.time).toBe(3);
    expect(trace?.nodes.map((n) => n.node)).toEqual(['node-1', 'node-2', 'node-3']);
    const decision = c.trace().find((t) => t.verb === 'schedule');
    expect(decision).toMatchObject({ from: 'default-scheduler', to: 'api-server', name: 'web', message: `${node} (score 472)` });
  });

  it('reports the FitError in status and an event, then requeues on a node add after backoff', () => {
    const c = cluster(3);
    addPod(c, 'big', { cpu: '3' });
    c.advance(100);
    expect(condition(c, 'big')).toEqual({ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: '2025-01-01T00:00:00Z', reason: 'Unschedulable', message: CPU_FIT_ERROR });
    expect(pod(c, 'big')?.status?.phase).toBe('Pending');
    expect(events(c, 'big')).toEqual([`Warning FailedScheduling ${CPU_FIT_ERROR} x1`]);
    addNode(c, 'node-4', { cpu: '4' });
    // Failed at 4 ms: backoff 1 s, so the retry runs at 1004 ms and binds one cycle later.
    c.advance(1004 - 100);
    expect(nodeOf(c, 'big')).toBeUndefined();
    c.advance(1);
    expect(nodeOf(c, 'big')).toBe('node-4');
    expect(scheduler(c).traceFor(NS, 'big')?.attempt).toBe(2);
  });

  it('stays unschedulable through irrelevant events and aggregates repeated failures', () => {
    const c = cluster(3);
    addPod(c, 'big', { cpu: '3' });
    c.advance(100);
    update(c, 'Node', 'node-1', (n) => {
      n.metadata.labels = { ...n.metadata.labels, disk: 'ssd' };
    });
    c.advance(3000);
    expect(scheduler(c).traceFor(NS, 'big')?.attempt).toBe(1);
    update(c, 'Node', 'node-1', (n) => {
      (n.status as { allocatable: Record<string, string> }).allocatable.cpu = '2500m';
    }, 'status');
    c.advance(3000);
    expect(scheduler(c).traceFor(NS, 'big')?.attempt).toBe(2);
    expect(events(c, 'big')).toEqual([`Warning FailedScheduling ${CPU_FIT_ERROR} x2`]);
  });

  it('respects taints and schedules once a taint is removed', () => {
    const taints = [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }];
    const c = cluster(2, { taints });
    addPod(c, 'p');
    addPod(c, 'tolerant', { spec: { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }] } });
    c.advance(50);
    expect(nodeOf(c, 'tolerant')).toMatch(/^node-[12]$/);
    expect(condition(c, 'p')?.message).toBe(
      '0/2 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
    );
    update(c, 'Node', 'node-2', (n) => {
      n.spec = { ...n.spec, taints: [] };
    });
    c.advance(1500);
    expect(nodeOf(c, 'p')).toBe('node-2');
  });

  it('never places pods on a cordoned node, and uses it once uncordoned', () => {
    const c = cluster(2);
    update(c, 'Node', 'node-1', (n) => {
      n.spec = { ...n.spec, unschedulable: true };
    });
    for (let i = 0; i < 5; i++) addPod(c, `p${i}`);
    c.advance(100);
    expect([0, 1, 2, 3, 4].map((i) => nodeOf(c, `p${i}`))).toEqual(Array(5).fill('node-2'));
    update(c, 'Node', 'node-2', (n) => {
      n.spec = { ...n.spec, unschedulable: true };
    });
    addPod(c, 'late');
    c.advance(100);
    expect(condition(c, 'late')?.message).toBe(
      '0/2 nodes are available: 2 node(s) were unschedulable. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
    );
    update(c, 'Node', 'node-1', (n) => {
      n.spec = { ...n.spec, unschedulable: false };
    });
    c.advance(1500);
    expect(nodeOf(c, 'late')).toBe('node-1');
  });

  it('frees resources of completed pods but not of terminating ones', () => {
    const c = cluster(1, { cpu: '1' });
    addPod(c, 'a', { cpu: '1' });
    c.advance(10);
    addPod(c, 'b', { cpu: '1' });
    c.advance(100);
    expect(condition(c, 'b')?.reason).toBe('Unschedulable');
    c.api.delete('Pod', NS, 'a', 'test'); // graceful: terminating, still holds its cpu
    c.advance(2000);
    expect(pod(c, 'a')?.metadata.deletionTimestamp).toBeDefined();
    expect(nodeOf(c, 'b')).toBeUndefined();
    const a = structuredClone(pod(c, 'a') as Pod);
    c.api.update({ ...a, status: { ...a.status, phase: 'Succeeded' } }, 'kubelet', 'status');
    c.advance(1500);
    expect(nodeOf(c, 'b')).toBe('node-1');
  });

  it('leaves pods of other schedulers alone', () => {
    const c = cluster(1);
    addPod(c, 'custom', { spec: { schedulerName: 'my-scheduler' } });
    c.advance(1000);
    expect(nodeOf(c, 'custom')).toBeUndefined();
    expect(events(c, 'custom')).toEqual([]);
    expect(scheduler(c).traceFor(NS, 'custom')).toBeUndefined();
  });

  it('scores only a share of large clusters, rotating where it starts', () => {
    const c = cluster(200);
    addPod(c, 'p1');
    c.advance(10);
    addPod(c, 'p2');
    c.advance(10);
    const t1 = scheduler(c).traceFor(NS, 'p1');
    const t2 = scheduler(c).traceFor(NS, 'p2');
    expect([t1?.numNodesToFind, t1?.nodes.length, t1?.notEvaluated.length, t1?.startIndex]).toEqual([100, 100, 100, 0]);
    expect(t2?.startIndex).toBe(100);
    expect(t2?.nodes[0].node).toBe('node-101');
  });

  it('is deterministic: same seed, same placements, also across a snapshot', () => {
    const run = (seed: number, snapshotAt?: number) => {
      let c = cluster(4, {}, seed);
      for (let i = 0; i < 24; i++) addPod(c, `p${i}`, { cpu: '100m' });
      if (snapshotAt !== undefined) {
        c.advance(snapshotAt);
        c = restoreCluster(c.snapshot());
      }
      c.advance(500);
      return Array.from({ length: 24 }, (_, i) => nodeOf(c, `p${i}`));
    };
    const a = run(42);
    expect(a.every((n) => n !== undefined)).toBe(true);
    expect(run(42)).toEqual(a);
    expect(run(42, 9)).toEqual(a);
    const perNode = new Map<string, number>();
    for (const n of a) perNode.set(n as string, (perNode.get(n as string) ?? 0) + 1);
    expect([...perNode.values()]).toEqual([6, 6, 6, 6]);
  });
});
