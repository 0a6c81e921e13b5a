import { describe, expect, it } from 'vitest';
import type { Pod, PodSecond, ServiceSecond } from '../../engine';
import type { Service, TrafficPoint } from '../session/types';
import { dotCount, endpointText, errorBreakdown, flowRows, selectorText } from './flow';
import { appendPoint, currentPoint, HISTORY_MS, pointFor, recentErrors, selects, truncateAfter } from './traffic-history';

const meta = (name: string, extra: Partial<Pod['metadata']> = {}): Pod['metadata'] => ({
  name,
  namespace: 'default',
  uid: `uid-${name}`,
  resourceVersion: '1',
  creationTimestamp: '2024-01-01T00:00:00Z',
  ...extra,
});

function pod(name: string, ready: boolean, labels: Record<string, string> = { app: 'web' }, terminating = false): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta(name, { labels, ...(terminating ? { deletionTimestamp: '2024-01-01T00:01:00Z' } : {}) }),
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
  };
}

const svc: Service = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: meta('web'),
  spec: { clusterIP: '10.96.0.20', selector: { app: 'web' }, ports: [{ port: 80, protocol: 'TCP' }] },
};

const second = (time: number, over: Partial<ServiceSecond> = {}): ServiceSecond => ({
  time,
  namespace: 'default',
  service: 'web',
  requests: 10,
  successes: 10,
  errors: 0,
  refused: 0,
  unavailable: 0,
  overloaded: 0,
  p50: 3,
  p95: 8,
  endpoints: 2,
  ...over,
});

const podSecond = (name: string, requests: number, cpuMilli: number, errors = 0): PodSecond => ({
  namespace: 'default',
  pod: name,
  requests,
  successes: requests - errors,
  errors,
  p50: 3,
  p95: 8,
  cpuMilli,
});

const pt = (time: number, errors = 0): TrafficPoint => ({
  time,
  requests: 5,
  errors,
  refused: errors,
  unavailable: 0,
  overloaded: 0,
  p95: 4,
  endpoints: 1,
  readyPods: 1,
  cpuMilli: 11,
});

describe('selects', () => {
  it.each([
    [{ app: 'web' }, { app: 'web', tier: 'fe' }, true],
    [{ app: 'web' }, { app: 'db' }, false],
    [{ app: 'web', tier: 'fe' }, { app: 'web' }, false],
    [{}, { app: 'web' }, false],
    [undefined, { app: 'web' }, false],
  ])('%j picks %j: %s', (selector, labels, want) => {
    expect(selects(selector, labels)).toBe(want);
  });
});

describe('pointFor', () => {
  it('joins the second with the selected pods: Ready count and their CPU only', () => {
    const pods = [pod('web-a', true), pod('web-b', false), pod('web-c', true, { app: 'web' }, true), pod('db-a', true, { app: 'db' })];
    const p = pointFor(second(5000, { errors: 2, unavailable: 2 }), svc, pods, [
      podSecond('web-a', 6, 13),
      podSecond('web-c', 4, 9),
      podSecond('db-a', 50, 101),
    ]);
    expect(p).toEqual({
      time: 5000,
      requests: 10,
      errors: 2,
      refused: 0,
      unavailable: 2,
      overloaded: 0,
      p95: 8,
      endpoints: 2,
      readyPods: 1,
      cpuMilli: 22,
    });
  });
});

describe('history', () => {
  it('keeps exactly the last 300 virtual seconds', () => {
    let h: TrafficPoint[] = [];
    for (let t = 1000; t <= 400_000; t += 1000) h = appendPoint(h, pt(t));
    expect(h).toHaveLength(HISTORY_MS / 1000);
    expect(h[0].time).toBe(101_000);
    expect(h[h.length - 1].time).toBe(400_000);
  });

  it('a replayed second replaces the abandoned future', () => {
    const h = [pt(1000), pt(2000), pt(3000)];
    expect(appendPoint(h, pt(2000, 4)).map((p) => [p.time, p.errors])).toEqual([
      [1000, 0],
      [2000, 4],
    ]);
    expect(truncateAfter(h, 2500).map((p) => p.time)).toEqual([1000, 2000]);
  });

  it('is current only for the second that just ended; errors linger for 10 s', () => {
    const h = [pt(1000, 3), pt(2000), pt(9000, 2)];
    expect(currentPoint(h, 9500)?.time).toBe(9000);
    expect(currentPoint(h, 11_000)).toBeUndefined();
    expect(currentPoint(undefined, 0)).toBeUndefined();
    expect(recentErrors(h, 10_000)).toBe(5);
    expect(recentErrors(h, 11_500)).toBe(2);
  });
});

describe('flow', () => {
  const pods = [pod('web-b', true), pod('web-a', true), pod('web-c', false), pod('web-d', true, { app: 'web' }, true)];
  const figures = { 'default/web-a': podSecond('web-a', 30, 61), 'default/web-b': podSecond('web-b', 10, 21, 2) };

  it('routes only to Ready endpoints and gives each its share', () => {
    expect(flowRows(svc, pods, figures, 10_000, 10_500)).toEqual([
      { pod: 'web-a', endpoint: true, why: '', rps: 30, errors: 0, p95: 8, share: 0.75 },
      { pod: 'web-b', endpoint: true, why: '', rps: 10, errors: 2, p95: 8, share: 0.25 },
      { pod: 'web-c', endpoint: false, why: 'not Ready', rps: 0, errors: 0, p95: 0, share: 0 },
      { pod: 'web-d', endpoint: false, why: 'terminating', rps: 0, errors: 0, p95: 0, share: 0 },
    ]);
  });

  it('drops stale per-pod figures (the load stopped)', () => {
    expect(flowRows(svc, pods, figures, 10_000, 12_000).map((r) => r.rps)).toEqual([0, 0, 0, 0]);
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 1],
    [3, 2],
    [9, 3],
    [300, 6],
    [5000, 6],
  ])('%d rps → %d dots', (rps, dots) => {
    expect(dotCount(rps)).toBe(dots);
  });

  it('says what failed, biggest first', () => {
    expect(errorBreakdown({ refused: 1, unavailable: 7, overloaded: 0 })).toBe(
      '7 unavailable (sent to a pod that had stopped), 1 refused (no ready endpoint)',
    );
    expect(errorBreakdown({ refused: 0, unavailable: 0, overloaded: 0 })).toBe('');
  });

  it('prints address and selector like kubectl', () => {
    expect(endpointText(svc)).toBe('10.96.0.20:80/TCP');
    expect(selectorText(svc)).toBe('app=web');
  });
});
