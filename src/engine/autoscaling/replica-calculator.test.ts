import { describe, expect, it } from 'vitest';
import type { Pod } from '../objects/types';
import { rfc3339 } from '../util/time';
import { CalcError, type PodMetricsInfo, resourceReplicas } from './replica-calculator';
import { formatMilliQuantity } from './quantity-format';

const NOW = 3_600_000;

function pod(name: string, opts: { cpu?: string; phase?: string; ready?: boolean; startedAt?: number; readyAt?: number } = {}): Pod {
  const started = opts.startedAt ?? 0;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: name, resourceVersion: '1', creationTimestamp: rfc3339(0) },
    spec: { containers: [{ name: 'c', image: 'x', resources: opts.cpu === undefined ? { requests: { cpu: '200m' } } : opts.cpu ? { requests: { cpu: opts.cpu } } : {} }] },
    status: {
      phase: opts.phase ?? 'Running',
      startTime: rfc3339(started),
      conditions: [{ type: 'Ready', status: opts.ready === false ? 'False' : 'True', lastTransitionTime: rfc3339(opts.readyAt ?? started) }],
    },
  } as unknown as Pod;
}

function metrics(values: Record<string, number>): PodMetricsInfo {
  return new Map(Object.entries(values).map(([k, v]) => [k, { value: v, timestamp: NOW - 1000, windowMs: 15_000 }]));
}

describe('resourceReplicas (GetResourceReplicas)', () => {
  it.each([
    // [case, current, target, pods, usage (milli), expected replicas, expected utilization]
    ['one pod at 250% of a 50% target', 1, 50, [pod('a')], { a: 500 }, 5, 250],
    ['within tolerance keeps the count', 3, 50, [pod('a'), pod('b'), pod('c')], { a: 108, b: 108, c: 108 }, 3, 54],
    // 55/50 in float64: |1 − 1.1| = 0.10000000000000009 > 0.1, so Go scales here too.
    ['exactly 10% over is just outside tolerance in float64', 3, 50, [pod('a'), pod('b'), pod('c')], { a: 110, b: 110, c: 110 }, 4, 55],
    ['just outside tolerance scales', 3, 50, [pod('a'), pod('b'), pod('c')], { a: 112, b: 112, c: 112 }, 4, 56],
    ['utilization is truncated to an integer percent (150.5% → 150%)', 1, 50, [pod('a')], { a: 301 }, 3, 150],
    ['scale down over pods with metrics', 4, 50, [pod('a'), pod('b'), pod('c'), pod('d')], { a: 20, b: 20, c: 20, d: 20 }, 1, 10],
  ])('%s', (_c, current, target, pods, usage, replicas, utilization) => {
    const r = resourceReplicas(current as number, target as number, 'cpu', pods as Pod[], metrics(usage as Record<string, number>), NOW, NOW);
    expect([r.replicas, r.utilization]).toEqual([replicas, utilization]);
  });

  it('missing pods count as 100% on scale-down, so a small drop does not scale', () => {
    // a,b at 10%; c has no metrics → assumed 100% of request: (20+20+200)/600 = 40% vs target 50 → ratio 0.8
    const r = resourceReplicas(3, 50, 'cpu', [pod('a'), pod('b'), pod('c')], metrics({ a: 20, b: 20 }), NOW, NOW);
    expect(r).toMatchObject({ replicas: 3, utilization: 10 });
  });

  it('missing pods count as 0% on scale-up', () => {
    // a at 200% → ratio 4 without c; with c at 0: 100% → ratio 2 → ceil(2*2)=4
    const r = resourceReplicas(2, 50, 'cpu', [pod('a'), pod('b')], metrics({ a: 400 }), NOW, NOW);
    expect(r).toMatchObject({ replicas: 4, utilization: 200 });
  });

  it('unready pods (within the cpu initialization period) count as 0% on scale-up', () => {
    const young = pod('b', { startedAt: NOW - 60_000, ready: false });
    const r = resourceReplicas(2, 50, 'cpu', [pod('a'), young], metrics({ a: 400, b: 400 }), NOW, NOW);
    // b set aside: utilization 200% over a; recomputed with b at 0 → 100% → ratio 2 → 4
    expect(r).toMatchObject({ replicas: 4, utilization: 200 });
  });

  it.each([
    ['a container without a cpu request', [pod('a', { cpu: '' })], { a: 10 }, 'missing request for cpu in container c of Pod a'],
    ['no pods', [], {}, 'no pods returned by selector while calculating replica count'],
    ['only unready pods', [pod('a', { phase: 'Pending' })], { a: 10 }, 'did not receive metrics for targeted pods (pods might be unready)'],
  ])('fails with the real text: %s', (_c, pods, usage, message) => {
    expect(() => resourceReplicas(1, 50, 'cpu', pods as Pod[], metrics(usage), NOW, NOW)).toThrow(new CalcError(message));
  });
});

describe('formatMilliQuantity (NewMilliQuantity(..., DecimalSI).String())', () => {
  it.each([
    [0, '0'],
    [501, '501m'],
    [1000, '1'],
    [12_000_000, '12k'],
    [95779498666, '95779498666m'],
  ])('%d → %s', (m, s) => expect(formatMilliQuantity(m)).toBe(s));
});
