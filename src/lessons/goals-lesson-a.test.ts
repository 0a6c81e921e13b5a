// Goal kinds added for the first five lessons (meet-the-band, mechanics, scheduling, crash-loop,
// node-failure): pending pods, restarts, counts, cordons, taints, evictions, trace and events.
import { describe, expect, it } from 'vitest';
import type { KObject } from '../engine/index';
import { deleted, mem, node, pod, view } from './goal-fixtures';
import { evaluateGoal, type GoalMemory } from './goals';
import type { Goal } from './types';

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
