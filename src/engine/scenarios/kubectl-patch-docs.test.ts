// "Update API Objects in Place Using kubectl patch" (kubernetes/website content/en/docs/tasks/
// manage-kubernetes-objects/update-api-object-kubectl-patch.md) typed into the console's shell,
// with its manifests from content/en/examples/application/. The page applies `https://k8s.io/
// examples/…` and patches from files; the console has neither network nor files, so manifests
// go through `-f -`, `--patch-file` says the file does not exist (kubectl's words), and each
// file's content is given to `--patch` in single quotes instead, as the page's "Alternate
// forms" section does. Its `'spec:\n template:…'` form fails in a real shell too: bash keeps
// `\n` literally inside single quotes, and kubectl 1.32 answers with the YAML error asserted here.
import { describe, expect, it } from 'vitest';
import { newConsoleShell, runConsoleLine } from '../console/shell';
import { createCluster } from '../index';
import type { Pod } from '../objects/types';
import { readyPods, waitFor } from '../testing/helpers';

// application/deployment-patch.yaml
const DEPLOYMENT_PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: patch-demo
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: nginx
  template:
    metadata:
      labels:
        app.kubernetes.io/name: nginx
    spec:
      containers:
      - name: patch-demo-ctr
        image: nginx
      tolerations:
      - effect: NoSchedule
        key: dedicated
        value: test-team
`;

// application/deployment-retainkeys.yaml
const DEPLOYMENT_RETAINKEYS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: retainkeys-demo
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: nginx
  strategy:
    rollingUpdate:
      maxSurge: 30%
  template:
    metadata:
      labels:
        app.kubernetes.io/name: nginx
    spec:
      containers:
      - name: retainkeys-demo-ctr
        image: nginx
`;

// The files the page asks to create.
const PATCH_FILE = `spec:
  template:
    spec:
      containers:
      - name: patch-demo-ctr-2
        image: redis`;
const PATCH_FILE_TOLERATIONS = `spec:
  template:
    spec:
      tolerations:
      - effect: NoSchedule
        key: disktype
        value: ssd`;
const PATCH_FILE_2 = `spec:
  template:
    spec:
      containers:
      - name: patch-demo-ctr-3
        image: gcr.io/google-samples/node-hello:1.0`;
const PATCH_FILE_NO_RETAINKEYS = `spec:
  strategy:
    type: Recreate`;
const PATCH_FILE_RETAINKEYS = `spec:
  strategy:
    $retainKeys:
    - type
    type: Recreate`;

function terminal() {
  const cluster = createCluster({ seed: 11 });
  const shell = newConsoleShell();
  const type = (line: string, stdin?: string) => {
    const r = runConsoleLine(shell, line, { kubectl: (l, s) => cluster.kubectl(l, s ?? stdin) });
    return {
      stdout: r.output.filter((c) => c.stream === 'stdout').map((c) => c.text).join(''),
      stderr: r.output.filter((c) => c.stream === 'stderr').map((c) => c.text).join(''),
      exitCode: r.exitCode,
    };
  };
  return { cluster, type };
}

const demoPods = (c: ReturnType<typeof createCluster>) =>
  c.list<Pod>('Pod', 'default').filter((p) => p.metadata.name.startsWith('patch-demo-') && !p.metadata.deletionTimestamp);

