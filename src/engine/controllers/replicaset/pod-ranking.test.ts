import { describe, expect, it } from 'vitest';
import type { Pod } from '../../objects/types';
import { rfc3339 } from '../../util/time';
import { DELETION_COST_ANNOTATION, deletionCost, podsToDelete, rankByRelatedPodsOnSameNode } from './pod-ranking';

const NOW = 100_000_000; // virtual ms

interface Spec {
  name: string;
  node?: string;
  phase?: string;
  ready?: boolean;
  readyAt?: number;
  cost?: string;
  restarts?: number;
  created?: number;
  uid?: string;
}

function pod(s: Spec): Pod {
  const conditions = s.ready ? [{ type: 'Ready', status: 'True', lastTransitionTime: rfc3339(s.readyAt ?? 0) }] : [];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: s.name,
      namespace: 'default',
      uid: s.uid ?? s.name,
      resourceVersion: '1',
      creationTimestamp: rfc3339(s.created ?? 0),
      annotations: s.cost === undefined ? undefined : { [DELETION_COST_ANNOTATION]: s.cost },
    },
    spec: { containers: [], nodeName: s.node },
    status: { phase: s.phase ?? 'Running', conditions, containerStatuses: [{ name: 'c', restartCount: s.restarts ?? 0 }] },
  } as unknown as Pod;
}

const names = (ps: Pod[]) => ps.map((p) => p.metadata.name);

describe('scale-down victim ranking (ActivePodsWithRanks)', () => {
  it.each<[string, Spec[], string[]]>([
    ['unscheduled first', [{ name: 'a', node: 'n1', ready: true }, { name: 'b', phase: 'Pending' }], ['b', 'a']],
    ['Pending < Unknown < Running', [{ name: 'run', node: 'n1' }, { name: 'unk', node: 'n1', phase: 'Unknown' }, { name: 'pend', node: 'n1', phase: 'Pending' }], ['pend', 'unk', 'run']],
    ['not ready before ready', [{ name: 'r', node: 'n1', ready: true }, { name: 'nr', node: 'n1' }], ['nr', 'r']],
    ['lower deletion cost first', [{ name: 'hi', node: 'n1', cost: '100' }, { name: 'lo', node: 'n1', cost: '-5' }, { name: 'zero', node: 'n1', cost: 'junk' }], ['lo', 'zero', 'hi']],
    [
      'more recently ready first (different log2 buckets)',
      [{ name: 'old', node: 'n1', ready: true, readyAt: 0 }, { name: 'new', node: 'n1', ready: true, readyAt: NOW - 10_000 }],
      ['new', 'old'],
    ],
    [
      'same ready bucket: uid decides',
      [{ name: 'x', uid: 'b-uid', node: 'n1', ready: true, readyAt: NOW - 40_000 }, { name: 'y', uid: 'a-uid', node: 'n1', ready: true, readyAt: NOW - 50_000 }],
      ['y', 'x'],
    ],
    ['more restarts first', [{ name: 'calm', node: 'n1', restarts: 0 }, { name: 'crashy', node: 'n1', restarts: 4 }], ['crashy', 'calm']],
    ['newer first', [{ name: 'old', node: 'n1', created: 0 }, { name: 'young', node: 'n1', created: NOW - 5_000 }], ['young', 'old']],
  ])('%s', (_title, specs, order) => {
    const pods = specs.map(pod);
    // A keeper that sorts last forces the sort; the victims come out in the expected order.
    const full = podsToDelete([...pods, pod({ name: 'zz-keeper', node: 'n1', ready: true, readyAt: 0, created: 0, restarts: 0, cost: '1000' })], [], pods.length, NOW);
    expect(names(full)).toEqual(order);
  });

  it('pods on nodes crowded with related pods go first', () => {
    const a = pod({ name: 'a', node: 'n1', ready: true, readyAt: 0 });
    const b = pod({ name: 'b', node: 'n2', ready: true, readyAt: 0 });
    const related = [a, b, pod({ name: 'sib1', node: 'n2' }), pod({ name: 'sib2', node: 'n2' }), pod({ name: 'gone', node: 'n1', phase: 'Failed' })];
    expect(rankByRelatedPodsOnSameNode([a, b], related)).toEqual([1, 3]);
    expect(names(podsToDelete([a, b], related, 1, NOW))).toEqual(['b']);
  });

  it('deletes everything without sorting when diff covers all pods', () => {
    const pods = [pod({ name: 'r', node: 'n', ready: true }), pod({ name: 'p', phase: 'Pending' })];
    expect(names(podsToDelete(pods, [], 2, NOW))).toEqual(['r', 'p']);
  });

  it.each([
    ['7', 7],
    ['-3', -3],
    ['2147483648', 0],
    ['1.5', 0],
    [undefined, 0],
  ])('deletion cost %j → %i', (v, want) => {
    expect(deletionCost(pod({ name: 'x', cost: v as string | undefined }))).toBe(want);
  });
});
