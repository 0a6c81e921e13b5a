import { describe, expect, it } from 'vitest';
import type { KObject, MetricsEvent, ServiceSecond } from '../engine/index';
import { emptyMemory, evaluateGoal, type ClusterView, type GoalMemory } from './goals';
import { decodeBase64, observeTraffic } from './goals-traffic';
import type { Goal } from './types';

function view(objects: KObject[], components: Record<string, unknown> = {}): ClusterView & { component(name: string): unknown } {
  const match = (o: KObject, kind: string, ns?: string) =>
    o.kind === kind && (ns === undefined || (o.metadata?.namespace ?? 'default') === ns);
  return {
    list: <T extends KObject>(kind: string, ns?: string) => objects.filter((o) => match(o, kind, ns)) as T[],
    get: <T extends KObject>(kind: string, ns: string | undefined, name: string) =>
      objects.find((o) => match(o, kind, ns) && o.metadata?.name === name) as T | undefined,
    component: (name: string) => components[name],
  };
}

function second(time: number, requests: number, successes: number, service = 'band'): MetricsEvent {
  const s: ServiceSecond = {
    time,
    namespace: 'default',
    service,
    requests,
    successes,
    errors: requests - successes,
    refused: 0,
    unavailable: requests - successes,
    overloaded: 0,
    p50: 1,
    p95: 2,
    endpoints: 3,
  };
  return { type: 'METRICS', time, services: [s], pods: [] };
}

function memoryOf(...events: MetricsEvent[]): GoalMemory {
  return events.reduce(observeTraffic, emptyMemory());
}

const readyPod = (name: string, labels: Record<string, string>, extra: Record<string, unknown> = {}) =>
  ({
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels, creationTimestamp: `2025-01-01T00:00:0${name.length % 10}Z` },
    spec: { containers: [{ name: 'c' }], ...extra },
    status: { conditions: [{ type: 'Ready', status: 'True' }] },
  }) as unknown as KObject;

describe('observeTraffic', () => {
  it('sums requests and successes per Service and keeps the first and last second', () => {
    const m = memoryOf(second(1000, 100, 99), second(2000, 50, 50), second(3000, 10, 0, 'other'));
    expect(m.traffic).toEqual({
      services: {
        'default/band': { requests: 150, served: 149, firstAt: 1000, lastAt: 2000 },
        'default/other': { requests: 10, served: 0, firstAt: 3000, lastAt: 3000 },
      },
    });
  });
  it('returns the same memory for a second without Services', () => {
    const m = emptyMemory();
    expect(observeTraffic(m, { type: 'METRICS', time: 1000, services: [], pods: [] })).toBe(m);
  });
});

const served10s = Array.from({ length: 10 }, (_, i) => second((i + 1) * 1000, 100, 99));

