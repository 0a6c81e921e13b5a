// ServiceAccounts: a `default` one per namespace from the serviceaccount-controller (new
// namespaces too, and back after a delete), `create serviceaccount`, get/describe, and what pod
// admission does with the account a pod names.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { Pod } from '../objects/types';
import { kubectlOk } from '../testing/helpers';

describe('ServiceAccount', () => {
  it('gives every namespace a default account, new ones too, and recreates a deleted one', () => {
    const c = createCluster({ seed: 1 });
    // kubeadm's add-ons bring their own accounts (kube-proxy, coredns).
    expect(
      c
        .list('ServiceAccount')
        .map((s) => `${s.metadata.namespace}/${s.metadata.name}`)
        .sort(),
    ).toEqual(['default/default', 'kube-node-lease/default', 'kube-public/default', 'kube-system/coredns', 'kube-system/default', 'kube-system/kube-proxy']);
    c.advance(3000);
    expect(kubectlOk(c, 'kubectl get serviceaccounts')).toBe('NAME      SECRETS   AGE\ndefault   0         3s\n');
    kubectlOk(c, 'kubectl create namespace team-a');
    c.advance(10);
    expect(c.get('ServiceAccount', 'team-a', 'default')).toBeDefined();
    expect(kubectlOk(c, 'kubectl delete sa default -n team-a')).toBe('serviceaccount "default" deleted\n');
    c.advance(10);
    expect(c.get('ServiceAccount', 'team-a', 'default')).toBeDefined();
  });

  it('creates one with kubectl as kubectl 1.32 prints it, and describes it', () => {
    const c = createCluster({ seed: 2 });
    expect(kubectlOk(c, 'kubectl create serviceaccount build-robot --dry-run=client -o yaml')).toBe(
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  creationTimestamp: null\n  name: build-robot\n',
    );
    expect(kubectlOk(c, 'kubectl create sa build-robot')).toBe('serviceaccount/build-robot created\n');
    expect(kubectlOk(c, 'kubectl describe sa build-robot')).toBe(
      [
        'Name:                build-robot',
        'Namespace:           default',
        'Labels:              <none>',
        'Annotations:         <none>',
        'Image pull secrets:  <none>',
        'Mountable secrets:   <none>',
        'Tokens:              <none>',
        'Events:              <none>',
        '',
      ].join('\n'),
    );
  });

  it('admits a pod only with an account that exists, and honours the account automount setting', () => {
    const c = createCluster({ seed: 3 });
    const pod = (sa: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p-${sa}\nspec:\n  serviceAccountName: ${sa}\n  containers:\n  - name: c\n    image: nginx\n`;
    expect(c.kubectl('kubectl apply -f -', pod('robot')).stderr).toBe(
      'Error from server (Forbidden): error when creating "STDIN": pods "p-robot" is forbidden: service account default/robot was not found, retry after the service account is created\n',
    );
    kubectlOk(c, 'kubectl apply -f -', 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: robot\nautomountServiceAccountToken: false\n');
    expect(kubectlOk(c, 'kubectl apply -f -', pod('robot'))).toBe('pod/p-robot created\n');
    const p = c.get<Pod>('Pod', 'default', 'p-robot') as Pod;
    expect(p.spec?.serviceAccount).toBe('robot');
    expect(p.spec?.volumes).toBeUndefined();
    kubectlOk(c, 'kubectl apply -f -', pod('default'));
    expect(c.get<Pod>('Pod', 'default', 'p-default')?.spec?.volumes?.[0].name).toMatch(/^kube-api-access-/);
  });
});
