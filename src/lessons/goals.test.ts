import { describe, expect, it } from 'vitest';
import type { ClusterWatchEvent, KObject } from '../engine/index';
import { type ClusterView, emptyMemory, evaluateGoal, type GoalMemory, matchesSelector, observe } from './goals';
import type { Goal } from './types';

function pod(
  name: string,
  opts: { ready?: boolean; node?: string; app?: string; uid?: string; restarts?: number; waiting?: string; terminating?: boolean } = {},
): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      uid: opts.uid ?? name,
      labels: { app: opts.app ?? 'band' },
      ...(opts.terminating ? { deletionTimestamp: 'x' } : {}),
    },
    spec: { nodeName: opts.node ?? 'node-1', containers: [{ name: 'c' }] },
    status: {
      conditions: [{ type: 'Ready', status: opts.ready === false ? 'False' : 'True' }],
      containerStatuses: [
        {
          name: 'c',
          ready: true,
          restartCount: opts.restarts ?? 0,
          image: 'x',
          imageID: '',
          state: opts.waiting ? { waiting: { reason: opts.waiting } } : { running: {} },
        },
      ],
    },
  } as unknown as KObject;
}

function deployment(revision: number, image: string, status: Record<string, number>, replicas = 3): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'band', namespace: 'default', generation: 2, annotations: { 'deployment.kubernetes.io/revision': String(revision) } },
    spec: { replicas, selector: {}, template: { spec: { containers: [{ name: 'c', image }] } } },
    status: { observedGeneration: 2, ...status },
  } as unknown as KObject;
}

function node(name: string, ready: string): KObject {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name }, status: { conditions: [{ type: 'Ready', status: ready }] } } as KObject;
}

function view(objects: KObject[]): ClusterView {
  return {
    list: <T extends KObject>(kind: string) => objects.filter((o) => o.kind === kind) as T[],
    get: <T extends KObject>(kind: string, _ns: string | undefined, name: string) =>
      objects.find((o) => o.kind === kind && o.metadata?.name === name) as T | undefined,
  };
}

const mem = (m: Partial<GoalMemory> = {}): GoalMemory => ({ ...emptyMemory(), ...m });
const done = { replicas: 3, updatedReplicas: 3, availableReplicas: 3 };
const deleted = { uid: 'old', namespace: 'default', labels: { app: 'band' } };