describe.each<[string, Goal, ClusterView, GoalMemory, boolean]>([
  [
    'trafficServed: 10 s at 99 %',
    { kind: 'trafficServed', service: 'band', minAvailability: 0.99, forMs: 10_000 },
    view([]),
    memoryOf(...served10s),
    true,
  ],
  [
    'trafficServed: 9 s is too short',
    { kind: 'trafficServed', service: 'band', minAvailability: 0.99, forMs: 10_000 },
    view([]),
    memoryOf(...served10s.slice(1)),
    false,
  ],
  [
    'trafficServed: 99 % < 99.5 %',
    { kind: 'trafficServed', service: 'band', minAvailability: 0.995, forMs: 10_000 },
    view([]),
    memoryOf(...served10s),
    false,
  ],
  ['trafficServed: no traffic', { kind: 'trafficServed', service: 'band', minAvailability: 0, forMs: 0 }, view([]), emptyMemory(), false],
  [
    'hpaReplicas: 4 ≥ 4',
    { kind: 'hpaReplicas', name: 'web', min: 4 },
    view([
      {
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'web', namespace: 'default' },
        status: { currentReplicas: 4 },
      } as unknown as KObject,
    ]),
    emptyMemory(),
    true,
  ],
  [
    'hpaReplicas: 4 > max 1',
    { kind: 'hpaReplicas', name: 'web', max: 1 },
    view([
      {
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'web', namespace: 'default' },
        status: { currentReplicas: 4 },
      } as unknown as KObject,
    ]),
    emptyMemory(),
    false,
  ],
  [
    'hpaReplicas: no status yet',
    { kind: 'hpaReplicas', name: 'web', max: 1 },
    view([{ kind: 'HorizontalPodAutoscaler', metadata: { name: 'web', namespace: 'default' } } as unknown as KObject]),
    emptyMemory(),
    false,
  ],
  [
    'serviceEndpoints: 2 ready, 1 not',
    { kind: 'serviceEndpoints', service: 'band', ready: 2, notReady: 1 },
    view([
      {
        kind: 'Endpoints',
        metadata: { name: 'band', namespace: 'default' },
        subsets: [{ addresses: [{}, {}], notReadyAddresses: [{}] }],
      } as unknown as KObject,
    ]),
    emptyMemory(),
    true,
  ],
  [
    'serviceEndpoints: 3 wanted',
    { kind: 'serviceEndpoints', service: 'band', ready: 3 },
    view([
      {
        kind: 'Endpoints',
        metadata: { name: 'band', namespace: 'default' },
        subsets: [{ addresses: [{}, {}], notReadyAddresses: [{}] }],
      } as unknown as KObject,
    ]),
    emptyMemory(),
    false,
  ],
  [
    'secretValue: base64 of 20-euros',
    { kind: 'secretValue', name: 'tip', key: 'amount', value: '20-euros' },
    view([{ kind: 'Secret', metadata: { name: 'tip', namespace: 'default' }, data: { amount: 'MjAtZXVyb3M=' } } as unknown as KObject]),
    emptyMemory(),
    true,
  ],
  [
    'secretValue: another value',
    { kind: 'secretValue', name: 'tip', key: 'amount', value: '30-euros' },
    view([{ kind: 'Secret', metadata: { name: 'tip', namespace: 'default' }, data: { amount: 'MjAtZXVyb3M=' } } as unknown as KObject]),
    emptyMemory(),
    false,
  ],
])('%s', (_name, goal, v, memory, expected) => {
  it(`evaluates to ${expected}`, () => expect(evaluateGoal(goal, v, memory)).toBe(expected));
});

describe('goals that read components (logs, songs)', () => {
  const pvc = {
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'www-web-1', namespace: 'default' },
    status: { phase: 'Bound' },
  } as KObject;
  const pod = readyPod('web-1', { app: 'nginx' }, { volumes: [{ name: 'www', persistentVolumeClaim: { claimName: 'www-web-1' } }] });
  const data = (songs: number) => ({ podVolumes: () => [{ name: 'www', volumeId: 'pv/x', songs }] });
  it.each([
    [3, true],
    [2, false],
  ])('podUsesClaim with %i songs recorded → %s', (songs, expected) => {
    expect(
      evaluateGoal(
        { kind: 'podUsesClaim', pod: 'web-1', claim: 'www-web-1', minSongs: 3 },
        view([pvc, pod], { 'volume-data': data(songs) }),
        emptyMemory(),
      ),
    ).toBe(expected);
  });
  it('podUsesClaim fails when the claim is not Bound', () => {
    const pending = { ...pvc, status: { phase: 'Pending' } } as KObject;
    expect(evaluateGoal({ kind: 'podUsesClaim', pod: 'web-1', claim: 'www-web-1' }, view([pending, pod]), emptyMemory())).toBe(false);
  });
  it.each([
    ['file: Fanfare env: Overture', true],
    ['env: Fanfare', false],
  ])('podLog looks for "%s" in the Ready pod\'s log → %s', (contains, expected) => {
    const kubelet = { containerLogs: () => 'file: Overture env: Overture\nfile: Fanfare env: Overture\n' };
    expect(
      evaluateGoal(
        { kind: 'podLog', selector: 'app=singer', contains },
        view([readyPod('singer-1', { app: 'singer' })], { kubelet }),
        emptyMemory(),
      ),
    ).toBe(expected);
  });
  it('podLog is unmet when the view cannot read logs, or the node is unreachable', () => {
    const goal: Goal = { kind: 'podLog', selector: 'app=singer', contains: 'x' };
    const throwing = {
      containerLogs: () => {
        throw new Error('no route to host');
      },
    };
    expect([
      evaluateGoal(goal, view([readyPod('s', { app: 'singer' })]), emptyMemory()),
      evaluateGoal(goal, view([readyPod('s', { app: 'singer' })], { kubelet: throwing }), emptyMemory()),
    ]).toEqual([false, false]);
  });
});

describe('decodeBase64', () => {
  it.each([
    ['NTAwLWV1cm9z', '500-euros'],
    ['MjAtZXVyb3M=', '20-euros'],
    ['', ''],
    ['aGk=', 'hi'],
    ['not base64!', undefined],
  ])('%s → %s', (input, out) => expect(decodeBase64(input)).toBe(out));
});
