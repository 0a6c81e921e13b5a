// A pod rejected because its Immediate claim is unbound is retried as soon as the claim binds
// (VolumeBinding's EventsToRegister), not after the 5-minute unschedulable flush.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { Pod } from '../objects/types';
import { kubectlOk, waitFor } from '../testing/helpers';

const CLAIM_AND_POD = `apiVersion: v1
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
---
apiVersion: v1
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
      volumeMounts:
        - mountPath: "/usr/share/nginx/html"
          name: task-pv-storage
`;

const VOLUME = `apiVersion: v1
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

describe('volume binding and the scheduling queue', () => {
  it('schedules the pod soon after its claim binds', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', CLAIM_AND_POD);
    c.advance(20_000);
    const pending = c.get<Pod>('Pod', 'default', 'task-pv-pod') as Pod;
    expect(pending.spec?.nodeName).toBeUndefined();
    expect(pending.status?.conditions?.find((x) => x.type === 'PodScheduled')?.message).toContain('pod has unbound immediate PersistentVolumeClaims');
    kubectlOk(c, 'apply -f -', VOLUME);
    const took = waitFor(c, () => !!c.get<Pod>('Pod', 'default', 'task-pv-pod')?.spec?.nodeName, 60_000, 250, 'the pod to be scheduled');
    expect(took).toBeLessThan(30_000);
    expect(c.kubectl('get pvc task-pv-claim').stdout).toMatch(/task-pv-claim\s+Bound\s+task-pv-volume\s+10Gi\s+RWO\s+manual/);
  });
});
