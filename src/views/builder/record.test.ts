import { describe, expect, it } from 'vitest';
import type { Pod } from '../../engine';
import { actionsFromLog, describeAction, selectorOf } from './record';

const pod = (name: string, labels: Record<string, string>) => ({ metadata: { name, labels } }) as Pod;
const band = [pod('nginx-deployment-7c5ddbdf54-2xkqp', { app: 'nginx', 'pod-template-hash': '7c5ddbdf54' })];

describe('actionsFromLog', () => {
  it('keeps the lines that change the cluster and drops reads and timing marks', () => {
    expect(
      actionsFromLog(
        [
          { at: 0, kind: 'kubectl', line: 'apply -f -', stdin: 'kind: Deployment' },
          { at: 1, kind: 'kubectl', line: 'get pods' },
          { at: 2, kind: 'run' },
          { at: 3, kind: 'kubectl', line: 'scale deployment nginx-deployment --replicas=4' },
          { at: 4, kind: 'fault', fault: { type: 'load', service: 'nginx-deployment', rps: 5 } },
        ],
        band,
      ),
    ).toEqual([
      { kubectl: 'apply -f -', stdin: 'kind: Deployment' },
      { kubectl: 'scale deployment nginx-deployment --replicas=4' },
      { fault: { type: 'load', service: 'nginx-deployment', rps: 5 } },
    ]);
  });

  it('names a pod by its selector, since its generated name will not exist when the lesson replays', () => {
    expect(
      actionsFromLog(
        [
          { at: 0, kind: 'kubectl', line: 'delete pod nginx-deployment-7c5ddbdf54-2xkqp' },
          { at: 1, kind: 'kubectl', line: 'label pod/nginx-deployment-7c5ddbdf54-2xkqp tier=web' },
          { at: 2, kind: 'fault', fault: { type: 'crash-container', pod: 'nginx-deployment-7c5ddbdf54-2xkqp' } },
          { at: 3, kind: 'kubectl', line: 'delete pod gone-already' },
        ],
        band,
      ),
    ).toEqual([
      { kubectl: 'delete pod {pod}', pod: 'app=nginx' },
      { kubectl: 'label pod/{pod} tier=web', pod: 'app=nginx' },
      { fault: { type: 'crash-container', pod: '{pod}' }, pod: 'app=nginx' },
      { kubectl: 'delete pod gone-already' },
    ]);
  });

  it('builds selectors without the per-pod labels and describes actions in words', () => {
    expect(selectorOf(pod('db-0', { app: 'db', tier: 'data', 'controller-revision-hash': 'x', 'apps.kubernetes.io/pod-index': '0' }))).toBe(
      'app=db,tier=data',
    );
    expect(selectorOf(pod('lonely', {}))).toBeUndefined();
    expect(describeAction({ kubectl: 'delete pod {pod}', pod: 'app=nginx' })).toBe(
      'kubectl delete pod {pod} (on a Ready pod matching app=nginx)',
    );
    expect(describeAction({ fault: { type: 'kill-node', node: 'node-2' } })).toBe('power off node-2');
  });
});
