import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';
import type { Cluster } from '../../cluster/cluster';
import type { KObject, Pod } from '../../objects/types';
import { TestKubelet } from './test-kubelet';

type Opts = { replicas?: number; image?: string; strategy?: Record<string, unknown>; revisionHistoryLimit?: number; minReadySeconds?: number };

function createDeployment(c: Cluster, name: string, o: Opts = {}): KObject {
  return c.api.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: {
      replicas: o.replicas ?? 3,
      selector: { matchLabels: { app: name } },
      strategy: o.strategy ?? { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      revisionHistoryLimit: o.revisionHistoryLimit ?? 10,
      progressDeadlineSeconds: 600,
      minReadySeconds: o.minReadySeconds,
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image: o.image ?? 'nginx:1.14.2' }] } },
    },
  });
}

function edit(c: Cluster, name: string, f: (d: KObject) => void): void {
  const d = structuredClone(c.get('Deployment', 'default', name) as KObject);
  f(d);
  c.api.update(d, 'kubectl');
}

const setImage = (c: Cluster, name: string, image: string) =>
  edit(c, name, (d) => {
    d.spec.template.spec.containers[0].image = image;
  });

const deploy = (c: Cluster, name: string) => c.get('Deployment', 'default', name) as KObject;
const replicaSets = (c: Cluster) => c.list('ReplicaSet', 'default');
const rsByImage = (c: Cluster, image: string) => replicaSets(c).find((rs) => rs.spec.template.spec.containers[0].image === image) as KObject;
const livePods = (c: Cluster) => c.list<Pod>('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp);
const events = (c: Cluster, reason: string) =>
  c
    .list('Event', 'default')
    .filter((e) => e.reason === reason)
    .map((e) => e.message as string);
const cond = (d: KObject, type: string) => d.status?.conditions?.find((x: { type: string }) => x.type === type);

describe('Deployment controller', () => {
  it('creates a ReplicaSet named <deploy>-<hash> and reports a complete rollout', () => {
    const c = createCluster({ nodes: 0 });
    const k = new TestKubelet(c, { readyAfterMs: 1000 });
    createDeployment(c, 'web');
    k.run(5000);
    const [rs] = replicaSets(c);
    const hash = rs.metadata.labels?.['pod-template-hash'] as string;
    expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
    expect(rs.metadata.name).toBe(`web-${hash}`);
    expect(rs.spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.spec.template.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.metadata.annotations).toEqual({
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
      'deployment.kubernetes.io/revision': '1',
    });
    expect(rs.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Deployment', name: 'web', controller: true, blockOwnerDeletion: true });
    for (const p of livePods(c)) {
      expect(p.metadata.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(p.metadata.labels?.['pod-template-hash']).toBe(hash);
    }
    const d = deploy(c, 'web');
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(d.status).toMatchObject({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(d.status.unavailableReplicas).toBeUndefined();
    expect(d.status.conditions.map((x: KObject) => [x.type, x.status, x.reason, x.message])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
      ['Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "web-${hash}" has successfully progressed.`],
    ]);
    expect(events(c, 'ScalingReplicaSet')).toEqual([`Scaled up replica set web-${hash} from 0 to 3`]);
  });

  it('rolls 3 replicas from 1.14.2 to 1.16.1 one step at a time within surge and availability', () => {
    const c = createCluster({ nodes: 0 });
    const k = new TestKubelet(c, { readyAfterMs: 2000, terminateAfterMs: 1500 });
    createDeployment(c, 'web');
    k.run(5000);
    setImage(c, 'web', 'nginx:1.16.1');
    let maxPods = 0;
    let minAvailable = Number.POSITIVE_INFINITY;
    k.run(30_000, () => {
      const live = livePods(c);
      maxPods = Math.max(maxPods, live.length);
      minAvailable = Math.min(minAvailable, live.filter((p) => p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True')).length);
    });
    const oldRS = rsByImage(c, 'nginx:1.14.2');
    const newRS = rsByImage(c, 'nginx:1.16.1');
    const o = oldRS.metadata.name;
    const n = newRS.metadata.name;
    expect(events(c, 'ScalingReplicaSet')).toEqual([
      `Scaled up replica set ${o} from 0 to 3`,
      `Scaled up replica set ${n} from 0 to 1`,
      `Scaled down replica set ${o} from 3 to 2`,
      `Scaled up replica set ${n} from 1 to 2`,
      `Scaled down replica set ${o} from 2 to 1`,
      `Scaled up replica set ${n} from 2 to 3`,
      `Scaled down replica set ${o} from 1 to 0`,
    ]);
    expect(maxPods).toBe(4); // replicas + maxSurge
    expect(minAvailable).toBe(3); // replicas − maxUnavailable
    expect(newRS.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(deploy(c, 'web').metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(deploy(c, 'web').metadata.generation).toBe(2);
    expect(deploy(c, 'web').status).toMatchObject({ observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 3 });
    expect(cond(deploy(c, 'web'), 'Progressing').message).toBe(`ReplicaSet "${n}" has successfully progressed.`);
    expect(livePods(c).every((p) => p.metadata.name.startsWith(`${n}-`))).toBe(true);
  });

  it('a broken image stalls at old 8 / new 5 (10 replicas), times out after 600 s, and scales proportionally', () => {
    const c = createCluster({ nodes: 0 });
    const k = new TestKubelet(c, { readyAfterMs: 1000, broken: (p) => p.spec?.containers[0].image === 'nginx:broken' });
    // The docs' example: 10 replicas, maxSurge 3, maxUnavailable 2 (absolute numbers).
    createDeployment(c, 'web', { replicas: 10, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } } });
    k.run(5000);
    setImage(c, 'web', 'nginx:broken');
    const start = c.now();
    k.run(10_000);
    const oldName = rsByImage(c, 'nginx:1.14.2').metadata.name;
    const newName = rsByImage(c, 'nginx:broken').metadata.name;
    expect(rsByImage(c, 'nginx:1.14.2').spec.replicas).toBe(8);
    expect(rsByImage(c, 'nginx:broken').spec.replicas).toBe(5);
    let d = deploy(c, 'web');
    expect(d.status).toMatchObject({ replicas: 13, updatedReplicas: 5, readyReplicas: 8, availableReplicas: 8, unavailableReplicas: 5 });
    expect(cond(d, 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
    expect(cond(d, 'Progressing')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated', message: `ReplicaSet "${newName}" is progressing.` });

    k.run(start + 595_000 - c.now());
    expect(cond(deploy(c, 'web'), 'Progressing').reason).toBe('ReplicaSetUpdated');
    k.run(10_000);
    d = deploy(c, 'web');
    expect(cond(d, 'Progressing')).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${newName}" has timed out progressing.` });
    expect(rsByImage(c, 'nginx:1.14.2').spec.replicas).toBe(8); // nothing is rolled back

    edit(c, 'web', (x) => {
      x.spec.replicas = 15;
    });
    k.run(2000);
    expect(rsByImage(c, 'nginx:1.14.2').spec.replicas).toBe(11);
    expect(rsByImage(c, 'nginx:broken').spec.replicas).toBe(7);
    expect(events(c, 'ScalingReplicaSet').slice(-2)).toEqual([`Scaled up replica set ${oldName} from 8 to 11`, `Scaled up replica set ${newName} from 5 to 7`]);
    expect(rsByImage(c, 'nginx:broken').metadata.annotations?.['deployment.kubernetes.io/max-replicas']).toBe('18');
  });

  it('Recreate scales the old ReplicaSet to 0 and waits for its pods before the new one', () => {
    const c = createCluster({ nodes: 0 });
    const k = new TestKubelet(c, { readyAfterMs: 1000, terminateAfterMs: 3000 });
    createDeployment(c, 'web', { strategy: { type: 'Recreate' } });
    k.run(5000);
    setImage(c, 'web', 'nginx:1.16.1');
    k.run(1000);
    expect(rsByImage(c, 'nginx:1.14.2').spec.replicas).toBe(0);
    expect(rsByImage(c, 'nginx:1.16.1')).toBeUndefined(); // old pods still terminating
    k.run(5000);
    const o = rsByImage(c, 'nginx:1.14.2').metadata.name;
    const n = rsByImage(c, 'nginx:1.16.1').metadata.name;
    expect(events(c, 'ScalingReplicaSet')).toEqual([`Scaled up replica set ${o} from 0 to 3`, `Scaled down replica set ${o} from 3 to 0`, `Scaled up replica set ${n} from 0 to 3`]);
    expect(livePods(c).length).toBe(3);
  });

  it('paused: no new ReplicaSet, scaling still works; resume rolls out', () => {
    const c = createCluster({ nodes: 0 });
    const k = new TestKubelet(c, { readyAfterMs: 500 });
    createDeployment(c, 'web');
    k.run(5000);
    edit(c, 'web', (d) => {
      d.spec.paused = true;
    });
    k.run(100);
    expect(cond(deploy(c, 'web'), 'Progressing')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' });
    setImage(c, 'web', 'nginx:1.16.1');
    edit(c, 'web', (d) => {
      d.spec.replicas = 5;
    });
    k.run(3000);
    expect(replicaSets(c).length).toBe(1);
    expect(replicaSets(c)[0].spec.replicas).toBe(5);
    expect(livePods(c).length).toBe(5);
    const reasons: string[] = [];
    c.watch((e) => {
      if (e.type !== 'MODIFIED' || e.resource !== 'deployments') return;
      const r = cond(e.object as KObject, 'Progressing')?.reason;
      if (r && r !== reasons[reasons.length - 1]) reasons.push(r);
    });
    edit(c, 'web', (d) => {
      d.spec.paused = false;
    });
    k.run(20_000);
    expect(reasons).toEqual(['DeploymentPaused', 'DeploymentResumed', 'NewReplicaSetCreated', 'ReplicaSetUpdated', 'NewReplicaSetAvailable']);
    expect(rsByImage(c, 'nginx:1.16.1').spec.replicas).toBe(5);
    expect(rsByImage(c, 'nginx:1.14.2').spec.replicas).toBe(0);
    expect(cond(deploy(c, 'web'), 'Progressing').reason).toBe('NewReplicaSetAvailable');
  });

  it('keeps revisionHistoryLimit old ReplicaSets and rolls back by template', () => {
    const c = createCluster({ nodes: 0 });
    const k = new TestKubelet(c, { readyAfterMs: 500, terminateAfterMs: 500 });
    createDeployment(c, 'web', { revisionHistoryLimit: 2, replicas: 1 });
    k.run(3000);
    for (const v of ['1.15', '1.16', '1.17', '1.18']) {
      setImage(c, 'web', `nginx:${v}`);
      k.run(8000);
    }
    const revs = replicaSets(c)
      .map((rs) => [rs.spec.template.spec.containers[0].image, rs.metadata.annotations?.['deployment.kubernetes.io/revision']])
      .sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(revs).toEqual([
      ['nginx:1.16', '3'],
      ['nginx:1.17', '4'],
      ['nginx:1.18', '5'],
    ]);
    // kubectl rollout undo: copy revision 3's template (without the hash label) back.
    const target = rsByImage(c, 'nginx:1.16');
    edit(c, 'web', (d) => {
      const t = structuredClone(target.spec.template);
      delete t.metadata.labels['pod-template-hash'];
      d.spec.template = t;
    });
    k.run(8000);
    const back = c.get('ReplicaSet', 'default', target.metadata.name) as KObject;
    expect(back.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('6');
    expect(back.metadata.annotations?.['deployment.kubernetes.io/revision-history']).toBe('3');
    expect(back.spec.replicas).toBe(1);
    expect(deploy(c, 'web').metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('6');
    expect(replicaSets(c).length).toBe(3);
  });
});

describe('Deployment controller state', () => {
  it('continues identically after snapshot and restore mid-rollout', async () => {
    const { restoreCluster } = await import('../../index');
    const c = createCluster({ nodes: 0 });
    const k = new TestKubelet(c, { readyAfterMs: 500 });
    createDeployment(c, 'web', { replicas: 4, minReadySeconds: 5 });
    k.run(3000);
    setImage(c, 'web', 'nginx:1.16.1');
    k.run(1000);
    const copy = restoreCluster(c.snapshot());
    // 30 s: the delayed minReadySeconds requeues fire, and the node lease (not renewed without the
    // test kubelet) is still within its grace, so only the workload controllers act.
    c.advance(30_000);
    copy.advance(30_000);
    const dump = (x: Cluster) => JSON.stringify([x.list('ReplicaSet'), x.list('Deployment'), x.list('Pod')]);
    expect(dump(copy)).toBe(dump(c));
    expect(c.nextEventAt()).toBe(copy.nextEventAt());
  });
});
