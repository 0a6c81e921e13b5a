// kubectl config against kubectl 1.32 on a scratch KUBECONFIG holding kubeadm's admin.conf shape
// (outputs recorded with `KUBECONFIG=… kubectl config …`), and what the current context changes.
import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster } from '../../index';

const VIEW = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://172.18.0.250:6443
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    namespace: dev
    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
kind: Config
preferences: {}
users:
- name: kubernetes-admin
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
`;

describe('kubectl config', () => {
  it('shows and edits the kubeconfig in kubectl words', () => {
    const c = createCluster({ seed: 1 });
    const k = (l: string) => c.kubectl(l);
    expect(k('config current-context').stdout).toBe('kubernetes-admin@kubernetes\n');
    expect(k('config get-contexts').stdout).toBe(
      'CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   \n',
    );
    expect(k('config set-context --current --namespace=dev').stdout).toBe('Context "kubernetes-admin@kubernetes" modified.\n');
    expect(k('config view').stdout).toBe(VIEW);
    expect(k('config view --minify -o jsonpath={..namespace}').stdout).toBe('dev');
    expect(k('config set-context a --current').stderr).toBe('error: you cannot specify both a context name and --current\n');
    expect(k('config set-context').stderr).toBe('error: you must specify a non-empty context name or --current\n');
    expect(k('config use-context nope').stderr).toBe('error: no context exists with the name: "nope"\n');
    expect(k('config set-context foo').stdout).toBe('Context "foo" created.\n');
    expect(k('config get-contexts nope')).toEqual({ stdout: 'CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE\n', stderr: 'error: context nope not found\n', exitCode: 1 });
    expect(k('config get-contexts -o name').stdout).toBe('foo\nkubernetes-admin@kubernetes\n');
    expect(k('config rename-context foo bar').stdout).toBe('Context "foo" renamed to "bar".\n');
    expect(k('config delete-context nope').stderr).toBe('error: cannot delete context nope, not in /home/learner/.kube/config\n');
    expect(k('config delete-context bar').stdout).toBe('deleted context bar from /home/learner/.kube/config\n');
    expect(k('config set-credentials x').stderr).toMatch(/^error: "kubectl config set-credentials" is a real kubectl command, but this simulated cluster does not run it/);
  });

  it('makes the current context namespace the default one, and remembers it in a snapshot', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('create namespace dev');
    c.kubectl('config set-context --current --namespace=dev');
    expect(c.kubectl('create deployment web --image=nginx').stdout).toBe('deployment.apps/web created\n');
    expect(c.kubectl('get deployments -n dev -o name').stdout).toBe('deployment.apps/web\n');
    expect(c.kubectl('get deployments -n default').stderr).toBe('No resources found in default namespace.\n');
    expect(c.kubectl('get services').stderr).toBe('No resources found in dev namespace.\n');
    const back = restoreCluster(JSON.parse(JSON.stringify(c.snapshot())));
    expect(back.kubectl('get deployments -o name').stdout).toBe('deployment.apps/web\n');
    // A dry run does not print a namespace it was not given (kubectl's EnforceNamespace).
    expect(back.kubectl('create configmap x --dry-run=client -o yaml').stdout).not.toContain('namespace:');
  });

  it('reaches no server from a context without a cluster, as client-go does', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('config set-context foo');
    expect(c.kubectl('config use-context foo').stdout).toBe('Switched to context "foo".\n');
    expect(c.kubectl('get pods')).toEqual({ stdout: '', stderr: 'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n', exitCode: 1 });
    expect(c.kubectl('config use-context kubernetes-admin@kubernetes').exitCode).toBe(0);
    expect(c.kubectl('get pods').stderr).toBe('No resources found in default namespace.\n');
  });
});
