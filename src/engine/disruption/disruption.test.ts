// PodDisruptionBudgets end to end: validation texts, the disruption controller's status numbers,
// the Eviction API's answers, and `kubectl drain` honouring a budget.
import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster } from '../index';
import type { Cluster } from '../index';
import type { KObject, Pod } from '../objects/types';
import { kubectlOk, nginxDeployment, readyPods, podsWithLabel, waitFor } from '../testing/helpers';
import { isStatusError } from '../api/errors';

function pdbYaml(spec: string, name = 'web-pdb'): string {
  return `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
}

const SELECTOR = '  selector:\n    matchLabels:\n      app: web\n';

/** A 2-node cluster with Deployment web (3 ready replicas) and the given PDB. */
function withBudget(spec: string, nodes = 2): Cluster {
  const c = createCluster({ seed: 7, nodes });
  kubectlOk(c, 'apply -f -', nginxDeployment('web', 3));
  kubectlOk(c, 'apply -f -', pdbYaml(spec));
  waitFor(c, () => readyPods(podsWithLabel(c, 'app', 'web')).length === 3, 120_000, 500, 'web ready');
  c.advance(1000);
  return c;
}

const pdb = (c: Cluster, name = 'web-pdb') => c.get<KObject>('PodDisruptionBudget', 'default', name) as KObject;

describe('PodDisruptionBudget validation', () => {
  it.each([
    [
      '  minAvailable: 2\n  maxUnavailable: 1\n' + SELECTOR,
      'The PodDisruptionBudget "web-pdb" is invalid: spec: Invalid value: policy.PodDisruptionBudgetSpec{MinAvailable:(*intstr.IntOrString)(0xc0009a4e20), Selector:(*v1.LabelSelector)(0xc0009a4e40), MaxUnavailable:(*intstr.IntOrString)(0xc0009a4e60), UnhealthyPodEvictionPolicy:(*policy.UnhealthyPodEvictionPolicyType)(nil)}: minAvailable and maxUnavailable cannot be both set',
    ],
    ['  minAvailable: 120%\n' + SELECTOR, 'The PodDisruptionBudget "web-pdb" is invalid: spec.minAvailable: Invalid value: "120%": must not be greater than 100%'],
    ['  maxUnavailable: -1\n' + SELECTOR, 'The PodDisruptionBudget "web-pdb" is invalid: spec.maxUnavailable: Invalid value: -1: must be greater than or equal to 0'],
    ['  minAvailable: half\n' + SELECTOR, `The PodDisruptionBudget "web-pdb" is invalid: spec.minAvailable: Invalid value: "half": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`],
  ])('rejects %j', (spec, error) => {
    const c = createCluster({ nodes: 0 });
    expect(c.kubectl('apply -f -', pdbYaml(spec))).toEqual({ stdout: '', stderr: `${error}\n`, exitCode: 1 });
  });

  it('creates with a zeroed status, generation 1 and the pdb short name', () => {
    const c = createCluster({ nodes: 0 });
    expect(c.kubectl('apply -f -', pdbYaml('  minAvailable: 1\n' + SELECTOR)).stdout).toBe('poddisruptionbudget.policy/web-pdb created\n');
    const p = pdb(c);
    expect([p.metadata.generation, p.status]).toEqual([1, { currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 }]);
    expect(c.kubectl('get pdb').stdout).toBe('NAME      MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE\nweb-pdb   1               N/A               0                     0s\n');
  });
});

describe('disruption controller', () => {
  it.each([
    ['  minAvailable: 2\n', { currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1, expectedPods: 3 }],
    ['  minAvailable: 50%\n', { currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1, expectedPods: 3 }],
    ['  maxUnavailable: 1\n', { currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1, expectedPods: 3 }],
    ['  maxUnavailable: 34%\n', { currentHealthy: 3, desiredHealthy: 1, disruptionsAllowed: 2, expectedPods: 3 }],
    ['  minAvailable: 3\n', { currentHealthy: 3, desiredHealthy: 3, disruptionsAllowed: 0, expectedPods: 3 }],
  ])('%j gives %j', (spec, numbers) => {
    const st = pdb(withBudget(spec + SELECTOR)).status;
    expect(st).toMatchObject({ ...numbers, observedGeneration: 1 });
    const cond = st.conditions[0];
    expect([cond.type, cond.status, cond.reason, cond.message]).toEqual(
      numbers.disruptionsAllowed > 0 ? ['DisruptionAllowed', 'True', 'SufficientPods', ''] : ['DisruptionAllowed', 'False', 'InsufficientPods', ''],
    );
  });

  it('describes the budget', () => {
    const c = withBudget('  minAvailable: 2\n' + SELECTOR);
    expect(c.kubectl('describe pdb web-pdb').stdout).toBe(
      'Name:           web-pdb\nNamespace:      default\nMin available:  2\nSelector:       app=web\nStatus:\n    Allowed disruptions:  1\n    Current:              3\n    Desired:              2\n    Total:                3\n' +
        // The PDB was created just before the Deployment's pods existed.
        'Events:\n  Type    Reason  Age   From               Message\n  ----    ------  ----  ----               -------\n  Normal  NoPods  13s   controllermanager  No matching pods found\n',
    );
  });

  it('reports pods without a controller when a percentage needs their scale', () => {
    const c = createCluster({ nodes: 1 });
    kubectlOk(c, 'run lone --image=nginx --labels=app=web');
    kubectlOk(c, 'apply -f -', pdbYaml('  maxUnavailable: 1\n' + SELECTOR));
    c.advance(5000);
    expect(c.kubectl('describe pdb web-pdb').stdout).toContain(
      'controllermanager  Pods selected by this PodDisruptionBudget (selector: &LabelSelector{MatchLabels:map[string]string{app: web,},MatchExpressions:[]LabelSelectorRequirement{},}) were found to be unmanaged. As a result, the status of the PDB cannot be calculated correctly, which may result in undefined behavior. To account for these pods please set ".spec.minAvailable" field of the PDB to an integer value.\n',
    );
  });
});

describe('the Eviction API', () => {
  it('allows one eviction, then answers 429 with the real message', () => {
    const c = withBudget('  minAvailable: 2\n' + SELECTOR);
    const [a, b] = podsWithLabel(c, 'app', 'web').sort((x, y) => x.metadata.name.localeCompare(y.metadata.name));
    c.api.evict('default', a.metadata.name);
    const evicted = c.get<Pod>('Pod', 'default', a.metadata.name) as Pod;
    expect(evicted.metadata.deletionTimestamp).toBeDefined();
    expect(evicted.status?.conditions?.find((x) => x.type === 'DisruptionTarget')).toMatchObject({ status: 'True', reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' });
    expect(pdb(c).status).toMatchObject({ disruptionsAllowed: 0, disruptedPods: { [a.metadata.name]: expect.any(String) } });
    let err: unknown;
    try {
      c.api.evict('default', b.metadata.name);
    } catch (e) {
      err = e;
    }
    expect(isStatusError(err) && [err.code, err.reason, err.message]).toEqual([429, 'TooManyRequests', "Cannot evict pod as it would violate the pod's disruption budget."]);
    expect(c.get<Pod>('Pod', 'default', b.metadata.name)?.metadata.deletionTimestamp).toBeUndefined();
    // The evicted pod's delete lands: the controller forgets it in disruptedPods.
    c.advance(100);
    expect(pdb(c).status.disruptedPods).toBeUndefined();
  });

  it('refuses pods covered by two budgets with a 500; plain delete ignores budgets', () => {
    const c = withBudget('  minAvailable: 3\n' + SELECTOR);
    kubectlOk(c, 'apply -f -', pdbYaml('  maxUnavailable: 1\n' + SELECTOR, 'second'));
    c.advance(100);
    const [a] = podsWithLabel(c, 'app', 'web');
    expect(() => c.api.evict('default', a.metadata.name)).toThrow('This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.');
    expect(c.kubectl(`delete pod ${a.metadata.name} --wait=false`).exitCode).toBe(0);
  });
});

describe('kubectl drain with a PodDisruptionBudget', () => {
  it('evicts one of two pods, refuses the second with the exact text, and finishes on a later run', () => {
    const c = withBudget('  minAvailable: 2\n' + SELECTOR);
    const byNode = new Map<string, string[]>();
    for (const p of podsWithLabel(c, 'app', 'web')) byNode.set(p.spec?.nodeName as string, [...(byNode.get(p.spec?.nodeName as string) ?? []), p.metadata.name]);
    const [node, names] = [...byNode.entries()].find(([, n]) => n.length === 2) as [string, string[]];
    const [first, second] = names.sort();
    // Every node runs a kube-proxy pod (a DaemonSet's): drain refuses without --ignore-daemonsets.
    const proxy = c.list<Pod>('Pod', 'kube-system').find((p) => p.spec?.nodeName === node && p.metadata.labels?.['k8s-app'] === 'kube-proxy')?.metadata.name;
    // A CoreDNS pod on the node (kubeadm's Deployment, no budget) is evicted with the others.
    const dns = c.list<Pod>('Pod', 'kube-system').find((p) => p.spec?.nodeName === node && p.metadata.labels?.['k8s-app'] === 'kube-dns')?.metadata.name;
    const dnsEvicting = dns ? `evicting pod kube-system/${dns}\n` : '';
    const dnsEvicted = dns ? `pod/${dns} evicted\n` : '';
    const ignoring = `WARNING: ignoring DaemonSet-managed Pods: kube-system/${proxy}\n`;
    expect(c.kubectl(`drain ${node}`).stderr).toContain(`error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/${proxy}\n`);
    const r = c.kubectl(`drain ${node} --ignore-daemonsets`);
    expect(r).toEqual({
      stdout: `node/${node} already cordoned\nevicting pod default/${first}\nevicting pod default/${second}\n${dnsEvicting}pod/${first} evicted\n${dnsEvicted}evicting pod default/${second}\n`,
      stderr:
        ignoring +
        `error when evicting pods/"${second}" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.\n` +
        `error: unable to drain node "${node}", aborting command...\n\nThere are pending nodes to be drained:\n ${node}\n` +
        `error: error when evicting pods/"${second}" -n "default": global timeout reached: 5s\n`,
      exitCode: 1,
    });
    expect(c.kubectl(`drain ${node} --ignore-daemonsets --timeout=1m`).stderr).toContain('global timeout reached: 1m0s\n');
    // The replacement starts on the other node; once it is ready the budget allows one more.
    waitFor(c, () => pdb(c).status.disruptionsAllowed === 1, 120_000, 500, 'budget restored');
    // The evicted CoreDNS pod may still be on the node, Terminating (5 s lame duck): drain lists it
    // and evicts it again, which the API server accepts.
    const stillDns = dns && c.get<Pod>('Pod', 'kube-system', dns) ? [`evicting pod kube-system/${dns}\n`, `pod/${dns} evicted\n`] : ['', ''];
    expect(c.kubectl(`drain ${node} --ignore-daemonsets`)).toEqual({
      stdout: `node/${node} already cordoned\nevicting pod default/${second}\n${stillDns[0]}pod/${second} evicted\n${stillDns[1]}node/${node} drained\n`,
      stderr: ignoring,
      exitCode: 0,
    });
  });
});

describe('snapshot', () => {
  it('continues identically after a round-trip mid-eviction', () => {
    const c = withBudget('  maxUnavailable: 1\n' + SELECTOR);
    const [a] = podsWithLabel(c, 'app', 'web');
    c.api.evict('default', a.metadata.name);
    const r = restoreCluster(JSON.parse(JSON.stringify(c.snapshot())));
    for (const x of [c, r]) x.advance(30_000);
    expect(r.kubectl('get pdb -o json').stdout).toBe(c.kubectl('get pdb -o json').stdout);
    expect(r.kubectl('get pods -o json').stdout).toBe(c.kubectl('get pods -o json').stdout);
  });
});
