// ResourceQuota and LimitRange, commands in and cluster out: `create quota` as kubectl 1.32 builds
// it, compute quotas (requests/limits sums, the must-specify rule), object counts, scopes,
// replenishment, and LimitRange min/max/ratio with the LimitRanger texts.
import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster } from '../index';
import type { KObject } from '../objects/types';
import { kubectlOk } from '../testing/helpers';
import { add, format, qty } from './quantity';

const pod = (name: string, res: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: c\n    image: nginx\n${res}`;
const RES = (rc: string, rm: string, lc: string, lm: string) =>
  `    resources:\n      requests:\n        cpu: ${rc}\n        memory: ${rm}\n      limits:\n        cpu: ${lc}\n        memory: ${lm}\n`;

function used(c: ReturnType<typeof createCluster>, name: string): Record<string, string> {
  return (c.get<KObject>('ResourceQuota', 'default', name)?.status?.used ?? {}) as Record<string, string>;
}

describe('quantity arithmetic', () => {
  it.each([
    ['64Mi', '64Mi', '128Mi'],
    ['500m', '1', '1500m'],
    ['1', '1', '2'],
    ['1Gi', '512Mi', '1536Mi'],
    ['0', '256Mi', '256Mi'],
  ])('%s + %s = %s', (a, b, sum) => {
    expect(format(add(qty(a) as never, qty(b) as never))).toBe(sum);
  });
});

describe('kubectl create quota', () => {
  it('builds the object kubectl 1.32 builds, and its errors', () => {
    const c = createCluster({ seed: 1 });
    expect(kubectlOk(c, 'kubectl create quota q --hard=pods=2,requests.cpu=500m,memory=1Gi --scopes=BestEffort,NotTerminating --dry-run=client -o yaml')).toBe(
      'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  creationTimestamp: null\n  name: q\nspec:\n  hard:\n    memory: 1Gi\n    pods: "2"\n    requests.cpu: 500m\n  scopes:\n  - BestEffort\n  - NotTerminating\nstatus: {}\n',
    );
    expect(kubectlOk(c, 'kubectl create quota q --dry-run=client -o yaml')).toBe('apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  creationTimestamp: null\n  name: q\nspec: {}\nstatus: {}\n');
    expect(c.kubectl('kubectl create quota q --hard=pods').stderr).toBe('error: Invalid argument syntax pods, expected <resource>=<value>\n');
    expect(c.kubectl('kubectl create quota q --hard=pods=x').stderr).toBe("error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'\n");
    expect(c.kubectl('kubectl create quota q --hard=pods=1 --scopes=Foo').stderr).toBe(
      'The ResourceQuota "q" is invalid: spec.scopes[0]: Unsupported value: "Foo": supported values: "BestEffort", "CrossNamespacePodAffinity", "NotBestEffort", "NotTerminating", "PriorityClass", "Terminating"\n',
    );
  });
});

describe('ResourceQuota', () => {
  it('counts each pod created in the same instant: two in one apply, three a ReplicaSet creates in one sync', () => {
    const c = createCluster({ seed: 3 });
    kubectlOk(c, 'kubectl create quota pods --hard=pods=2');
    c.advance(100);
    // One request after another, each admitted against the usage the one before added.
    const two = c.kubectl('kubectl apply -f -', `${pod('a', '')}---\n${pod('b', '')}---\n${pod('c', '')}`);
    expect(two.stdout).toBe('pod/a created\npod/b created\n');
    expect(two.stderr).toBe('Error from server (Forbidden): error when creating "STDIN": pods "c" is forbidden: exceeded quota: pods, requested: pods=1, used: pods=2, limited: pods=2\n');
    kubectlOk(c, 'kubectl delete pod a b --now');
    c.advance(30_000);
    expect(used(c, 'pods')).toEqual({ pods: '0' });
    kubectlOk(c, 'kubectl create deployment web --image=nginx --replicas=3');
    c.advance(60_000);
    expect(c.list('Pod', 'default').filter((p) => p.metadata.name.startsWith('web-'))).toHaveLength(2);
    expect(used(c, 'pods')).toEqual({ pods: '2' });
    expect(kubectlOk(c, 'kubectl get events')).toMatch(/FailedCreate +replicaset\/web-\w+ +Error creating: pods "web-\w+-\w+" is forbidden: exceeded quota: pods, requested: pods=1, used: pods=2, limited: pods=2/);
  });

  it('sums compute requests and limits, refuses what would exceed them, and gives usage back on delete', () => {
    const c = createCluster({ seed: 2 });
    kubectlOk(c, 'kubectl create quota compute --hard=requests.cpu=1,requests.memory=1Gi,limits.cpu=2,limits.memory=2Gi');
    c.advance(100);
    expect(used(c, 'compute')).toEqual({ 'limits.cpu': '0', 'limits.memory': '0', 'requests.cpu': '0', 'requests.memory': '0' });
    expect(c.kubectl('kubectl apply -f -', pod('bare', '')).stderr).toBe(
      'Error from server (Forbidden): error when creating "STDIN": pods "bare" is forbidden: failed quota: compute: must specify limits.cpu for: c; limits.memory for: c; requests.cpu for: c; requests.memory for: c\n',
    );
    kubectlOk(c, 'kubectl apply -f -', pod('a', RES('600m', '512Mi', '1', '1Gi')));
    // Admission adds the usage at once.
    expect(used(c, 'compute')).toEqual({ 'limits.cpu': '1', 'limits.memory': '1Gi', 'requests.cpu': '600m', 'requests.memory': '512Mi' });
    expect(c.kubectl('kubectl apply -f -', pod('b', RES('600m', '256Mi', '1', '1Gi'))).stderr).toBe(
      'Error from server (Forbidden): error when creating "STDIN": pods "b" is forbidden: exceeded quota: compute, requested: requests.cpu=600m, used: requests.cpu=600m, limited: requests.cpu=1\n',
    );
    c.advance(1000);
    expect(kubectlOk(c, 'kubectl get quota').split('\n')).toEqual([
      'NAME      AGE   REQUEST                                            LIMIT',
      'compute   1s    requests.cpu: 600m/1, requests.memory: 512Mi/1Gi   limits.cpu: 1/2, limits.memory: 1Gi/2Gi',
      '',
    ]);
    expect(kubectlOk(c, 'kubectl describe quota compute')).toBe(
      [
        'Name:            compute',
        'Namespace:       default',
        'Resource         Used   Hard',
        '--------         ----   ----',
        'limits.cpu       1      2',
        'limits.memory    1Gi    2Gi',
        'requests.cpu     600m   1',
        'requests.memory  512Mi  1Gi',
        '',
      ].join('\n'),
    );
    kubectlOk(c, 'kubectl delete pod a --grace-period=0 --force');
    c.advance(1000);
    expect(used(c, 'compute')['requests.cpu']).toBe('0');
  });

  it('counts objects by their count/<resource>.<group> and legacy names, and only pods a scope matches', () => {
    const c = createCluster({ seed: 3 });
    kubectlOk(c, 'kubectl create quota objects --hard=count/deployments.apps=1,configmaps=2');
    kubectlOk(c, 'kubectl create quota besteffort --hard=pods=1 --scopes=BestEffort');
    c.advance(100);
    // kube-root-ca.crt already counts as one ConfigMap.
    expect(used(c, 'objects')).toEqual({ configmaps: '1', 'count/deployments.apps': '0' });
    kubectlOk(c, 'kubectl create deployment web --image=nginx');
    expect(c.kubectl('kubectl create deployment api --image=nginx').stderr).toContain(
      'deployments.apps "api" is forbidden: exceeded quota: objects, requested: count/deployments.apps=1, used: count/deployments.apps=1, limited: count/deployments.apps=1\n',
    );
    kubectlOk(c, 'kubectl create configmap one');
    expect(c.kubectl('kubectl create configmap two').stderr).toContain('exceeded quota: objects, requested: configmaps=1, used: configmaps=2, limited: configmaps=2');
    // The web Deployment's pod is BestEffort: it used the scoped quota; a Burstable pod does not count.
    c.advance(5000);
    expect(used(c, 'besteffort')).toEqual({ pods: '1' });
    expect(c.kubectl('kubectl run be --image=nginx').stderr).toContain('exceeded quota: besteffort, requested: pods=1, used: pods=1, limited: pods=1');
    expect(kubectlOk(c, 'kubectl apply -f -', pod('burstable', '    resources:\n      requests:\n        cpu: 100m\n'))).toBe('pod/burstable created\n');
    expect(kubectlOk(c, 'kubectl describe quota besteffort')).toContain(
      'Scopes:     BestEffort\n * Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.\n',
    );
  });
});

describe('ResourceQuota in a snapshot', () => {
  it('restores mid-recount and continues identically (resync timer included)', () => {
    const c = createCluster({ seed: 5 });
    kubectlOk(c, 'kubectl create quota pods --hard=pods=3');
    kubectlOk(c, 'kubectl create deployment web --image=nginx --replicas=4');
    c.advance(3);
    const r = restoreCluster(c.snapshot());
    for (const x of [c, r]) {
      x.advance(30_000);
      x.kubectl('kubectl delete deployment web');
      x.advance(6 * 60_000);
    }
    expect(kubectlOk(r, 'kubectl get quota,rs,pods -o json')).toBe(kubectlOk(c, 'kubectl get quota,rs,pods -o json'));
    expect(used(r, 'pods')).toEqual({ pods: '0' });
  });
});

describe('LimitRange', () => {
  const LR = `apiVersion: v1
kind: LimitRange
metadata:
  name: cpu-constraints
spec:
  limits:
  - max:
      cpu: "800m"
    min:
      cpu: "200m"
    maxLimitRequestRatio:
      cpu: "2"
    type: Container
`;

  it('defaults from max, enforces min, max and the ratio with the LimitRanger texts', () => {
    const c = createCluster({ seed: 4 });
    kubectlOk(c, 'kubectl apply -f -', LR);
    const lr = c.get<KObject>('LimitRange', 'default', 'cpu-constraints') as KObject;
    // SetDefaults_LimitRangeItem: default limit from max, default request from it.
    expect(lr.spec?.limits[0].default).toEqual({ cpu: '800m' });
    expect(lr.spec?.limits[0].defaultRequest).toEqual({ cpu: '800m' });
    const cpu = (req: string, lim: string) => `    resources:\n      requests:\n        cpu: ${req}\n      limits:\n        cpu: ${lim}\n`;
    expect(c.kubectl('kubectl apply -f -', pod('big', cpu('500m', '1.5'))).stderr).toBe(
      'Error from server (Forbidden): error when creating "STDIN": pods "big" is forbidden: [maximum cpu usage per Container is 800m, but limit is 1500m, cpu max limit to request ratio per Container is 2, but provided ratio is 3.000000]\n',
    );
    expect(c.kubectl('kubectl apply -f -', pod('small', cpu('100m', '800m'))).stderr).toBe(
      'Error from server (Forbidden): error when creating "STDIN": pods "small" is forbidden: [minimum cpu usage per Container is 200m, but request is 100m, cpu max limit to request ratio per Container is 2, but provided ratio is 8.000000]\n',
    );
    expect(kubectlOk(c, 'kubectl apply -f -', pod('ok', cpu('300m', '600m')))).toBe('pod/ok created\n');
    expect(c.kubectl('kubectl apply -f -', 'apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: bad\nspec:\n  limits:\n  - type: Container\n    min:\n      cpu: "2"\n    max:\n      cpu: "1"\n').stderr).toContain(
      'spec.limits[0][cpu].min: Invalid value: "2": min value 2 is greater than max value 1',
    );
  });
});
