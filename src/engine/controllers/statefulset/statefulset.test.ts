// The StatefulSet basics tutorial (application/web/web.yaml): ordered creation with stable names
// and claims, pod replacement reusing its claim, ordered scaling with retained claims, rolling
// updates from the highest ordinal with a partition, rollout status/history/undo, snapshot.
import { describe, expect, it } from 'vitest';
import { kindInfo } from '../../api/kinds';
import type { Cluster } from '../../cluster/cluster';
import { createCluster, restoreCluster } from '../../index';
import type { KObject, Pod } from '../../objects/types';
import { kubectlOk, waitFor } from '../../testing/helpers';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
`;
const WEB = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: "nginx"
  replicas: 2
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.7
        ports:
        - containerPort: 80
          name: web
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 1Gi
`;
// Only when the Service kind exists (another part of the engine registers it).
const MANIFEST = (kindInfo('Service') ? SERVICE : '') + WEB;

const sts = (c: Cluster) => c.get<KObject>('StatefulSet', 'default', 'web') as KObject;
const pod = (c: Cluster, n: string) => c.get<Pod>('Pod', 'default', n);
const ready = (p: Pod | undefined) => !!p && !p.metadata.deletionTimestamp && p.status?.phase === 'Running' && !!p.status.conditions?.some((x) => x.type === 'Ready' && x.status === 'True');
const stsEvents = (c: Cluster) =>
  c.list<KObject>('Event', 'default').filter((e) => (e.involvedObject as { kind: string }).kind === 'StatefulSet').map((e) => `${e.type} ${e.reason} ${e.message}`);
const settled = (c: Cluster, n: number) => () => {
  const s = sts(c);
  return (s.status?.readyReplicas ?? 0) === n && s.status?.replicas === n && s.status.observedGeneration === s.metadata.generation;
};

function webCluster(): Cluster {
  const c = createCluster();
  c.advance(30_000);
  kubectlOk(c, 'apply -f -', MANIFEST);
  waitFor(c, settled(c, 2), 120_000);
  return c;
}

