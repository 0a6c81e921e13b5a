// The official concept page "DaemonSet": controllers/daemonset.yaml (fluentd-elasticsearch in
// kube-system) applied as the page gives it (on stdin instead of by URL), then what a learner
// sees: one pod per node beside kube-proxy, each pinned by node affinity and bound by the default
// scheduler, with the daemon tolerations the controller adds.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { KObject, Pod } from '../objects/types';
import { kubectlOk, waitFor } from '../testing/helpers';

// controllers/daemonset.yaml, as stored in kubernetes/website (comments included).
const DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: fluentd-elasticsearch
  namespace: kube-system
  labels:
    k8s-app: fluentd-logging
spec:
  selector:
    matchLabels:
      name: fluentd-elasticsearch
  template:
    metadata:
      labels:
        name: fluentd-elasticsearch
    spec:
      tolerations:
      # these tolerations are to have the daemonset runnable on control plane nodes
      # remove them if your control plane nodes should not run pods
      - key: node-role.kubernetes.io/control-plane
        operator: Exists
        effect: NoSchedule
      - key: node-role.kubernetes.io/master
        operator: Exists
        effect: NoSchedule
      containers:
      - name: fluentd-elasticsearch
        image: quay.io/fluentd_elasticsearch/fluentd:v2.5.2
        resources:
          limits:
            memory: 200Mi
          requests:
            cpu: 100m
            memory: 200Mi
        volumeMounts:
        - name: varlog
          mountPath: /var/log
      # it may be desirable to set a high priority class to ensure that a DaemonSet Pod
      # preempts running Pods
      # priorityClassName: important
      terminationGracePeriodSeconds: 30
      volumes:
      - name: varlog
        hostPath:
          path: /var/log
`;

function fluentd(c: ReturnType<typeof createCluster>): Pod[] {
  return c.list<Pod>('Pod', 'kube-system').filter((p) => p.metadata.labels?.name === 'fluentd-elasticsearch');
}

describe('DaemonSet (concepts page)', () => {
  it('runs fluentd-elasticsearch on every node, next to kube-proxy', () => {
    const c = createCluster({ seed: 1 });
    expect(kubectlOk(c, 'kubectl apply -f -', DAEMONSET)).toBe('daemonset.apps/fluentd-elasticsearch created\n');
    waitFor(c, () => fluentd(c).filter((p) => p.spec?.nodeName).length === 3, 30_000, 500, 'three bound fluentd pods');
    waitFor(c, () => c.get<KObject>('DaemonSet', 'kube-system', 'kube-proxy')?.status?.numberReady === 3, 60_000, 1000, 'kube-proxy ready');
    const ds = kubectlOk(c, 'kubectl get ds -n kube-system').split('\n');
    expect(ds[0]).toBe('NAME                    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE');
    // Whether the image runs (READY) is the image catalogue's part; scheduling is the controller's.
    expect(ds[1]).toMatch(/^fluentd-elasticsearch {3}3 {9}3 {9}\d {7}3 {12}\d {11}<none> {19}\d+s$/);
    expect(ds[2]).toMatch(/^kube-proxy {14}3 {9}3 {9}3 {7}3 {12}3 {11}kubernetes\.io\/os=linux {3}\d+s$/);
    const pods = fluentd(c);
    expect(pods.map((p) => p.spec?.nodeName).sort()).toEqual(['node-1', 'node-2', 'node-3']);
    for (const p of pods) {
      expect(p.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms).toEqual([
        { matchFields: [{ key: 'metadata.name', operator: 'In', values: [p.spec?.nodeName] }] },
      ]);
      // The manifest's two tolerations first, then the daemon ones.
      expect(p.spec?.tolerations?.map((t) => `${t.key}:${t.effect}`)).toEqual([
        'node-role.kubernetes.io/control-plane:NoSchedule',
        'node-role.kubernetes.io/master:NoSchedule',
        'node.kubernetes.io/not-ready:NoExecute',
        'node.kubernetes.io/unreachable:NoExecute',
        'node.kubernetes.io/disk-pressure:NoSchedule',
        'node.kubernetes.io/memory-pressure:NoSchedule',
        'node.kubernetes.io/pid-pressure:NoSchedule',
        'node.kubernetes.io/unschedulable:NoSchedule',
      ]);
    }
    const events = kubectlOk(c, 'kubectl get events -n kube-system --field-selector involvedObject.kind=DaemonSet,involvedObject.name=fluentd-elasticsearch -o name').trim().split('\n');
    expect(events).toHaveLength(3);
    const described = kubectlOk(c, 'kubectl describe ds fluentd-elasticsearch -n kube-system');
    expect(described).toContain('Desired Number of Nodes Scheduled: 3\nCurrent Number of Nodes Scheduled: 3\nNumber of Nodes Scheduled with Up-to-date Pods: 3\n');
    expect(described).toMatch(/Normal {2}SuccessfulCreate {2}\d+s +daemonset-controller {2}Created pod: fluentd-elasticsearch-\w{5}\n/);
    // Deleting the DaemonSet takes its pods with it (background cascading deletion).
    expect(kubectlOk(c, 'kubectl delete ds fluentd-elasticsearch -n kube-system')).toBe('daemonset.apps "fluentd-elasticsearch" deleted\n');
    waitFor(c, () => fluentd(c).length === 0, 120_000, 1000, 'fluentd pods gone');
    expect(c.list<KObject>('DaemonSet', 'kube-system').map((d) => d.metadata.name)).toEqual(['kube-proxy']);
  });
});
