// PVs, PVCs and StorageClasses end to end: the pv-volume/pv-claim/pv-pod task, the default
// class, binding and provisioning events, reclaim policies, protection finalizers, validation.
import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster } from '../index';
import type { Cluster } from '../cluster/cluster';
import type { KObject } from '../objects/types';
import { kubectlOk, waitFor } from '../testing/helpers';
import { PV_WATCH_DELAY_MS } from './pv-controller';

const PV = `apiVersion: v1
kind: PersistentVolume
metadata:
  name: task-pv-volume
  labels:
    type: local
spec:
  storageClassName: manual
  capacity:
    storage: 10Gi
  accessModes:
    - ReadWriteOnce
  hostPath:
    path: "/mnt/data"
`;
const PVC = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: task-pv-claim
spec:
  storageClassName: manual
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: 3Gi
`;
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: task-pv-pod
spec:
  volumes:
    - name: task-pv-storage
      persistentVolumeClaim:
        claimName: task-pv-claim
  containers:
    - name: task-pv-container
      image: nginx
      ports:
        - containerPort: 80
          name: "http-server"
      volumeMounts:
        - mountPath: "/usr/share/nginx/html"
          name: task-pv-storage
`;

function claim(name: string, extra = ''): string {
  return `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ${name}
spec:
${extra}  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
`;
}

function started(): Cluster {
  const c = createCluster();
  c.advance(30_000);
  return c;
}

const get = (c: Cluster, kind: string, name: string, ns = 'default') => c.get<KObject>(kind, kind === 'PersistentVolume' || kind === 'StorageClass' ? '' : ns, name);
const phase = (c: Cluster, kind: string, name: string) => get(c, kind, name)?.status?.phase;
const events = (c: Cluster, name: string) =>
  c.list<KObject>('Event', 'default').filter((e) => (e.involvedObject as { name: string }).name === name).map((e) => `${e.type} ${e.reason} ${e.message}`);

describe('StorageClass', () => {
  it('bootstraps kind\'s default class `standard`', () => {
    const c = started();
    expect(kubectlOk(c, 'get sc')).toBe(
      'NAME                 PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE\n' +
        'standard (default)   rancher.io/local-path   Delete          WaitForFirstConsumer   false                  30s\n',
    );
    expect(kubectlOk(c, 'describe storageclass standard')).toBe(
      'Name:                  standard\nIsDefaultClass:        Yes\nAnnotations:           storageclass.kubernetes.io/is-default-class=true\n' +
        'Provisioner:           rancher.io/local-path\nParameters:            <none>\nAllowVolumeExpansion:  <unset>\nMountOptions:          <none>\n' +
        'ReclaimPolicy:         Delete\nVolumeBindingMode:     WaitForFirstConsumer\nEvents:                <none>\n',
    );
  });
});

