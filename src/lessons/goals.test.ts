import { describe, expect, it } from 'vitest';
import type { ClusterWatchEvent, KObject } from '../engine/index';
import { type ClusterView, emptyMemory, evaluateGoal, type GoalMemory, matchesSelector, observe } from './goals';
import type { Goal } from './types';

function pod(
  name: string,
  opts: {
    ready?: boolean;
    node?: string | null;
    app?: string;
    uid?: string;
    restarts?: number;
    waiting?: string;
    terminating?: boolean;
    unschedulable?: string;
  } = {},
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
    spec: { ...(opts.node === null ? {} : { nodeName: opts.node ?? 'node-1' }), containers: [{ name: 'c' }] },
    status: {
      conditions: opts.unschedulable
        ? [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: opts.unschedulable }]
        : [{ type: 'Ready', status: opts.ready === false ? 'False' : 'True' }],
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

function node(name: string, ready: string, taints: { key: string; effect: string }[] = []): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name },
    spec: { taints },
    status: { conditions: [{ type: 'Ready', status: ready }] },
  } as KObject;
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

const FIT_ERROR =
  '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
const unreachable = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' } as const;
const evicted = { ...deleted, node: 'node-2' };
const ev = (reason: string, message: string, kind = 'Pod') => ({ reason, kind, name: 'p', message });

