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
});
