import { describe, expect, it } from 'vitest';
import type { ClusterWatchEvent, KObject } from '../engine/index';
import { deleted, deployment, done, mem, node, pod, view } from './goal-fixtures';
import { emptyMemory, evaluateGoal, type GoalMemory, matchesSelector, observe } from './goals';
import type { Goal } from './types';

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
      deletedPods: [{ uid: 'a', namespace: 'default', labels: { app: 'band' }, node: 'node-1' }],
      maxUnavailable: { 'default/band': 2 },
      trace: {},
      events: [],
    });
  });
  const trace = (seq: number, from: string, resource: string): ClusterWatchEvent =>
    ({ type: 'TRACE', entry: { seq, time: 0, from, to: 'api-server', verb: 'update', resource } }) as ClusterWatchEvent;
  it('ignores lease and Event trace entries (same object back)', () => {
    const m = emptyMemory();
    expect(observe(m, trace(1, 'kubelet/node-1', 'leases'))).toBe(m);
    expect(observe(m, trace(2, 'kubelet/node-1', 'events'))).toBe(m);
  });
  it('keeps first and last sighting per hop, kubelets folded into one component', () => {
    let m = emptyMemory();
    m = observe(m, trace(3, 'kubelet/node-1', 'pods'));
    m = observe(m, trace(7, 'kubectl', 'deployments'));
    m = observe(m, trace(9, 'kubelet/node-2', 'pods'));
    expect(m.trace).toEqual({ 'kubelet|api-server|update|pods|': [3, 9], 'kubectl|api-server|update|deployments|': [7, 7] });
  });
  it('records Events once per reason and object, with the newest message', () => {
    const event = (message: string, count: number) =>
      ({
        type: count === 1 ? 'ADDED' : 'MODIFIED',
        resource: 'events',
        object: {
          apiVersion: 'v1',
          kind: 'Event',
          metadata: { name: 'e' },
          reason: 'BackOff',
          message,
          count,
          involvedObject: { kind: 'Pod', name: 'p' },
        },
      }) as unknown as ClusterWatchEvent;
    let m = emptyMemory();
    m = observe(m, event('one', 1));
    m = observe(m, event('two', 2));
    expect(m.events).toEqual([{ reason: 'BackOff', kind: 'Pod', name: 'p', message: 'two' }]);
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