const h1Cases: [string, Goal, KObject[], GoalMemory, boolean][] = [
  ['node Ready', { kind: 'nodeReady', node: 'node-1' }, [node('node-1', 'True')], mem(), true],
  ['node Unknown is not Ready', { kind: 'nodeReady', node: 'node-1' }, [node('node-1', 'Unknown')], mem(), false],
  ['missing node is not Ready', { kind: 'nodeReady', node: 'node-9' }, [node('node-1', 'True')], mem(), false],
  ['acknowledge holds at once', { kind: 'acknowledge' }, [], mem(), true],
  [
    'pending with the fit error',
    { kind: 'podPending', selector: 'app=band', message: 'Insufficient cpu' },
    [pod('s', { node: null, unschedulable: FIT_ERROR })],
    mem(),
    true,
  ],
  [
    'pending for another reason',
    { kind: 'podPending', selector: 'app=band', message: 'Insufficient memory' },
    [pod('s', { node: null, unschedulable: FIT_ERROR })],
    mem(),
    false,
  ],
  ['a bound pod is not pending', { kind: 'podPending', selector: 'app=band' }, [pod('s')], mem(), false],
  [
    'restarts while not ready',
    { kind: 'podRestarts', selector: 'app=band', atLeast: 2 },
    [pod('a', { ready: false, restarts: 2 })],
    mem(),
    true,
  ],
  ['too few restarts', { kind: 'podRestarts', selector: 'app=band', atLeast: 3 }, [pod('a', { restarts: 2 })], mem(), false],
  ['two pods', { kind: 'podCount', selector: 'app=band', count: 2 }, [pod('a'), pod('b', { terminating: true })], mem(), true],
  [
    'a terminating pod still counts on its node',
    { kind: 'podCount', selector: 'app=band', node: 'node-2', count: 0 },
    [pod('a'), pod('b', { node: 'node-2', terminating: true })],
    mem(),
    false,
  ],
  ['none on the node', { kind: 'podCount', selector: 'app=band', node: 'node-2', count: 0 }, [pod('a')], mem(), true],
  [
    'new pod avoided the node',
    { kind: 'avoidsNode', selector: 'app=band', node: 'node-2' },
    [pod('old', { node: 'node-2' }), pod('n', { node: 'node-3' })],
    mem({ addedPodUids: ['n'] }),
    true,
  ],
  [
    'new pod on the node',
    { kind: 'avoidsNode', selector: 'app=band', node: 'node-2' },
    [pod('n', { node: 'node-3' }), pod('m', { node: 'node-2' })],
    mem({ addedPodUids: ['n', 'm'] }),
    false,
  ],
  ['no new pod: not vacuously true', { kind: 'avoidsNode', selector: 'app=band', node: 'node-2' }, [pod('old')], mem(), false],
  [
    'new pod still unscheduled',
    { kind: 'avoidsNode', selector: 'app=band', node: 'node-2' },
    [pod('n', { node: 'node-3' }), pod('m', { node: null, unschedulable: 'x' })],
    mem({ addedPodUids: ['n', 'm'] }),
    false,
  ],
  ['tainted', { kind: 'nodeTainted', node: 'node-2', ...unreachable }, [node('node-2', 'Unknown', [unreachable])], mem(), true],
  [
    'taint with another effect',
    { kind: 'nodeTainted', node: 'node-2', key: unreachable.key, effect: 'NoSchedule' },
    [node('node-2', 'Unknown', [unreachable])],
    mem(),
    false,
  ],
  ['no taint', { kind: 'nodeTainted', node: 'node-2', key: unreachable.key }, [node('node-2', 'True')], mem(), false],
  ['evicted from the node', { kind: 'podsEvicted', selector: 'app=band', node: 'node-2' }, [], mem({ deletedPods: [evicted] }), true],
  ['deleted elsewhere', { kind: 'podsEvicted', selector: 'app=band', node: 'node-2' }, [], mem({ deletedPods: [deleted] }), false],
  [
    'replaced on other stages',
    { kind: 'replacedElsewhere', selector: 'app=band', node: 'node-2', count: 2 },
    [pod('a'), pod('n', { node: 'node-3' }), pod('old', { node: 'node-2', terminating: true })],
    mem({ deletedPods: [evicted] }),
    true,
  ],
  [
    'replaced but nothing evicted',
    { kind: 'replacedElsewhere', selector: 'app=band', node: 'node-2', count: 2 },
    [pod('a'), pod('n', { node: 'node-3' })],
    mem(),
    false,
  ],
  [
    'a Ready pod still on the node',
    { kind: 'replacedElsewhere', selector: 'app=band', node: 'node-2', count: 2 },
    [pod('a'), pod('b', { node: 'node-2' })],
    mem({ deletedPods: [evicted] }),
    false,
  ],
  ['object exists', { kind: 'objectExists', objectKind: 'Node', name: 'node-1' }, [node('node-1', 'True')], mem(), true],
  ['object missing', { kind: 'objectExists', objectKind: 'Pod', name: 'x' }, [pod('a')], mem(), false],
  [
    'event with message',
    { kind: 'eventSeen', reason: 'FailedScheduling', message: '3 Insufficient cpu' },
    [],
    mem({ events: [ev('FailedScheduling', FIT_ERROR)] }),
    true,
  ],
  [
    'event for another kind',
    { kind: 'eventSeen', reason: 'FailedScheduling', objectKind: 'Node' },
    [],
    mem({ events: [ev('FailedScheduling', FIT_ERROR)] }),
    false,
  ],
  ['no such event', { kind: 'eventSeen', reason: 'BackOff' }, [], mem({ events: [ev('Killing', 'x')] }), false],
  [
    'trace in order',
    {
      kind: 'traceSeen',
      sequence: [
        { from: 'kubectl', resource: 'deployments' },
        { from: 'kubelet', verb: 'update' },
      ],
    },
    [],
    mem({ trace: { 'kubectl|api-server|update|deployments|': [5, 5], 'kubelet|api-server|update|pods|status': [9, 9] } }),
    true,
  ],
  [
    'trace out of order',
    { kind: 'traceSeen', sequence: [{ from: 'kubelet' }, { from: 'kubectl' }] },
    [],
    mem({ trace: { 'kubectl|api-server|update|deployments|': [5, 5], 'kubelet|api-server|update|pods|status': [9, 9] } }),
    false,
  ],
];

describe('evaluateGoal: lesson A kinds', () => {
  it.each(h1Cases)('%s', (_name, goal, objects, memory, expected) => {
    expect(evaluateGoal(goal, view(objects), memory)).toBe(expected);
  });
});

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
