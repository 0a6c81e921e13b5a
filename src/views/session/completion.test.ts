import { describe, expect, it } from 'vitest';
import { complete, kindOf } from './completion';

const NAMES: Record<string, string[]> = {
  pods: ['web-1-aaaaa', 'web-1-bbbbb', 'db-0'],
  nodes: ['node-1', 'node-2', 'node-3'],
  deployments: ['web'],
  services: ['web-svc'],
  horizontalpodautoscalers: ['web-hpa'],
  persistentvolumeclaims: ['data-db-0'],
  configmaps: ['kube-root-ca.crt', 'web-config'],
};
const names = (kind: string) => NAMES[kind] ?? [];

describe('complete', () => {
  it.each([
    ['g', 'get ', ['get']],
    ['kubectl g', 'kubectl get ', ['get']],
    ['de', 'de', ['delete', 'describe']],
    // pods and poddisruptionbudgets both start with "po": the common prefix is completed, both are offered.
    ['get po', 'get pod', ['poddisruptionbudgets', 'pods']],
    ['get st', 'get st', ['statefulsets', 'storageclasses']],
    ['get pods w', 'get pods web-1-', ['web-1-aaaaa', 'web-1-bbbbb']],
    ['get pods web-1-a', 'get pods web-1-aaaaa ', ['web-1-aaaaa']],
    ['delete pod d', 'delete pod db-0 ', ['db-0']],
    ['get pods -o wide w', 'get pods -o wide web-1-', ['web-1-aaaaa', 'web-1-bbbbb']],
    ['cordon node-', 'cordon node-', ['node-1', 'node-2', 'node-3']],
    ['drain node-3', 'drain node-3 ', ['node-3']],
    ['rollout u', 'rollout undo ', ['undo']],
    ['rollout undo deployment/', 'rollout undo deployment/web ', ['deployment/web']],
    ['scale deploy w', 'scale deploy web ', ['web']],
    ['logs d', 'logs db-0 ', ['db-0']],
    ['exec d', 'exec db-0 ', ['db-0']],
    // `top pod|po|pods` and `top node` complete names of that kind.
    ['top pod w', 'top pod web-1-', ['web-1-aaaaa', 'web-1-bbbbb']],
    ['top po d', 'top po db-0 ', ['db-0']],
    ['top node node-2', 'top node node-2 ', ['node-2']],
    // Every kind's names, through its short names too.
    ['get svc w', 'get svc web-svc ', ['web-svc']],
    ['describe hpa w', 'describe hpa web-hpa ', ['web-hpa']],
    ['delete pvc d', 'delete pvc data-db-0 ', ['data-db-0']],
    ['get cm w', 'get cm web-config ', ['web-config']],
    ['zzz', 'zzz', []],
    ['taint nodes n', 'taint nodes node-', ['node-1', 'node-2', 'node-3']],
    [
      '',
      '',
      [
        'annotate',
        'api-resources',
        'apply',
        'autoscale',
        'config',
        'cordon',
        'create',
        'delete',
        'describe',
        'drain',
        'events',
        'exec',
        'expose',
        'get',
        'label',
        'logs',
        'patch',
        'rollout',
        'run',
        'scale',
        'set',
        'taint',
        'top',
        'uncordon',
        'version',
        'wait',
      ],
    ],
  ])('%j → %j', (line, completed, options) => {
    expect(complete(line, names)).toEqual({ line: completed, options });
  });

  it.each([
    ['po', 'pods'],
    ['deploy', 'deployments'],
    ['Deployment.apps', 'deployments'],
    ['bogus', undefined],
  ])('kindOf(%j) = %j', (word, kind) => {
    expect(kindOf(word)).toBe(kind);
  });
});
