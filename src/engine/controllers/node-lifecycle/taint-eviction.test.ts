import { describe, expect, it, vi } from 'vitest';
import { createCluster } from '../../index';
import type { Node, NodeCondition, Pod, Toleration } from '../../objects/types';
import { matchingTolerations, minTolerationMs, type TaintData } from './taints';
import { addNode, addPod, eventsFor, runWithHeartbeats } from './test-fixtures';
import { computeZoneState, newLimiter, nextTokenAt, swapLimiter, tryAccept, zoneQps } from './zones';

vi.mock('../../cluster/components', async () => {
  const { namespacesComponent } = await import('../../cluster/namespaces');
  const { nodeLifecycleController } = await import('./node-lifecycle-controller');
  const { taintEvictionController } = await import('./taint-eviction-controller');
  return { COMPONENTS: [namespacesComponent, nodeLifecycleController, taintEvictionController] };
});

const unreachable: TaintData = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };
const dedicated: TaintData = { key: 'dedicated', value: 'db', effect: 'NoExecute' };

describe('toleration matching (GetMatchingTolerations, getMinTolerationTime)', () => {
  it.each<[string, TaintData[], Toleration[], boolean, number]>([
    ['no tolerations', [unreachable], [], false, 0],
    ['Exists with 300 s', [unreachable], [{ key: unreachable.key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }], true, 300_000],
    ['forever', [unreachable], [{ key: unreachable.key, operator: 'Exists' }], true, -1],
    ['Equal needs the value', [dedicated], [{ key: 'dedicated', value: 'web', effect: 'NoExecute' }], false, 0],
    ['Equal with the value', [dedicated], [{ key: 'dedicated', operator: 'Equal', value: 'db' }], true, -1],
    ['empty key + Exists tolerates all', [unreachable, dedicated], [{ operator: 'Exists' }], true, -1],
    ['shortest of the used ones', [unreachable, dedicated], [{ key: 'dedicated', operator: 'Exists', tolerationSeconds: 60 }, { key: unreachable.key, operator: 'Exists', tolerationSeconds: 300 }], true, 60_000],
    ['tolerationSeconds 0 is at once', [unreachable], [{ key: unreachable.key, operator: 'Exists', tolerationSeconds: 0 }], true, 0],
    ['wrong effect', [unreachable], [{ key: unreachable.key, operator: 'Exists', effect: 'NoSchedule' }], false, 0],
  ])('%s', (_n, taints, tols, all, min) => {
    const r = matchingTolerations(taints, tols);
    expect(r.all).toBe(all);
    if (all) expect(minTolerationMs(r.used)).toBe(min);
  });
});

describe('zones and the eviction limiter', () => {
  const ready = (s: string) => ({ type: 'Ready', status: s }) as NodeCondition;
  it.each<[string, string[], string]>([
    ['all ready', ['True', 'True', 'True'], 'Normal'],
    ['1 of 3 down', ['True', 'Unknown', 'True'], 'Normal'],
    ['2 of 3 down (not > 2)', ['True', 'Unknown', 'False'], 'Normal'],
    ['3 of 4 down', ['True', 'Unknown', 'Unknown', 'Unknown'], 'PartialDisruption'],
    ['3 of 6 down (50 % < 55 %)', ['True', 'True', 'True', 'Unknown', 'Unknown', 'Unknown'], 'Normal'],
    ['all down', ['Unknown', 'False'], 'FullDisruption'],
  ])('%s → %s', (_n, statuses, state) => {
    expect(computeZoneState(statuses.map(ready)).state).toBe(state);
  });

  it('rates: 0.1/s normally, 0 in a small partially disrupted zone, 0.01/s above 50 nodes', () => {
    expect(zoneQps('Normal', 3)).toBe(0.1);
    expect(zoneQps('PartialDisruption', 50)).toBe(0);
    expect(zoneQps('PartialDisruption', 51)).toBe(0.01);
    expect(zoneQps('FullDisruption', 3)).toBe(0.1);
  });

  it('token bucket of burst 1: one now, the next 10 s later; a swap drains the new bucket if the old was empty', () => {
    const l = newLimiter(0.1, 0);
    expect(tryAccept(l, 0)).toBe(true);
    expect(tryAccept(l, 9_999)).toBe(false);
    expect(nextTokenAt(l, 9_999)).toBe(10_000);
    expect(tryAccept(l, 10_000)).toBe(true);
    const stopped = swapLimiter(l, 0, 10_000);
    expect(tryAccept(stopped, 50_000)).toBe(false);
    expect(nextTokenAt(stopped, 50_000)).toBeUndefined();
    const again = swapLimiter(newLimiter(0.1, 0), 0.01, 0);
    expect(tryAccept(again, 0)).toBe(true);
  });
});

describe('taint eviction controller with a hand-made NoExecute taint', () => {
  function setup() {
    const c = createCluster({ nodes: 0 });
    addNode(c, 'node-1');
    runWithHeartbeats(c, 10_000, () => ['node-1']);
    addPod(c, 'none', 'node-1', { tolerations: [] });
    addPod(c, 'sixty', 'node-1', { tolerations: [{ key: 'dedicated', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }] });
    addPod(c, 'forever', 'node-1', { tolerations: [{ key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }] });
    const taint = (taints: TaintData[]) => {
      const n = c.get<Node>('Node', undefined, 'node-1') as Node;
      c.api.client('kubectl').update({ ...n, spec: { ...n.spec, taints } } as Node);
      c.advance(0);
    };
    const deleting = (name: string) => !!c.get<Pod>('Pod', 'default', name)?.metadata.deletionTimestamp;
    return { c, taint, deleting, alive: () => ['node-1'] };
  }

  it('deletes a non-tolerating pod at once and a tolerating one when tolerationSeconds run out', () => {
    const { c, taint, deleting, alive } = setup();
    taint([{ key: 'dedicated', value: 'db', effect: 'NoExecute' }]); // t = 10 s
    expect(deleting('none')).toBe(true);
    expect(eventsFor(c, 'Pod', 'none')).toEqual(['Normal TaintManagerEviction Marking for deletion Pod default/none']);
    runWithHeartbeats(c, 59_999, alive);
    expect(deleting('sixty')).toBe(false);
    runWithHeartbeats(c, 1, alive); // t = 70 s
    expect(deleting('sixty')).toBe(true);
    runWithHeartbeats(c, 600_000, alive);
    expect(deleting('forever')).toBe(false);
    expect(eventsFor(c, 'Pod', 'forever')).toEqual([]);
  });

  it('cancels the pending eviction when the taint goes away', () => {
    const { c, taint, deleting, alive } = setup();
    taint([{ key: 'dedicated', value: 'db', effect: 'NoExecute' }]);
    runWithHeartbeats(c, 30_000, alive);
    taint([]);
    expect(eventsFor(c, 'Pod', 'sixty')).toEqual(['Normal TaintManagerEviction Cancelling deletion of Pod default/sixty']);
    runWithHeartbeats(c, 120_000, alive);
    expect(deleting('sixty')).toBe(false);
    // 'none' was already deleted: no cancel event for work that already ran.
    expect(eventsFor(c, 'Pod', 'none')).toEqual(['Normal TaintManagerEviction Marking for deletion Pod default/none']);
  });
});
