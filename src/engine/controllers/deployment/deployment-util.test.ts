import { describe, expect, it } from 'vitest';
import type { KObject } from '../../objects/types';
import * as u from './deployment-util';

function deploy(replicas: number, maxSurge?: number | string, maxUnavailable?: number | string, type = 'RollingUpdate'): KObject {
  const strategy: Record<string, unknown> = { type };
  if (type === 'RollingUpdate' && (maxSurge !== undefined || maxUnavailable !== undefined)) strategy.rollingUpdate = { maxSurge, maxUnavailable };
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', uid: 'd', resourceVersion: '1', creationTimestamp: '' }, spec: { replicas, strategy }, status: {} };
}

function rs(name: string, replicas: number, annotations: Record<string, string> = {}, created = '2025-01-01T00:00:00Z'): KObject {
  return { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, uid: name, resourceVersion: '1', creationTimestamp: created, annotations }, spec: { replicas }, status: {} };
}

describe('resolveFenceposts', () => {
  it.each([
    // replicas, maxSurge, maxUnavailable, surge, unavailable
    [1, '25%', '25%', 1, 0],
    [3, '25%', '25%', 1, 0],
    [4, '25%', '25%', 1, 1],
    [10, '25%', '25%', 3, 2],
    [10, '10%', '10%', 1, 1],
    [3, 0, 0, 0, 1],
    [3, '0%', '0%', 0, 1],
    [1, '0%', '1%', 0, 1], // unavailable rounds down to 0, both 0 → 1
    [1, '1%', '25%', 1, 0],
    [3, 2, '50%', 2, 1],
    [4, '50%', 0, 2, 0],
    [10, 1, 3, 1, 3],
  ])('replicas %i surge %s unavailable %s → %i/%i', (replicas, s, un, surge, unavailable) => {
    expect(u.resolveFenceposts(s, un, replicas)).toEqual({ surge, unavailable });
  });

  it('defaults to 25%/25% and is 0/0 for Recreate', () => {
    expect([u.maxSurge(deploy(10)), u.maxUnavailable(deploy(10))]).toEqual([3, 2]);
    expect([u.maxSurge(deploy(10, undefined, undefined, 'Recreate')), u.maxUnavailable(deploy(10, undefined, undefined, 'Recreate'))]).toEqual([0, 0]);
  });

  it('caps maxUnavailable at replicas', () => {
    expect(u.maxUnavailable(deploy(2, 0, 5))).toBe(2);
    expect(u.maxUnavailable(deploy(0))).toBe(0);
  });
});

describe('newRSNewReplicas', () => {
  it.each([
    // replicas, surge, old replicas, new replicas, expected new
    [3, '25%', 3, 0, 1],
    [3, '25%', 2, 1, 2],
    [3, '25%', 3, 1, 1], // at maxTotal 4: no growth
    [10, '25%', 10, 0, 3],
    [10, 3, 8, 3, 5],
    [4, '50%', 4, 0, 2],
    [3, 0, 2, 0, 1],
  ])('replicas %i surge %s old %i new %i → %i', (replicas, surge, oldN, newN, want) => {
    const d = deploy(replicas, surge, '25%');
    const newRS = rs('new', newN);
    expect(u.newRSNewReplicas(d, [rs('old', oldN), newRS], newRS)).toBe(want);
  });

  it('Recreate jumps straight to replicas', () => {
    expect(u.newRSNewReplicas(deploy(5, undefined, undefined, 'Recreate'), [rs('new', 0)], rs('new', 0))).toBe(5);
  });
});