describe('StatefulSet web', () => {
  it('defaults the spec as the API server does', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', WEB);
    const spec = sts(c).spec;
    expect(spec.podManagementPolicy).toBe('OrderedReady');
    expect(spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 0 } });
    expect(spec.revisionHistoryLimit).toBe(10);
    expect(spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
  });

  it('creates web-0, waits for it to be Ready, then web-1, each after its claim', () => {
    const c = webCluster();
    const w0 = pod(c, 'web-0') as Pod;
    const w1 = pod(c, 'web-1') as Pod;
    const readyAt = Date.parse(w0.status?.conditions?.find((x) => x.type === 'Ready')?.lastTransitionTime as string);
    expect(Date.parse(w1.metadata.creationTimestamp)).toBeGreaterThanOrEqual(readyAt);
    expect(w0.metadata.labels).toMatchObject({ app: 'nginx', 'statefulset.kubernetes.io/pod-name': 'web-0', 'apps.kubernetes.io/pod-index': '0', 'controller-revision-hash': sts(c).status.updateRevision });
    expect(w0.spec?.hostname).toBe('web-0');
    expect(w0.spec?.subdomain).toBe('nginx');
    expect(w0.spec?.volumes?.[0]).toEqual({ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } });
    expect(stsEvents(c)).toEqual([
      'Normal SuccessfulCreate create Claim www-web-0 Pod web-0 in StatefulSet web success',
      'Normal SuccessfulCreate create Pod web-0 in StatefulSet web successful',
      'Normal SuccessfulCreate create Claim www-web-1 Pod web-1 in StatefulSet web success',
      'Normal SuccessfulCreate create Pod web-1 in StatefulSet web successful',
    ]);
    for (const n of ['www-web-0', 'www-web-1']) {
      const claim = c.get<KObject>('PersistentVolumeClaim', 'default', n) as KObject;
      expect(claim.status.phase).toBe('Bound');
      expect(claim.metadata.labels).toEqual({ app: 'nginx' });
      expect(claim.spec.volumeName).toBe(`pvc-${claim.metadata.uid}`);
    }
    expect(kubectlOk(c, 'get sts')).toMatch(/^NAME {3}READY {3}AGE\nweb {4}2\/2 {5}\d+s\n$/);
    const st = sts(c).status;
    expect(st).toMatchObject({ replicas: 2, readyReplicas: 2, currentReplicas: 2, updatedReplicas: 2, availableReplicas: 2, observedGeneration: 1, collisionCount: 0 });
    expect(st.currentRevision).toBe(st.updateRevision);
    expect(kubectlOk(c, 'rollout status sts/web')).toBe('partitioned roll out complete: 2 new pods have been updated...\n');
  });

  it('recreates a deleted pod with the same name and the same claim', () => {
    const c = webCluster();
    const volume = c.get<KObject>('PersistentVolumeClaim', 'default', 'www-web-0')?.spec.volumeName;
    const uid = pod(c, 'web-0')?.metadata.uid;
    kubectlOk(c, 'delete pod web-0');
    waitFor(c, () => ready(pod(c, 'web-0')) && pod(c, 'web-0')?.metadata.uid !== uid, 120_000);
    expect(c.get<KObject>('PersistentVolumeClaim', 'default', 'www-web-0')?.spec.volumeName).toBe(volume);
    expect(pod(c, 'web-0')?.spec?.nodeName).toBe(c.get<KObject>('PersistentVolume', '', volume)?.metadata.annotations?.['local.path.provisioner/selected-node']);
    expect(c.list<KObject>('PersistentVolumeClaim', 'default').length).toBe(2);
  });

  it('scales up in order and down from the highest ordinal, keeping the claims', () => {
    const c = webCluster();
    expect(kubectlOk(c, 'scale sts web --replicas=5')).toBe('statefulset.apps/web scaled\n');
    c.advance(500);
    expect(pod(c, 'web-2')).toBeDefined();
    expect(pod(c, 'web-3')).toBeUndefined(); // web-2 is not Ready yet
    waitFor(c, settled(c, 5), 180_000);
    kubectlOk(c, 'scale sts web --replicas=3');
    c.advance(20);
    expect(pod(c, 'web-4')?.metadata.deletionTimestamp).toBeDefined();
    expect(pod(c, 'web-3')?.metadata.deletionTimestamp).toBeUndefined();
    waitFor(c, () => settled(c, 3)() && !pod(c, 'web-3') && !pod(c, 'web-4'), 180_000);
    const deletes = stsEvents(c).filter((e) => e.includes('delete Pod'));
    expect(deletes).toEqual(['Normal SuccessfulDelete delete Pod web-4 in StatefulSet web successful', 'Normal SuccessfulDelete delete Pod web-3 in StatefulSet web successful']);
    expect(c.list<KObject>('PersistentVolumeClaim', 'default').map((p) => p.metadata.name)).toEqual(['www-web-0', 'www-web-1', 'www-web-2', 'www-web-3', 'www-web-4']);
  });

  it('rolls from the highest ordinal down to the partition, then finishes, and undoes', () => {
    const c = webCluster();
    kubectlOk(c, 'scale sts web --replicas=3');
    waitFor(c, settled(c, 3), 120_000);
    const rev1 = sts(c).status.currentRevision;
    kubectlOk(c, 'apply -f -', WEB.replace('replicas: 2', 'replicas: 3').replace('serviceName: "nginx"', 'serviceName: "nginx"\n  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      partition: 2').replace('nginx-slim:0.7', 'nginx-slim:0.8'));
    waitFor(c, () => sts(c).status.updatedReplicas === 1 && settled(c, 3)(), 120_000);
    const rev2 = sts(c).status.updateRevision;
    expect(rev2).not.toBe(rev1);
    const image = (n: string) => pod(c, n)?.spec?.containers[0].image;
    expect([image('web-0'), image('web-1'), image('web-2')]).toEqual(['registry.k8s.io/nginx-slim:0.7', 'registry.k8s.io/nginx-slim:0.7', 'registry.k8s.io/nginx-slim:0.8']);
    expect(kubectlOk(c, 'rollout status statefulset/web')).toBe('partitioned roll out complete: 1 new pods have been updated...\n');
    // Lower the partition: web-1 then web-0 follow, highest first (each deleted, then recreated).
    const deleted: string[] = [];
    c.watch((e) => {
      if (e.type === 'TRACE' || e.resource !== 'pods' || !e.object.metadata.deletionTimestamp) return;
      if (!deleted.includes(e.object.metadata.name)) deleted.push(e.object.metadata.name);
    });
    kubectlOk(c, 'apply -f -', WEB.replace('replicas: 2', 'replicas: 3').replace('nginx-slim:0.7', 'nginx-slim:0.8'));
    waitFor(c, () => sts(c).status.currentRevision === rev2 && settled(c, 3)(), 180_000);
    expect(deleted.filter((n) => n.startsWith('web-'))).toEqual(['web-1', 'web-0']);
    expect([image('web-0'), image('web-1')]).toEqual(['registry.k8s.io/nginx-slim:0.8', 'registry.k8s.io/nginx-slim:0.8']);
    expect(kubectlOk(c, 'rollout history sts/web')).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect(kubectlOk(c, 'rollout undo sts/web')).toBe('statefulset.apps/web rolled back\n');
    waitFor(c, () => sts(c).status.currentRevision === rev1 && settled(c, 3)() && sts(c).status.updatedReplicas === 3, 240_000);
    expect(image('web-0')).toBe('registry.k8s.io/nginx-slim:0.7');
    expect(c.list<KObject>('ControllerRevision', 'default').map((r) => [r.metadata.name, r.revision])).toEqual([[rev1, 3], [rev2, 2]]);
  });

  it('rejects changes to fields other than the mutable ones', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', WEB);
    const r = c.kubectl('apply -f -', WEB.replace('serviceName: "nginx"', 'serviceName: "other"'));
    expect(r.stderr).toBe(
      `The StatefulSet "web" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden\n`,
    );
    const bad = c.kubectl('apply -f -', WEB.replace('name: web\n', 'name: bad\n').replace('      labels:\n        app: nginx\n    spec:', '      labels:\n        app: other\n    spec:'));
    expect(bad.stderr).toBe('The StatefulSet "bad" is invalid: spec.template.metadata.labels: Invalid value: {"app":"other"}: `selector` does not match template `labels`\n');
  });

  it('whenScaled: Delete removes the claims of removed ordinals', () => {
    const c = createCluster();
    c.advance(30_000);
    kubectlOk(c, 'apply -f -', WEB.replace('serviceName: "nginx"', 'serviceName: "nginx"\n  persistentVolumeClaimRetentionPolicy:\n    whenScaled: Delete'));
    waitFor(c, settled(c, 2), 120_000);
    kubectlOk(c, 'scale sts web --replicas=1');
    waitFor(c, () => !c.get('PersistentVolumeClaim', 'default', 'www-web-1'), 120_000);
    expect(c.get('PersistentVolumeClaim', 'default', 'www-web-0')).toBeDefined();
  });

  it('describes the set', () => {
    const c = webCluster();
    const d = kubectlOk(c, 'describe sts web');
    expect(d).toContain('Replicas:           2 desired | 2 total\nUpdate Strategy:    RollingUpdate\n  Partition:        0\nPods Status:        2 Running / 0 Waiting / 0 Succeeded / 0 Failed\n');
    expect(d).toContain('Volume Claims:\n  Name:          www\n  StorageClass:  \n  Labels:        <none>\n  Annotations:   <none>\n  Capacity:      1Gi\n  Access Modes:  [ReadWriteOnce]\n');
  });

  it('snapshot round-trip mid-rollout continues identically', () => {
    const a = createCluster();
    a.advance(30_000);
    kubectlOk(a, 'apply -f -', MANIFEST);
    a.advance(3_000);
    const b = restoreCluster(JSON.parse(JSON.stringify(a.snapshot())));
    a.advance(60_000);
    b.advance(60_000);
    const dump = (c: Cluster) => kubectlOk(c, 'get sts,pods,pvc,pv,controllerrevisions,events -o json');
    expect(dump(b)).toBe(dump(a));
    expect(sts(b).status.readyReplicas).toBe(2);
  });
});
