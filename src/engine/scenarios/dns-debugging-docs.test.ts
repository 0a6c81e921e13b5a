// "Debugging DNS Resolution" (kubernetes/website content/en/docs/tasks/administer-cluster/
// dns-debugging-resolution.md) with its test pod (content/en/examples/admin/dns/dnsutils.yaml:
// agnhost, whose image has BIND's nslookup). The page's sample output is older than the image:
// agnhost's nslookup prints BIND's format (`Address:\t10.96.0.10#53`), asserted here; the
// resolv.conf has the cluster's search path without a cloud provider's domains.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';

const DNSUTILS = `apiVersion: v1
kind: Pod
metadata:
  name: dnsutils
  namespace: default
spec:
  containers:
  - name: dnsutils
    image: registry.k8s.io/e2e-test-images/agnhost:2.39
    imagePullPolicy: IfNotPresent
  restartPolicy: Always
`;

describe('Debugging DNS Resolution', () => {
  it('nslookup kubernetes.default and the pod\'s resolv.conf', () => {
    const c = createCluster({ seed: 3 });
    expect(c.kubectl('apply -f -', DNSUTILS).stdout).toBe('pod/dnsutils created\n');
    c.advance(60_000);
    expect(c.kubectl('get pods dnsutils').stdout).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\ndnsutils +1\/1 +Running +0 +60s\n$/);
    // -t without a terminal (a test, like a script) is dropped with kubectl's notice.
    expect(c.kubectl('exec -ti dnsutils -- nslookup kubernetes.default')).toEqual({
      stdout: 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n',
      stderr: 'Unable to use a TTY - input is not a terminal or the right kind of file\n',
      exitCode: 0,
    });
    expect(c.kubectl('exec -ti dnsutils -- cat /etc/resolv.conf').stdout).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
    // A name nothing answers: BIND's NXDOMAIN, exit 1 passed on by kubectl.
    expect(c.kubectl('exec dnsutils -- nslookup kubernetes.nowhere')).toEqual({
      stdout: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find kubernetes.nowhere: NXDOMAIN\n\n",
      stderr: 'command terminated with exit code 1\n',
      exitCode: 1,
    });
  });

  it('checks that the DNS pods run, their logs, the kube-dns Service and its endpoints', () => {
    const c = createCluster({ seed: 3 });
    c.advance(30_000);
    // "Check if the DNS pod is running": kubeadm's two CoreDNS replicas.
    const pods = c.kubectl('get pods --namespace=kube-system -l k8s-app=kube-dns').stdout;
    expect(pods).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\ncoredns-[a-z0-9]{8,10}-[a-z0-9]{5} +1\/1 +Running +0 +30s\ncoredns-[a-z0-9]{8,10}-[a-z0-9]{5} +1\/1 +Running +0 +30s\n$/);
    // "Check for errors in the DNS pod": a healthy CoreDNS 1.11.3 log. The page's
    // `kubectl logs --namespace=kube-system -l k8s-app=kube-dns` needs `logs -l`, which this kubectl
    // does not have yet; the Deployment's log (one pod's, as kubectl picks it) is read instead.
    const logs = c.kubectl('logs --namespace=kube-system deployment/coredns').stdout;
    expect(logs).toContain('.:53\n[INFO] plugin/reload: Running configuration SHA512 = ');
    expect(logs).toContain('CoreDNS-1.11.3\nlinux/amd64, go1.21.11, a6338e9\n');
    // "Is DNS service up?"
    expect(c.kubectl('get svc --namespace=kube-system').stdout).toMatch(/^NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE\nkube-dns +ClusterIP +10\.96\.0\.10 +<none> +53\/UDP,53\/TCP,9153\/TCP +30s\n$/);
    // "Are DNS endpoints exposed?": both pods' addresses on each port.
    expect(c.kubectl('get endpoints kube-dns --namespace=kube-system').stdout).toMatch(/^NAME +ENDPOINTS +AGE\nkube-dns +10\.244\.\d+\.\d+:53,10\.244\.\d+\.\d+:53,10\.244\.\d+\.\d+:53 \+ 3 more\.\.\. +30s\n$/);
    // The Corefile kubeadm writes.
    expect(c.kubectl('-n kube-system get configmap coredns -o jsonpath={.data.Corefile}').stdout).toMatch(/^\.:53 \{\n {4}errors\n[\s\S]*kubernetes cluster\.local in-addr\.arpa ip6\.arpa \{[\s\S]*forward \. \/etc\/resolv\.conf \{[\s\S]*loadbalance\n\}\n$/);
  });
});
