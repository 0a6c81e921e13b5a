// A Deployment that completed and then lost availability keeps a NewReplicaSetAvailable
// Progressing condition past its deadline, so requeueStuckDeployment requeues it rate-limited
// after every sync (as upstream, kubernetes/kubernetes#106054). The queue's token bucket holds
// that to 10 syncs a second; before it, the forgotten key came back every 5 ms (12,000 a minute).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCluster } from '../../index';
import type { Pod } from '../../objects/types';
import { kubectlOk } from '../../testing/helpers';
import { DeploymentController } from './deployment-controller';

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  progressDeadlineSeconds: 30
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
`;

afterEach(() => vi.restoreAllMocks());

describe('Deployment past its progress deadline without availability', () => {
  it('is synced at most 10 times a virtual second (client-go bucket), not every 5 ms', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', WEB);
    c.advance(60_000);
    expect(kubectlOk(c, 'get deploy web')).toMatch(/web {4}2\/2/);
    const sync = vi.spyOn(DeploymentController.prototype, 'sync');
    c.inject({ type: 'kill-node', node: c.list<Pod>('Pod', 'default')[0].spec?.nodeName as string });
    c.advance(60_000);
    expect(c.get('Deployment', 'default', 'web')?.status?.conditions?.find((x: { type: string }) => x.type === 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
    sync.mockClear();
    c.advance(60_000);
    const perMinute = sync.mock.calls.length;
    expect(perMinute).toBeGreaterThan(0);
    expect(perMinute).toBeLessThanOrEqual(60 * 10);
  });
});