describe('static binding: pv-volume, pv-claim, pv-pod', () => {
  it('a new volume is Pending as the API server stores it and Available on the first sync its ADDED event queues', () => {
    // The apiserver's PV strategy creates it Pending; the volume informer's AddFunc enqueues it and
    // syncVolume sets Available (no claimRef), one informer delivery later, as every controller's
    // watch here. [k8s: pkg/registry/core/persistentvolume/strategy.go PrepareForCreate;
    // pkg/controller/volume/persistentvolume/pv_controller_base.go, pv_controller.go syncVolume]
    const c = started();
    kubectlOk(c, 'apply -f -', PV);
    expect(phase(c, 'PersistentVolume', 'task-pv-volume')).toBe('Pending');
    c.advance(PV_WATCH_DELAY_MS);
    expect(phase(c, 'PersistentVolume', 'task-pv-volume')).toBe('Available');
    expect(kubectlOk(c, 'get pv task-pv-volume')).toContain('   Retain           Available           manual ');
  });

  it('binds the 3Gi claim to the 10Gi volume and runs the pod', () => {
    const c = started();
    kubectlOk(c, 'apply -f -', PV);
    kubectlOk(c, 'apply -f -', PVC);
    c.advance(1000);
    expect(phase(c, 'PersistentVolume', 'task-pv-volume')).toBe('Bound');
    expect(kubectlOk(c, 'get pvc')).toBe(
      'NAME            STATUS   VOLUME           CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE\n' +
        'task-pv-claim   Bound    task-pv-volume   10Gi       RWO            manual         <unset>                 1s\n',
    );
    expect(kubectlOk(c, 'get pv')).toBe(
      'NAME             CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM                   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE\n' +
        'task-pv-volume   10Gi       RWO            Retain           Bound    default/task-pv-claim   manual         <unset>                          1s\n',
    );
    kubectlOk(c, 'apply -f -', POD);
    waitFor(c, () => phase(c, 'Pod', 'task-pv-pod') === 'Running', 60_000);
    const d = kubectlOk(c, 'describe pvc task-pv-claim');
    expect(d).toContain('Annotations:   pv.kubernetes.io/bind-completed: yes\n               pv.kubernetes.io/bound-by-controller: yes\n');
    expect(d).toContain('Finalizers:    [kubernetes.io/pvc-protection]\nCapacity:      10Gi\nAccess Modes:  RWO\nVolumeMode:    Filesystem\nUsed By:       task-pv-pod\n');
    expect(kubectlOk(c, 'describe pv task-pv-volume')).toContain('Source:\n    Type:          HostPath (bare host directory volume)\n    Path:          /mnt/data\n    HostPathType:  <none>\n');
  });

  it('Retain: deleting the claim leaves the volume Released with its claim', () => {
    const c = started();
    kubectlOk(c, 'apply -f -', PV);
    kubectlOk(c, 'apply -f -', PVC);
    c.advance(1000);
    expect(kubectlOk(c, 'delete pvc task-pv-claim')).toBe('persistentvolumeclaim "task-pv-claim" deleted\n');
    c.advance(1000);
    expect(get(c, 'PersistentVolumeClaim', 'task-pv-claim')).toBeUndefined();
    expect(phase(c, 'PersistentVolume', 'task-pv-volume')).toBe('Released');
    expect(get(c, 'PersistentVolume', 'task-pv-volume')?.spec?.claimRef?.name).toBe('task-pv-claim');
    // A Released volume is not bound again.
    kubectlOk(c, 'apply -f -', PVC);
    c.advance(1000);
    expect(phase(c, 'PersistentVolumeClaim', 'task-pv-claim')).toBe('Pending');
  });

  it('Delete on a volume no provisioner owns fails the volume', () => {
    const c = started();
    kubectlOk(c, 'apply -f -', PV.replace('  hostPath:', '  persistentVolumeReclaimPolicy: Delete\n  hostPath:'));
    kubectlOk(c, 'apply -f -', PVC);
    c.advance(1000);
    kubectlOk(c, 'delete pvc task-pv-claim');
    c.advance(1000);
    expect(phase(c, 'PersistentVolume', 'task-pv-volume')).toBe('Failed');
    expect(events(c, 'task-pv-volume')).toEqual(['Warning VolumeFailedDelete error getting deleter volume plugin for volume "task-pv-volume": no deletable volume plugin matched']);
  });

  it('the smallest fitting volume wins', () => {
    const c = started();
    kubectlOk(c, 'apply -f -', PV);
    kubectlOk(c, 'apply -f -', PV.replace('task-pv-volume', 'small').replace('10Gi', '5Gi'));
    kubectlOk(c, 'apply -f -', PV.replace('task-pv-volume', 'tiny').replace('10Gi', '2Gi'));
    kubectlOk(c, 'apply -f -', PVC);
    c.advance(1000);
    expect(get(c, 'PersistentVolumeClaim', 'task-pv-claim')?.spec?.volumeName).toBe('small');
    expect(phase(c, 'PersistentVolume', 'tiny')).toBe('Available');
  });
});