describe('getProportion (docs example: 10 replicas, surge 3, scaled to 15)', () => {
  it('adds 3 to the old RS (8) and 2 to the new one (5)', () => {
    const d = deploy(15, 3, 2);
    d.status = { replicas: 13 };
    const oldRS = rs('old', 8, { [u.MAX_REPLICAS_ANNOTATION]: '13' });
    const newRS = rs('new', 5, { [u.MAX_REPLICAS_ANNOTATION]: '13' });
    const toAdd = 15 + 3 - 13;
    const a = u.getProportion(oldRS, d, toAdd, 0);
    const b = u.getProportion(newRS, d, toAdd, a);
    expect([a, b]).toEqual([3, 2]);
  });

  it.each([
    // rs replicas, max annotation, deployment replicas, surge, toAdd, added, expected
    [5, 10, 0, 0, -5, 0, -5], // to zero: the whole RS
    [0, 10, 20, 0, 10, 0, 0], // empty RS never grows
    [5, 10, 20, 0, 10, 8, 2], // bounded by what is left
    [6, 12, 3, 1, -8, 0, -4], // 6*4/12 = 2 → -4
    [5, 10, 4, 0, -6, 0, -3], // 5*4/10 = 2 → -3
  ])('rs %i/max %i, deploy %i+%i, toAdd %i added %i → %i', (r, max, dr, surge, toAdd, added, want) => {
    const d = deploy(dr, surge, 1);
    expect(u.getProportion(rs('x', r, { [u.MAX_REPLICAS_ANNOTATION]: String(max) }), d, toAdd, added)).toBe(want);
  });
});

describe('setNewReplicaSetAnnotations', () => {
  it('creates with revision, desired and max, and copies change-cause', () => {
    const d = deploy(3);
    d.metadata.annotations = { 'kubernetes.io/change-cause': 'v2', [u.REVISION_ANNOTATION]: '7', [u.LAST_APPLIED_ANNOTATION]: '{}' };
    const r = rs('new', 1);
    r.metadata.annotations = undefined;
    expect(u.setNewReplicaSetAnnotations(d, r, 2, false)).toBe(true);
    expect(r.metadata.annotations).toEqual({
      'kubernetes.io/change-cause': 'v2',
      [u.REVISION_ANNOTATION]: '2',
      [u.DESIRED_REPLICAS_ANNOTATION]: '3',
      [u.MAX_REPLICAS_ANNOTATION]: '4',
    });
  });

  it('a rollback raises the revision and records the old one', () => {
    const r = rs('old', 0, { [u.REVISION_ANNOTATION]: '1' });
    expect(u.setNewReplicaSetAnnotations(deploy(3), r, 3, true)).toBe(true);
    expect(r.metadata.annotations?.[u.REVISION_ANNOTATION]).toBe('3');
    expect(r.metadata.annotations?.[u.REVISION_HISTORY_ANNOTATION]).toBe('1');
    u.setNewReplicaSetAnnotations(deploy(3), r, 5, true);
    expect(r.metadata.annotations?.[u.REVISION_HISTORY_ANNOTATION]).toBe('1,3');
    expect(u.setNewReplicaSetAnnotations(deploy(3), r, 5, true)).toBe(false);
  });
});

describe('sorting', () => {
  it('bySize: larger first, then older (down) or newer (up)', () => {
    const a = rs('a', 3, {}, '2025-01-01T00:00:01Z');
    const b = rs('b', 3, {}, '2025-01-01T00:00:02Z');
    const c = rs('c', 5, {}, '2025-01-01T00:00:03Z');
    expect([a, b, c].sort(u.bySize(true)).map((x) => x.metadata.name)).toEqual(['c', 'b', 'a']);
    expect([a, b, c].sort(u.bySize(false)).map((x) => x.metadata.name)).toEqual(['c', 'a', 'b']);
  });
  it('byRevision: lowest first', () => {
    const list = [rs('x', 0, { [u.REVISION_ANNOTATION]: '10' }), rs('y', 0, { [u.REVISION_ANNOTATION]: '2' }), rs('z', 0)];
    expect(list.sort(u.byRevision).map((x) => x.metadata.name)).toEqual(['z', 'y', 'x']);
  });
});
