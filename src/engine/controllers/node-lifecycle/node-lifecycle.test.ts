import { describe, expect, it, vi } from 'vitest';
import { createCluster, restoreCluster } from '../../index';
import type { Cluster } from '../../cluster/cluster';
import type { Node, Pod } from '../../objects/types';
import { nodeStatusText } from '../../objects/node';
import { addNode, addPod, condition, eventsFor, reviveNode, runWithHeartbeats, taintsOf } from './test-fixtures';

// Only the namespaces and the controllers under test: other components are written elsewhere.
vi.mock('../../cluster/components', async () => {
  const { namespacesComponent } = await import('../../cluster/namespaces');
  const { nodeLifecycleController } = await import('./node-lifecycle-controller');
  const { taintEvictionController } = await import('./taint-eviction-controller');
  const { garbageCollector } = await import('../garbage-collector/garbage-collector');
  const { podGarbageCollector } = await import('../pod-gc/pod-gc');
  return { COMPONENTS: [namespacesComponent, nodeLifecycleController, taintEvictionController, garbageCollector, podGarbageCollector] };
});

const T = (s: number) => `2025-01-01T00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}Z`;

/** n nodes; every node alive until t=20 s, then only those not in `dead` keep renewing. */
function setup(n: number, dead: string[]): { c: Cluster; alive: () => string[] } {
  const c = createCluster({ nodes: 0 });
  const names = Array.from({ length: n }, (_, i) => `node-${i + 1}`);
  for (const name of names) addNode(c, name);
  const deadSet = new Set<string>();
  const alive = () => names.filter((x) => !deadSet.has(x));
  runWithHeartbeats(c, 20_000, alive);
  for (const d of dead) deadSet.add(d);
  return { c, alive };
}

const pod = (c: Cluster, name: string) => c.get<Pod>('Pod', 'default', name);
const node = (c: Cluster, name: string) => c.get<Node>('Node', undefined, name) as Node;

