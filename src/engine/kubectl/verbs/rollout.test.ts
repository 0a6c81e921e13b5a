// rollout status/history/undo/restart/pause/resume against the hand-built scene (no
// controllers run: the clock stays at 0, so only kubectl's own writes change objects).
import { describe, expect, it } from 'vitest';
import type { Deployment, KObject } from '../../objects/types';
import { scene } from '../describe/scene';

const TEMPLATE_REV1 = `deployment.apps/web with revision #1
Pod Template:
  Labels:\tapp=web
\tpod-template-hash=5b8f7c9d6
  Containers:
   nginx:
    Image:\tnginx:1.26
    Port:\t80/TCP
    Host Port:\t0/TCP
    Requests:
      cpu:\t100m
      memory:\t128Mi
    Environment:\t<none>
    Mounts:\t<none>
  Volumes:\t<none>
  Node-Selectors:\t<none>
  Tolerations:\t<none>

`;

describe('kubectl rollout', () => {
  it.each([
    ['rollout status deploy/web', 'Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...\n', '', 0],
    ['rollout status deployment web --watch=false', 'Waiting for deployment "web" rollout to finish: 2 out of 3 new replicas have been updated...\n', '', 0],
    ['rollout history deployment/web', 'deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         first\n2         <none>\n\n', '', 0],
    ['rollout history deploy web --revision=1', TEMPLATE_REV1, '', 0],
    ['rollout history deploy/web --revision=9', '', 'error: unable to find the specified revision\n', 1],
    ['rollout undo deploy/web --to-revision=5', '', 'error: unable to find specified revision 5 in history\n', 1],
    ['rollout undo deploy/web --to-revision=2', 'deployment.apps/web skipped rollback (current template already matches revision 2)\n', '', 0],
    ['rollout undo deploy/nope', '', 'Error from server (NotFound): deployments.apps "nope" not found\n', 1],
    ['rollout resume deploy/web', '', 'error: deployments.apps "web" is not paused\n', 1],
    ['rollout pause deploy/web', 'deployment.apps/web paused\n', '', 0],
    ['rollout restart deploy/web', 'deployment.apps/web restarted\n', '', 0],
  ])('%s', (line, stdout, stderr, exitCode) => {
    expect(scene().c.kubectl(line)).toEqual({ stdout, stderr, exitCode });
  });

  it.each([
    // [status patch, expected line]
    [{ observedGeneration: 0 }, 'Waiting for deployment spec update to be observed...\n'],
    [{ updatedReplicas: 3, replicas: 4 }, 'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...\n'],
    [{ updatedReplicas: 3, replicas: 3, availableReplicas: 2 }, 'Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...\n'],
    [{ updatedReplicas: 3, replicas: 3, availableReplicas: 3 }, 'deployment "web" successfully rolled out\n'],
  ])('status line for %j', (patch, line) => {
    const { c, d } = scene();
    c.api.update({ ...d, status: { ...d.status, ...patch } } as KObject, 'test', 'status');
    expect(c.kubectl('rollout status deploy/web').stdout).toBe(line);
  });

  it('fails on a deployment past its progress deadline', () => {
    const { c, d } = scene();
    const conditions = [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "web-7d9c6b5f4" has timed out progressing.' }];
    c.api.update({ ...d, status: { ...d.status, conditions } } as KObject, 'test', 'status');
    expect(c.kubectl('rollout status deploy/web')).toEqual({ stdout: '', stderr: 'error: deployment "web" exceeded its progress deadline\n', exitCode: 1 });
  });

  it('undo copies the previous revision template without the hash label, and its change-cause', () => {
    const { c } = scene();
    expect(c.kubectl('rollout undo deployment/web')).toEqual({ stdout: 'deployment.apps/web rolled back\n', stderr: '', exitCode: 0 });
    const d = c.get<Deployment>('Deployment', 'default', 'web') as Deployment;
    expect(d.spec?.template.spec?.containers[0].image).toBe('nginx:1.26');
    expect(d.spec?.template.metadata?.labels).toEqual({ app: 'web' });
    expect(d.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '2', 'kubernetes.io/change-cause': 'first' });
  });

  it('undo without history, and of a paused deployment', () => {
    const { c, oldRS } = scene();
    c.api.delete('ReplicaSet', 'default', oldRS.metadata.name, 'test');
    expect(c.kubectl('rollout undo deploy/web').stderr).toBe('error: no rollout history found for deployment "web"\n');
    c.kubectl('rollout pause deploy/web');
    expect(c.kubectl('rollout undo deploy/web --to-revision=2').stderr).toBe(
      "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume deployment/web' and try again\n",
    );
  });

  it('pause, resume and restart write the fields real kubectl patches', () => {
    const { c } = scene();
    c.kubectl('rollout pause deploy/web');
    expect(c.kubectl('rollout pause deploy/web').stderr).toBe('error: deployments.apps "web" is already paused\n');
    expect(c.kubectl('rollout restart deploy/web').stderr).toBe('error: deployments.apps "web" can\'t restart paused deployment (run rollout resume first)\n');
    expect(c.kubectl('rollout resume deploy/web').stdout).toBe('deployment.apps/web resumed\n');
    expect(c.get<Deployment>('Deployment', 'default', 'web')?.spec?.paused).toBeUndefined();
    c.kubectl('rollout restart deploy/web');
    expect(c.get<Deployment>('Deployment', 'default', 'web')?.spec?.template.metadata?.annotations).toEqual({ 'kubectl.kubernetes.io/restartedAt': '2025-01-01T00:00:00Z' });
    expect(c.kubectl('rollout restart deploy/web').stderr).toBe(
      'error: failed to create patch for web: if restart has already been triggered within the past second, please wait before attempting to trigger another\n',
    );
  });
});
