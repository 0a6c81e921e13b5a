// "Namespaces Walkthrough" (kubernetes/website content/en/docs/tutorials/cluster-management/
// namespaces-walkthrough.md, formerly tasks/administer-cluster) typed verbatim into the console's
// shell: two namespaces from the docs' JSON files by URL, a context for each (the page copies
// "cluster" and "user" from the current context: here `kubernetes` and `kubernetes-admin`, the
// names kubeadm gives), Deployments in each, and each namespace hiding the other's content.
// Where the page's sample output predates 1.32: a fresh cluster lists four namespaces, and every
// namespace carries the kubernetes.io/metadata.name label (set by the API server since 1.21).
import { beforeAll, describe, expect, it } from 'vitest';
import { consolePrompt, newConsoleShell, runConsoleLine } from '../console/shell';
import { createCluster } from '../index';
import { EXAMPLES } from '../kubectl/examples/table';
import { setExampleTable } from '../kubectl/examples/urls';

beforeAll(() => setExampleTable(EXAMPLES));

function terminal() {
  const cluster = createCluster({ seed: 11 });
  const shell = newConsoleShell();
  const type = (line: string) => {
    const r = runConsoleLine(shell, line, { kubectl: (l, stdin, alone) => (alone ? cluster.kubectlFollow(l) : cluster.kubectl(l, stdin)) });
    return {
      stdout: r.output.filter((c) => c.stream === 'stdout').map((c) => c.text).join(''),
      stderr: r.output.filter((c) => c.stream === 'stderr').map((c) => c.text).join(''),
      exitCode: r.exitCode,
    };
  };
  const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
  return { cluster, shell, type, ok };
}

const rows = (out: string) => out.trimEnd().split('\n').slice(1);

describe('Namespaces Walkthrough, typed into the console', () => {
  it('development and production namespaces, a context for each, content hidden from the other', () => {
    const { cluster, shell, type, ok } = terminal();
    expect(type('kubectl get namespaces')).toEqual(
      ok('NAME              STATUS   AGE\ndefault           Active   0s\nkube-node-lease   Active   0s\nkube-public       Active   0s\nkube-system       Active   0s\n'),
    );
    expect(type('kubectl create -f https://k8s.io/examples/admin/namespace-dev.json')).toEqual(ok('namespace/development created\n'));
    expect(type('kubectl create -f https://k8s.io/examples/admin/namespace-prod.json')).toEqual(ok('namespace/production created\n'));
    cluster.advance(29_000);
    const labelled = type('kubectl get namespaces --show-labels').stdout;
    expect(labelled).toMatch(/\ndevelopment +Active +29s +kubernetes\.io\/metadata\.name=development,name=development\n/);
    expect(labelled).toMatch(/\nproduction +Active +29s +kubernetes\.io\/metadata\.name=production,name=production\n/);

    // "We first check what is the current context".
    const view = type('kubectl config view').stdout;
    expect(view).toContain('contexts:\n- context:\n    cluster: kubernetes\n    user: kubernetes-admin\n  name: kubernetes-admin@kubernetes\ncurrent-context: kubernetes-admin@kubernetes\n');
    expect(type('kubectl config current-context')).toEqual(ok('kubernetes-admin@kubernetes\n'));
    // The page's two commands, each continued over three lines with `\`.
    expect(type('kubectl config set-context dev --namespace=development \\\n  --cluster=kubernetes \\\n  --user=kubernetes-admin')).toEqual(ok('Context "dev" created.\n'));
    expect(type('kubectl config set-context prod --namespace=production \\\n  --cluster=kubernetes \\\n  --user=kubernetes-admin')).toEqual(ok('Context "prod" created.\n'));
    expect(type('kubectl config view').stdout).toContain(
      '- context:\n    cluster: kubernetes\n    namespace: development\n    user: kubernetes-admin\n  name: dev\n- context:\n    cluster: kubernetes\n    namespace: production\n    user: kubernetes-admin\n  name: prod\ncurrent-context: kubernetes-admin@kubernetes\n',
    );

    expect(type('kubectl config use-context dev')).toEqual(ok('Switched to context "dev".\n'));
    expect(type('kubectl config current-context')).toEqual(ok('dev\n'));
    expect(type('kubectl apply -f https://k8s.io/examples/admin/snowflake-deployment.yaml')).toEqual(ok('deployment.apps/snowflake created\n'));
    cluster.advance(120_000);
    expect(type('kubectl get deployment')).toEqual(ok('NAME        READY   UP-TO-DATE   AVAILABLE   AGE\nsnowflake   2/2     2            2           2m\n'));
    const snowflakes = type('kubectl get pods -l app=snowflake').stdout;
    expect(snowflakes).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\n/);
    expect(rows(snowflakes)).toEqual([expect.stringMatching(/^snowflake-[a-z0-9]{8,10}-[a-z0-9]{5} +1\/1 +Running +0 +2m$/), expect.stringMatching(/^snowflake-[a-z0-9]{8,10}-[a-z0-9]{5} +1\/1 +Running +0 +2m$/)]);

    // The production namespace is empty: "the following commands should return nothing".
    expect(type('kubectl config use-context prod')).toEqual(ok('Switched to context "prod".\n'));
    expect(type('kubectl get deployment')).toEqual({ stdout: '', stderr: 'No resources found in production namespace.\n', exitCode: 0 });
    expect(type('kubectl get pods')).toEqual({ stdout: '', stderr: 'No resources found in production namespace.\n', exitCode: 0 });
    expect(type('kubectl create deployment cattle --image=registry.k8s.io/serve_hostname --replicas=5')).toEqual(ok('deployment.apps/cattle created\n'));
    cluster.advance(10_000);
    expect(type('kubectl get deployment')).toEqual(ok('NAME     READY   UP-TO-DATE   AVAILABLE   AGE\ncattle   5/5     5            5           10s\n'));
    cluster.advance(24_000);
    const cattle = rows(type('kubectl get pods -l app=cattle').stdout);
    expect(cattle).toHaveLength(5);
    for (const row of cattle) expect(row).toMatch(/^cattle-[a-z0-9]{8,10}-[a-z0-9]{5} +1\/1 +Running +0 +34s$/);
    // And back in development, the cattle are not there.
    expect(type('kubectl config use-context dev')).toEqual(ok('Switched to context "dev".\n'));
    expect(rows(type('kubectl get deployment').stdout)).toEqual([expect.stringMatching(/^snowflake +2\/2/)]);
    expect(consolePrompt(shell)).toBeUndefined();
  });
});
