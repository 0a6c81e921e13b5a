import { describe, expect, it } from 'vitest';
import type { Deployment, Pod } from '../../engine';
import { assignInstruments, Band, liveWorkloads, podWorkloadKey } from './band';
import { INSTRUMENTS } from './musician-style';

let t = 0;
/** A pod of Deployment `name` (through its ReplicaSet), created `at` seconds in. */
const podOf = (name: string, at = t++, ns = 'default'): Pod =>
  ({
    metadata: {
      name: `${name}-abc12-${at}`,
      namespace: ns,
      creationTimestamp: `2025-01-01T00:${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}Z`,
      labels: { 'pod-template-hash': 'abc12' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${name}-abc12`, uid: 'u', controller: true }],
    },
  }) as unknown as Pod;

describe('assignInstruments', () => {
  it('keeps live workloads’ instruments, gives newcomers the lowest free one, frees a leaver’s', () => {
    const a = assignInstruments(new Map(), ['x', 'y', 'z']);
    expect([...a]).toEqual([
      ['x', 0],
      ['y', 1],
      ['z', 2],
    ]);
    const b = assignInstruments(a, ['x', 'z', 'w']);
    expect(b.get('x')).toBe(0);
    expect(b.get('z')).toBe(2);
    expect(b.get('w')).toBe(1);
  });
  it('shares the least used instrument only beyond eight', () => {
    const keys = Array.from({ length: 10 }, (_, i) => `k${i}`);
    const a = assignInstruments(new Map(), keys);
    expect(new Set(keys.slice(0, 8).map((k) => a.get(k))).size).toBe(8);
    expect([a.get('k8'), a.get('k9')]).toEqual([0, 1]);
  });
});

describe('Band', () => {
  // These three collided on one instrument under the old name hash.
  const names = ['nginx-deployment', 'frontend', 'cache', 'api', 'db', 'worker', 'queue', 'search'];

  it('gives 8 distinct live workloads 8 distinct instruments and colours', () => {
    const band = new Band().update(names.map((n) => podOf(n)));
    const got = names.map((n) => band.instrumentOf(podWorkloadKey(podOf(n))));
    expect(new Set(got.map((i) => i.name)).size).toBe(8);
    expect(new Set(got.map((i) => i.colour)).size).toBe(8);
    expect(band.list().map((m) => m.workload.name)).toEqual(names);
  });

  it('recomputes nothing while the arrays are the same, StatefulSets and Deployments omitted too', () => {
    // The store has no `statefulSets` until one exists: a fresh default [] on every call made
    // every musician's selector recompute the band on every frame (bench/profile-frames.ts).
    const band = new Band();
    const pods = [podOf('nginx-deployment', 1)];
    band.update(pods, undefined, undefined);
    // Same array (mutated behind its back): the band must not have looked again.
    const late = podOf('cache', 2);
    pods.push(late);
    band.update(pods, undefined, undefined);
    expect(band.list().map((m) => m.workload.name)).toEqual(['nginx-deployment']);
    expect(band.instrumentOf(podWorkloadKey(late))).toBe(INSTRUMENTS[0]);
  });

  it('in order of first appearance, stable while they live', () => {
    const band = new Band();
    const web = podOf('nginx-deployment', 1);
    band.update([web]);
    expect(band.instrumentOf(podWorkloadKey(web))).toBe(INSTRUMENTS[0]);
    const fe = podOf('frontend', 2);
    const cache = podOf('cache', 3);
    band.update([web, fe, cache]);
    expect(band.instrumentOf(podWorkloadKey(fe))).toBe(INSTRUMENTS[1]);
    expect(band.instrumentOf(podWorkloadKey(cache))).toBe(INSTRUMENTS[2]);
    // frontend leaves (its musician still walking off keeps its instrument); a newcomer takes the free one.
    const late = podOf('late', 4);
    band.update([web, cache, late]);
    expect(band.instrumentOf(podWorkloadKey(cache))).toBe(INSTRUMENTS[2]);
    expect(band.instrumentOf(podWorkloadKey(late))).toBe(INSTRUMENTS[1]);
    expect(band.instrumentOf(podWorkloadKey(fe))).toBe(INSTRUMENTS[1]);
    // A replacement pod of a live workload plays the same instrument.
    band.update([podOf('nginx-deployment', 9), cache, late]);
    expect(band.instrumentOf(podWorkloadKey(web))).toBe(INSTRUMENTS[0]);
  });

  it('counts a Deployment with no pods yet as live, and namespaces apart', () => {
    const dep = {
      kind: 'Deployment',
      metadata: { name: 'idle', namespace: 'default', creationTimestamp: '2024-12-31T00:00:00Z' },
    } as unknown as Deployment;
    const other = podOf('idle', 5, 'other');
    expect(liveWorkloads([other], [dep]).map((w) => w.key)).toEqual(['default/Deployment/idle', 'other/Deployment/idle']);
  });

  it('lists workloads in the order they joined, even when a later one was created earlier', () => {
    const band = new Band();
    const fe = podOf('frontend', 50);
    band.update([fe]);
    const cache = podOf('cache', 50);
    band.update([fe, cache]);
    expect(band.list().map((m) => [m.workload.name, m.instrument.name])).toEqual([
      ['frontend', INSTRUMENTS[0].name],
      ['cache', INSTRUMENTS[1].name],
    ]);
  });

  it('keeps the list array while nothing changed', () => {
    const pods = [podOf('a'), podOf('b')];
    const band = new Band().update(pods);
    const list = band.list();
    band.update([...pods]);
    expect(band.list()).toBe(list);
  });
});