describe('claims without a volume', () => {
  it.each([
    ['no class', '  storageClassName: ""\n', 'Normal FailedBinding no persistent volumes available for this claim and no storage class is set'],
    ['a missing class', '  storageClassName: fast\n', 'Warning ProvisioningFailed storageclass.storage.k8s.io "fast" not found'],
    ['the default WaitForFirstConsumer class', '', 'Normal WaitForFirstConsumer waiting for first consumer to be created before binding'],
  ])('with %s stays Pending with its event', (_what, extra, event) => {
    const c = started();
    kubectlOk(c, 'apply -f -', claim('data', extra));
    c.advance(1000);
    expect(phase(c, 'PersistentVolumeClaim', 'data')).toBe('Pending');
    expect(events(c, 'data')).toEqual([event]);
  });

  it('an unbound Immediate claim blocks scheduling', () => {
    const c = started();
    kubectlOk(c, 'apply -f -', PVC);
    kubectlOk(c, 'apply -f -', POD);
    c.advance(2000);
    const msg = events(c, 'task-pv-pod').find((e) => e.includes('FailedScheduling'));
    expect(msg).toBe(
      'Warning FailedScheduling 0/3 nodes are available: 3 pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
  });
});

describe('dynamic provisioning through `standard`', () => {
  it('provisions pvc-<uid> on the pod\'s node once the pod is scheduled; Delete removes it', () => {
    const c = started();
    kubectlOk(c, 'apply -f -', claim('data'));
    c.advance(1000);
    kubectlOk(c, 'apply -f -', POD.replace('task-pv-claim', 'data'));
    waitFor(c, () => phase(c, 'PersistentVolumeClaim', 'data') === 'Bound', 10_000, 100);
    const pvc = get(c, 'PersistentVolumeClaim', 'data') as KObject;
    const pvName = `pvc-${pvc.metadata.uid}`;
    expect(pvc.spec.storageClassName).toBe('standard');
    expect(pvc.spec.volumeName).toBe(pvName);
    const pv = get(c, 'PersistentVolume', pvName) as KObject;
    const node = get(c, 'Pod', 'task-pv-pod')?.spec?.nodeName;
    expect(pv.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values).toEqual([node]);
    expect(pv.spec.persistentVolumeReclaimPolicy).toBe('Delete');
    expect(events(c, 'data')).toEqual([
      'Normal WaitForFirstConsumer waiting for first consumer to be created before binding',
      "Normal ExternalProvisioning Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.",
      'Normal Provisioning External provisioner is provisioning volume for claim "default/data"',
      `Normal ProvisioningSucceeded Successfully provisioned volume ${pvName}`,
    ]);
    // pvc-protection: the claim stays Terminating while the pod uses it.
    kubectlOk(c, 'delete pvc data --wait=false');
    c.advance(2000);
    expect(kubectlOk(c, 'get pvc data')).toContain('data   Terminating   ');
    kubectlOk(c, 'delete pod task-pv-pod');
    waitFor(c, () => get(c, 'PersistentVolumeClaim', 'data') === undefined, 60_000);
    waitFor(c, () => get(c, 'PersistentVolume', pvName) === undefined, 10_000, 100);
  });
});

describe('validation', () => {
  it.each([
    [
      'PVC without modes and size',
      'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: x\nspec: {}\n',
      'The PersistentVolumeClaim "x" is invalid: \n* spec.accessModes: Required value: at least 1 access mode is required\n* spec.resources[storage]: Required value\n',
    ],
    [
      'StorageClass without provisioner',
      'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: x\n',
      'The StorageClass "x" is invalid: provisioner: Required value\n',
    ],
  ])('%s', (_w, yaml, err) => {
    const c = started();
    const r = c.kubectl('apply -f -', yaml);
    expect(r.stderr).toBe(err);
  });

  it('a claim spec is immutable', () => {
    const c = started();
    kubectlOk(c, 'apply -f -', PVC);
    const r = c.kubectl('apply -f -', PVC.replace('3Gi', '4Gi').replace('manual', 'other'));
    expect(r.stderr).toBe(
      'The PersistentVolumeClaim "task-pv-claim" is invalid: spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n',
    );
  });
});

describe('snapshot', () => {
  it('restores mid-provisioning and continues identically', () => {
    const a = started();
    kubectlOk(a, 'apply -f -', claim('data'));
    kubectlOk(a, 'apply -f -', POD.replace('task-pv-claim', 'data'));
    a.advance(700);
    const b = restoreCluster(JSON.parse(JSON.stringify(a.snapshot())));
    a.advance(20_000);
    b.advance(20_000);
    const dump = (c: Cluster) => kubectlOk(c, 'get pods,pvc,pv,events -o json');
    expect(dump(b)).toBe(dump(a));
    expect(phase(b, 'PersistentVolumeClaim', 'data')).toBe('Bound');
  });
});
