import { describe, expect, it } from 'vitest';
import { describeGoal } from './goal-text';
import { lessons } from './registry';
import type { Goal } from './types';

describe('describeGoal', () => {
  it.each<[Goal, string]>([
    [{ kind: 'readyPods', selector: 'app=band', count: 3, minNodes: 2 }, '3 Ready pods labelled app=band on at least 2 stages'],
    [{ kind: 'readyPods', selector: 'app=band', count: 1, namespace: 'jazz' }, '1 Ready pod labelled app=band in namespace jazz'],
    [{ kind: 'podReplaced', selector: 'app=band' }, 'A pod labelled app=band deleted, and a new one Ready in its place'],
    [{ kind: 'podRestarted', selector: 'app=singer' }, 'A Ready pod labelled app=singer restarted at least once'],
    [
      { kind: 'podWaiting', selector: 'app=x', reasons: ['ErrImagePull', 'ImagePullBackOff'] },
      'A pod labelled app=x waiting with ErrImagePull or ImagePullBackOff',
    ],
    [
      { kind: 'deploymentRevision', name: 'band', revision: 2, image: 'nginx:1.27', maxUnavailableSeen: 1 },
      'Deployment band fully rolled out at revision 2, running nginx:1.27, with never more than 1 unavailable',
    ],
    [{ kind: 'nodeNotReady', node: 'node-2' }, 'Node node-2 NotReady'],
    [{ kind: 'nodeReady', node: 'node-2' }, 'Node node-2 Ready'],
    [{ kind: 'acknowledge' }, 'Read this step, then press Next'],
    [
      { kind: 'podPending', selector: 'app=soloist', message: 'Insufficient cpu' },
      'A pod labelled app=soloist Pending: "Insufficient cpu"',
    ],
    [{ kind: 'podRestarts', selector: 'app=drummer', atLeast: 4 }, 'A container of a pod labelled app=drummer restarted at least 4 times'],
    [
      { kind: 'podCount', selector: 'app=band', node: 'node-2', count: 0 },
      'No pods labelled app=band on node-2, not even Terminating ones',
    ],
    [{ kind: 'podCount', selector: 'app=band', count: 2 }, 'Exactly 2 pods labelled app=band'],
    [{ kind: 'avoidsNode', selector: 'app=band', node: 'node-2' }, 'New pods labelled app=band running, none of them on node-2'],
    [
      { kind: 'nodeTainted', node: 'node-2', key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' },
      'Node node-2 tainted node.kubernetes.io/unreachable:NoExecute',
    ],
    [{ kind: 'podsEvicted', selector: 'app=band', node: 'node-2' }, 'A pod labelled app=band evicted from node-2'],
    [
      { kind: 'replacedElsewhere', selector: 'app=band', node: 'node-2', count: 4 },
      'The pod on node-2 evicted, and 4 Ready pods labelled app=band on other stages',
    ],
    [
      {
        kind: 'traceSeen',
        sequence: [
          { from: 'kubectl', to: 'api-server', resource: 'deployments' },
          { to: 'etcd', verb: 'write' },
        ],
      },
      'The podium shows, in order: kubectl → api-server (deployments), then any → etcd (write)',
    ],
    [{ kind: 'objectExists', objectKind: 'Service', name: 'band' }, 'A Service named band exists'],
    [{ kind: 'eventSeen', reason: 'BackOff', message: 'Back-off' }, 'A BackOff event saying "Back-off"'],
    [
      { kind: 'trafficServed', service: 'band', minAvailability: 0.99, forMs: 30_000 },
      'At least 99% of requests to Service band served for 30 s',
    ],
    [{ kind: 'hpaReplicas', name: 'band', min: 3, max: 6 }, 'HorizontalPodAutoscaler band at between 3 and 6 replicas'],
    [{ kind: 'serviceEndpoints', service: 'band', ready: 2, notReady: 1 }, 'Service band with 2 ready endpoints and 1 not ready'],
    [{ kind: 'secretValue', name: 'pay', key: 'rate', value: '100' }, 'Secret pay: key rate decodes to "100"'],
    [
      {
        kind: 'all',
        goals: [
          { kind: 'nodeReady', node: 'node-2' },
          { kind: 'readyPods', selector: 'app=band', count: 4 },
        ],
      },
      'Node node-2 Ready; 4 Ready pods labelled app=band',
    ],
  ])('%j', (goal, text) => {
    expect(describeGoal(goal)).toBe(text);
  });

  it('describes every step of every registered lesson in one line of plain text', () => {
    for (const lesson of lessons) {
      for (const step of lesson.steps) {
        const text = describeGoal(step.goal);
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toMatch(/undefined|NaN|\n|</);
      }
    }
  });
});
