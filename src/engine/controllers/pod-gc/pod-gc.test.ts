import { describe, expect, it, vi } from 'vitest';
import { createCluster } from '../../index';
import type { Node, Pod } from '../../objects/types';
import { addNode, addPod, condition, runWithHeartbeats } from '../node-lifecycle/test-fixtures';

vi.mock('../../cluster/components', async () => {
  const { namespacesComponent } = await import('../../cluster/namespaces');
  const { nodeLifecycleController } = await import('../node-lifecycle/node-lifecycle-controller');
  const { garbageCollector } = await import('../garbage-collector/garbage-collector');
  const { podGarbageCollector } = await import('./pod-gc');
  return { COMPONENTS: [namespacesComponent, nodeLifecycleController, garbageCollector, podGarbageCollector] };
});

describe('pod garbage collector', () => {
  it('force-deletes pods of a deleted node after the 40 s quarantine, marking them Failed', () => {
    const c = createCluster({ nodes: 0 });
    for (const n of ['node-1', 'node-9']) addNode(c, n);
    addPod(c, 'web-a', 'node-9');
    addPod(c, 'web-b', 'node-1');
    const last: Record<string, Pod> = {};
    c.watch((e) => {
      if (e.type === 'DELETED' && e.object.kind === 'Pod') last[`${e.object.metadata.name}@${c.now()}`] = e.object as Pod;
    });
    runWithHeartbeats(c, 30_000, () => ['node-1', 'node-9']);
    c.api.delete('Node', undefined, 'node-9', 'kubectl'); // t = 30 s; passes run at 0, 20, 40 … s
    // The 40 s pass finds the node missing and quarantines it until 80 s.
    runWithHeartbeats(c, 49_999, () => ['node-1']);
    expect(c.get('Pod', 'default', 'web-a')).toBeDefined();
    runWithHeartbeats(c, 1, () => ['node-1']);
    expect(c.get('Pod', 'default', 'web-a')).toBeUndefined();
    expect(c.get('Pod', 'default', 'web-b')).toBeDefined();
    const final = last['web-a@80000'];
    expect(final.status?.phase).toBe('Failed');
    expect(condition(final, 'DisruptionTarget')).toEqual({
      type: 'DisruptionTarget',
      status: 'True',
      reason: 'DeletionByPodGC',
      message: 'PodGC: node no longer exists',
      lastProbeTime: null,
      lastTransitionTime: '2025-01-01T00:01:20Z',
    });
  });

  it.each([
    ['with the out-of-service taint: force-deleted at the next pass', true, false],
    ['without it: stays Terminating', false, true],
  ])('a terminating pod on a NotReady node, %s', (_n, outOfService, remains) => {
    const c = createCluster({ nodes: 0 });
    for (const n of ['node-1', 'node-2']) addNode(c, n);
    addPod(c, 'web-a', 'node-2');
    runWithHeartbeats(c, 20_000, () => ['node-1', 'node-2']);
    runWithHeartbeats(c, 80_000, () => ['node-1']); // t = 100 s, node-2 Unknown since 70 s
    c.api.delete('Pod', 'default', 'web-a', 'kubectl');
    if (outOfService) {
      const n = c.get<Node>('Node', undefined, 'node-2') as Node;
      const taints = [...(n.spec?.taints ?? []), { key: 'node.kubernetes.io/out-of-service', value: 'nodeshutdown', effect: 'NoExecute' }];
      c.api.client('kubectl').update({ ...n, spec: { ...n.spec, taints } } as Node);
    }
    runWithHeartbeats(c, 19_999, () => ['node-1']);
    expect(c.get<Pod>('Pod', 'default', 'web-a')?.metadata.deletionTimestamp).toBe('2025-01-01T00:02:10Z');
    runWithHeartbeats(c, 1, () => ['node-1']); // t = 120 s: a pass
    expect(!!c.get('Pod', 'default', 'web-a')).toBe(remains);
  });
});