describe('Update API Objects in Place Using kubectl patch', () => {
  it('strategic merge patch adds a container; tolerations are replaced; a merge patch replaces the list', () => {
    const { cluster, type } = terminal();
    expect(type('kubectl apply -f -', DEPLOYMENT_PATCH).stdout).toBe('deployment.apps/patch-demo created\n');
    waitFor(cluster, () => readyPods(demoPods(cluster)).length === 2, 120_000, 1000, 'two patch-demo pods');
    expect(type('kubectl get pods').stdout).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\npatch-demo-\w+-\w+\s+1\/1\s+Running\s+0\s+\S+\npatch-demo-\w+-\w+\s+1\/1\s+Running/);
    const before = demoPods(cluster).map((p) => p.metadata.name);

    // The page's command, verbatim: there is no patch-file.yaml in the console.
    expect(type('kubectl patch deployment patch-demo --patch-file patch-file.yaml')).toEqual({
      stdout: '',
      stderr: 'error: unable to read patch file: open patch-file.yaml: no such file or directory\n',
      exitCode: 1,
    });
    expect(type(`kubectl patch deployment patch-demo --patch '${PATCH_FILE}'`)).toEqual({ stdout: 'deployment.apps/patch-demo patched\n', stderr: '', exitCode: 0 });
    const yaml = type('kubectl get deployment patch-demo --output yaml').stdout;
    expect(yaml).toContain(
      '      containers:\n      - image: redis\n        imagePullPolicy: Always\n        name: patch-demo-ctr-2\n',
    );
    expect(yaml).toMatch(/ {8}terminationMessagePolicy: File\n {6}- image: nginx\n {8}imagePullPolicy: Always\n {8}name: patch-demo-ctr\n/);

    // The Deployment replaces its pods with ones running both containers (2/2).
    waitFor(
      cluster,
      () => {
        const pods = demoPods(cluster);
        return pods.length === 2 && readyPods(pods).length === 2 && pods.every((p) => p.spec?.containers.length === 2 && !before.includes(p.metadata.name));
      },
      300_000,
      1000,
      'two-container pods',
    );
    expect(type('kubectl get pods').stdout).toMatch(/patch-demo-\w+-\w+\s+2\/2\s+Running\s+0\s+\S+\npatch-demo-\w+-\w+\s+2\/2\s+Running/);
    const pod = demoPods(cluster)[0].metadata.name;
    expect(type(`kubectl get pod ${pod} --output yaml`).stdout).toMatch(/ {2}containers:\n {2}- image: redis\n[\s\S]*\n {2}- image: nginx\n/);

    // Tolerations have no patch strategy: the list is replaced.
    expect(type(`kubectl patch deployment patch-demo --patch '${PATCH_FILE_TOLERATIONS}'`).stdout).toBe('deployment.apps/patch-demo patched\n');
    expect(type('kubectl get deployment patch-demo --output yaml').stdout).toContain('      tolerations:\n      - effect: NoSchedule\n        key: disktype\n        value: ssd\n');
    expect(cluster.get<{ spec: { template: { spec: { tolerations: unknown[] } } } } & Pod>('Deployment', 'default', 'patch-demo')?.spec.template.spec.tolerations).toHaveLength(1);

    // A JSON merge patch replaces the whole containers list.
    expect(type('kubectl patch deployment patch-demo --type merge --patch-file patch-file-2.yaml').exitCode).toBe(1);
    expect(type(`kubectl patch deployment patch-demo --type merge --patch '${PATCH_FILE_2}'`).stdout).toBe('deployment.apps/patch-demo patched\n');
    expect(type('kubectl get deployment patch-demo --output yaml').stdout).toMatch(
      / {6}containers:\n {6}- image: gcr.io\/google-samples\/node-hello:1.0\n {8}imagePullPolicy: IfNotPresent\n {8}name: patch-demo-ctr-3\n/,
    );
    waitFor(
      cluster,
      () => {
        const pods = demoPods(cluster);
        return pods.length === 2 && readyPods(pods).length === 2 && pods.every((p) => p.spec?.containers.length === 1 && p.spec.containers[0].name === 'patch-demo-ctr-3');
      },
      300_000,
      1000,
      'node-hello pods',
    );
    expect(type('kubectl get pods').stdout).toMatch(/patch-demo-\w+-\w+\s+1\/1\s+Running\s+0\s+\S+\npatch-demo-\w+-\w+\s+1\/1\s+Running/);
  });

  it('retainKeys clears rollingUpdate where a merge patch is refused', () => {
    const { type } = terminal();
    expect(type('kubectl apply -f -', DEPLOYMENT_RETAINKEYS).stdout).toBe('deployment.apps/retainkeys-demo created\n');
    expect(type(`kubectl patch deployment retainkeys-demo --type merge --patch '${PATCH_FILE_NO_RETAINKEYS}'`)).toEqual({
      stdout: '',
      stderr: "The Deployment \"retainkeys-demo\" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'\n",
      exitCode: 1,
    });
    expect(type(`kubectl patch deployment retainkeys-demo --patch '${PATCH_FILE_RETAINKEYS}'`).stdout).toBe('deployment.apps/retainkeys-demo patched\n');
    expect(type('kubectl get deployment retainkeys-demo --output yaml').stdout).toContain('  strategy:\n    type: Recreate\n  template:\n');
  });

  it('the alternate forms: the JSON one works, the single-quoted \\n one fails as in bash', () => {
    const { type } = terminal();
    type('kubectl apply -f -', DEPLOYMENT_PATCH);
    expect(type(`kubectl patch deployment patch-demo --patch '{"spec": {"template": {"spec": {"containers": [{"name": "patch-demo-ctr-2","image": "redis"}]}}}}'`).stdout).toBe(
      'deployment.apps/patch-demo patched\n',
    );
    expect(type(`kubectl patch deployment patch-demo --patch '{"spec": {"template": {"spec": {"containers": [{"name": "patch-demo-ctr-2","image": "redis"}]}}}}'`).stdout).toBe(
      'deployment.apps/patch-demo patched (no change)\n',
    );
    expect(type("kubectl patch deployment patch-demo --patch 'spec:\\n template:\\n  spec:\\n   containers:\\n   - name: patch-demo-ctr-2\\n     image: redis'")).toEqual({
      stdout: '',
      stderr:
        'error: unable to parse "spec:\\\\n template:\\\\n  spec:\\\\n   containers:\\\\n   - name: patch-demo-ctr-2\\\\n     image: redis": yaml: mapping values are not allowed in this context\n',
      exitCode: 1,
    });
  });
});