const cases: [string, Goal, KObject[], GoalMemory, boolean][] = [
  ['3 ready pods', { kind: 'readyPods', selector: 'app=band', count: 3 }, [pod('a'), pod('b'), pod('c')], mem(), true],
  ['2 of 3 ready', { kind: 'readyPods', selector: 'app=band', count: 3 }, [pod('a'), pod('b'), pod('c', { ready: false })], mem(), false],
  [
    'terminating pods do not count',
    { kind: 'readyPods', selector: 'app=band', count: 2 },
    [pod('a'), pod('b', { terminating: true })],
    mem(),
    false,
  ],
  ['other apps do not count', { kind: 'readyPods', selector: 'app=band', count: 1 }, [pod('a'), pod('b', { app: 'x' })], mem(), true],
  ['count is exact', { kind: 'readyPods', selector: 'app=band', count: 1 }, [pod('a'), pod('b')], mem(), false],
  ['one node is not two', { kind: 'readyPods', selector: 'app=band', count: 2, minNodes: 2 }, [pod('a'), pod('b')], mem(), false],
  ['two nodes', { kind: 'readyPods', selector: 'app=band', count: 2, minNodes: 2 }, [pod('a'), pod('b', { node: 'node-2' })], mem(), true],
  ['no deletion, no replacement', { kind: 'podReplaced', selector: 'app=band' }, [pod('a')], mem({ addedPodUids: ['a'] }), false],
  [
    'deleted but replacement not ready',
    { kind: 'podReplaced', selector: 'app=band' },
    [pod('n', { ready: false })],
    mem({ deletedPods: [deleted], addedPodUids: ['n'] }),
    false,
  ],
  ['deleted and an old pod is ready', { kind: 'podReplaced', selector: 'app=band' }, [pod('a')], mem({ deletedPods: [deleted] }), false],
  [
    'deleted and replaced',
    { kind: 'podReplaced', selector: 'app=band' },
    [pod('n')],
    mem({ deletedPods: [deleted], addedPodUids: ['n'] }),
    true,
  ],
  ['no restarts', { kind: 'podRestarted', selector: 'app=band' }, [pod('a')], mem(), false],
  ['restarted', { kind: 'podRestarted', selector: 'app=band' }, [pod('a', { restarts: 1 })], mem(), true],
  [
    'image pull back-off',
    { kind: 'podWaiting', selector: 'app=band', reasons: ['ImagePullBackOff'] },
    [pod('a', { waiting: 'ImagePullBackOff' })],
    mem(),
    true,
  ],
  [
    'other waiting reason',
    { kind: 'podWaiting', selector: 'app=band', reasons: ['ImagePullBackOff'] },
    [pod('a', { waiting: 'CrashLoopBackOff' })],
    mem(),
    false,
  ],
  [
    'revision reached',
    { kind: 'deploymentRevision', name: 'band', revision: 2, image: 'nginx:1.27' },
    [deployment(2, 'nginx:1.27', done)],
    mem(),
    true,
  ],
  ['wrong revision', { kind: 'deploymentRevision', name: 'band', revision: 3 }, [deployment(2, 'nginx:1.27', done)], mem(), false],
  [
    'rollout incomplete',
    { kind: 'deploymentRevision', name: 'band', revision: 2 },
    [deployment(2, 'x', { ...done, updatedReplicas: 2 })],
    mem(),
    false,
  ],
  [
    'wrong image',
    { kind: 'deploymentRevision', name: 'band', revision: 2, image: 'nginx:1.26' },
    [deployment(2, 'nginx:1.27', done)],
    mem(),
    false,
  ],
  [
    'too many unavailable seen',
    { kind: 'deploymentRevision', name: 'band', revision: 2, maxUnavailableSeen: 1 },
    [deployment(2, 'x', done)],
    mem({ maxUnavailable: { 'default/band': 2 } }),
    false,
  ],
  [
    'unavailable within bound',
    { kind: 'deploymentRevision', name: 'band', revision: 2, maxUnavailableSeen: 1 },
    [deployment(2, 'x', done)],
    mem({ maxUnavailable: { 'default/band': 1 } }),
    true,
  ],
  ['node Unknown', { kind: 'nodeNotReady', node: 'node-1' }, [node('node-1', 'Unknown')], mem(), true],
  ['node Ready', { kind: 'nodeNotReady', node: 'node-1' }, [node('node-1', 'True')], mem(), false],
  [
    'all: one fails',
    {
      kind: 'all',
      goals: [
        { kind: 'nodeNotReady', node: 'node-1' },
        { kind: 'readyPods', selector: 'app=band', count: 9 },
      ],
    },
    [node('node-1', 'False')],
    mem(),
    false,
  ],
  [
    'all: both pass',
    {
      kind: 'all',
      goals: [
        { kind: 'nodeNotReady', node: 'node-1' },
        { kind: 'readyPods', selector: 'app=band', count: 0 },
      ],
    },
    [node('node-1', 'False')],
    mem(),
    true,
  ],
];

describe('evaluateGoal', () => {
  it.each(cases)('%s', (_name, goal, objects, memory, expected) => {
    expect(evaluateGoal(goal, view(objects), memory)).toBe(expected);
  });
});

describe('observe', () => {
  const ev = (type: 'ADDED' | 'MODIFIED' | 'DELETED', object: KObject): ClusterWatchEvent =>
    ({ type, object, resource: 'x' }) as ClusterWatchEvent;
  it('records added pods, terminating or deleted pods once, and the worst unavailability', () => {
    let m = emptyMemory();
    m = observe(m, ev('ADDED', pod('n')));
    m = observe(m, ev('MODIFIED', pod('a', { terminating: true })));
    m = observe(m, ev('DELETED', pod('a')));
    m = observe(m, ev('MODIFIED', deployment(2, 'x', { availableReplicas: 1 })));
    m = observe(m, ev('MODIFIED', deployment(2, 'x', { availableReplicas: 3 })));
    expect(m).toEqual({
      addedPodUids: ['n'],
      deletedPods: [{ uid: 'a', namespace: 'default', labels: { app: 'band' } }],
      maxUnavailable: { 'default/band': 2 },
    });
  });
  it('ignores trace entries', () => {
    const m = emptyMemory();
    expect(observe(m, { type: 'TRACE', entry: {} } as ClusterWatchEvent)).toBe(m);
  });
});

describe('matchesSelector', () => {
  it.each([
    ['app=band', { app: 'band' }, true],
    ['app==band,tier=web', { app: 'band', tier: 'web' }, true],
    ['app=band,tier=web', { app: 'band' }, false],
    ['app!=band', { app: 'x' }, true],
    ['app', { app: 'x' }, true],
    ['app', {}, false],
  ] as const)('%s on %j is %s', (selector, labels, expected) => {
    expect(matchesSelector(selector, labels)).toBe(expected);
  });
});