describe('node lifecycle controller: a node that stops heartbeating', () => {
  it('registers each node once', () => {
    const { c, alive } = setup(2, []);
    runWithHeartbeats(c, 60_000, alive);
    expect(eventsFor(c, 'Node', 'node-1')).toEqual(['Normal RegisteredNode Node node-1 event: Registered Node node-1 in Controller']);
    expect(node(c, 'node-1').spec?.taints).toBeUndefined();
  });

  it('posts Unknown 50 s after the last heartbeat it saw, taints the node and marks pods NotReady', () => {
    const { c, alive } = setup(3, ['node-2']);
    addPod(c, 'web-a', 'node-2');
    // node-2 last renewed at t=10 s; the pass at 15 s saw it; 15 + 50 < 70 → Unknown at the 70 s pass.
    runWithHeartbeats(c, 45_000, alive); // t = 65 s
    expect(condition(node(c, 'node-2'), 'Ready')?.status).toBe('True');
    runWithHeartbeats(c, 5_000, alive); // t = 70 s
    const n2 = node(c, 'node-2');
    expect(nodeStatusText(n2)).toBe('NotReady');
    for (const type of ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure']) {
      expect(condition(n2, type)).toEqual({
        type,
        status: 'Unknown',
        lastHeartbeatTime: T(0),
        lastTransitionTime: T(70),
        reason: 'NodeStatusUnknown',
        message: 'Kubelet stopped posting node status.',
      });
    }
    expect(eventsFor(c, 'Node', 'node-2')).toEqual([
      'Normal RegisteredNode Node node-2 event: Registered Node node-2 in Controller',
      'Normal NodeNotReady Node node-2 status is now: NodeNotReady',
    ]);
    expect(taintsOf(c, 'node-2')).toEqual([`node.kubernetes.io/unreachable:NoSchedule@${T(70)}`]);
    expect(condition(pod(c, 'web-a'), 'Ready')).toEqual({ type: 'Ready', status: 'False', lastProbeTime: null, lastTransitionTime: T(70) });
    expect(eventsFor(c, 'Pod', 'web-a')).toEqual(['Warning NodeNotReady Node is not ready']);
    // NoExecute comes from the next pass (it acts on the Ready it observed before), through the 100 ms tainting loop.
    runWithHeartbeats(c, 5_099, alive);
    expect(taintsOf(c, 'node-2')).toHaveLength(1);
    runWithHeartbeats(c, 1, alive); // t = 75.1 s
    expect(taintsOf(c, 'node-2')).toEqual([`node.kubernetes.io/unreachable:NoSchedule@${T(70)}`, `node.kubernetes.io/unreachable:NoExecute@${T(75)}`]);
    expect(taintsOf(c, 'node-1')).toEqual([]);
  });

  it('evicts tolerating pods 300 s after the NoExecute taint; the pod stays Terminating', () => {
    const { c, alive } = setup(3, ['node-2']);
    addPod(c, 'web-a', 'node-2');
    runWithHeartbeats(c, 355_099, alive); // t = 375.099 s
    expect(pod(c, 'web-a')?.metadata.deletionTimestamp).toBeUndefined();
    runWithHeartbeats(c, 1, alive); // t = 375.1 s
    const p = pod(c, 'web-a') as Pod;
    expect(p.metadata.deletionTimestamp).toBe(T(405)); // graceful: 30 s, the dead kubelet never confirms
    expect(condition(p, 'DisruptionTarget')).toEqual({
      type: 'DisruptionTarget',
      status: 'True',
      lastProbeTime: null,
      lastTransitionTime: T(375),
      reason: 'DeletionByTaintManager',
      message: 'Taint manager: deleting due to NoExecute taint',
    });
    expect(eventsFor(c, 'Pod', 'web-a')).toEqual(['Warning NodeNotReady Node is not ready', 'Normal TaintManagerEviction Marking for deletion Pod default/web-a']);
    const ev = c.list('Event').find((e) => e.reason === 'TaintManagerEviction');
    expect(ev?.source).toEqual({ component: 'taint-eviction-controller' });
    runWithHeartbeats(c, 100_000, alive);
    expect(pod(c, 'web-a')?.metadata.deletionTimestamp).toBe(T(405));
  });

  it('a kubelet coming back removes the taints and cancels pending evictions', () => {
    const { c, alive } = setup(3, ['node-2']);
    addPod(c, 'web-a', 'node-2');
    runWithHeartbeats(c, 180_000, alive); // t = 200 s, tainted since 75.1 s
    reviveNode(c, 'node-2');
    c.advance(0);
    expect(taintsOf(c, 'node-2')).toEqual([`node.kubernetes.io/unreachable:NoExecute@${T(75)}`]);
    runWithHeartbeats(c, 5_000, () => [...alive(), 'node-2']); // the 205 s pass observes Ready=True
    expect(taintsOf(c, 'node-2')).toEqual([]);
    expect(eventsFor(c, 'Pod', 'web-a')).toEqual(['Warning NodeNotReady Node is not ready', 'Normal TaintManagerEviction Cancelling deletion of Pod default/web-a']);
    runWithHeartbeats(c, 300_000, () => [...alive(), 'node-2']);
    expect(pod(c, 'web-a')?.metadata.deletionTimestamp).toBeUndefined();
  });

  it.each([
    // [nodes, dead, NoExecute taint times per dead node (null: never), pods deleted]
    ['2 of 3 dead: zone still Normal (needs > 2 unhealthy), 0.1 node/s', 3, ['node-2', 'node-3'], [T(75), T(85)], true],
    ['3 of 4 dead: PartialDisruption in a ≤ 50-node zone, rate 0', 4, ['node-2', 'node-3', 'node-4'], [null, null, null], false],
    ['3 of 3 dead: every zone FullDisruption, evictions stop', 3, ['node-1', 'node-2', 'node-3'], [null, null, null], false],
  ] as const)('%s', (_name, n, dead, taintTimes, evicted) => {
    const { c, alive } = setup(n, [...dead]);
    for (const d of dead) addPod(c, `web-${d}`, d);
    runWithHeartbeats(c, 600_000, alive);
    dead.forEach((d, i) => {
      const t = taintTimes[i];
      const noExec = taintsOf(c, d).filter((x) => x.includes('NoExecute'));
      expect(noExec).toEqual(t ? [`node.kubernetes.io/unreachable:NoExecute@${t}`] : []);
      expect(taintsOf(c, d)).toContain(`node.kubernetes.io/unreachable:NoSchedule@${T(70)}`);
      expect(!!pod(c, `web-${d}`)?.metadata.deletionTimestamp).toBe(evicted);
    });
  });

  it('cordon adds node.kubernetes.io/unschedulable:NoSchedule, uncordon removes it', () => {
    const { c } = setup(1, []);
    const api = c.api.client('kubectl');
    api.update({ ...node(c, 'node-1'), spec: { unschedulable: true } } as Node);
    c.advance(0);
    expect(taintsOf(c, 'node-1')).toEqual([`node.kubernetes.io/unschedulable:NoSchedule@${T(20)}`]);
    expect(nodeStatusText(node(c, 'node-1'))).toBe('Ready,SchedulingDisabled');
    api.update({ ...node(c, 'node-1'), spec: { ...node(c, 'node-1').spec, unschedulable: false } } as Node);
    c.advance(0);
    expect(taintsOf(c, 'node-1')).toEqual([]);
  });

  it('a restored snapshot continues identically', () => {
    const { c, alive } = setup(3, ['node-2']);
    addPod(c, 'web-a', 'node-2');
    runWithHeartbeats(c, 100_000, alive);
    const copy = restoreCluster(c.snapshot());
    runWithHeartbeats(c, 300_000, alive);
    runWithHeartbeats(copy, 300_000, alive);
    expect(JSON.stringify(copy.list('Pod'))).toBe(JSON.stringify(c.list('Pod')));
    expect(JSON.stringify(copy.list('Node'))).toBe(JSON.stringify(c.list('Node')));
    expect(pod(copy, 'web-a')?.metadata.deletionTimestamp).toBe(T(405));
  });
});
