// "Configure a Pod to Use a ConfigMap" (kubernetes/website content/en/docs/tasks/configure-pod-
// container/configure-pod-configmap.md) typed verbatim into the console's shell: ConfigMaps from
// literals, then the page's pods by their kubernetes.io/examples URLs — one key and keys of two
// ConfigMaps as environment variables, envFrom, `$(VAR)` in a command, a ConfigMap volume and one
// key at a path of its own. Each pod runs once (`restartPolicy: Never`); what the page calls "the
// Pod's output" is read with `kubectl logs`. The page's clean-up lines run between the sections.
// Not here: the sections that first `wget` sample files to the learner's machine and create
// ConfigMaps `--from-file`/`--from-env-file` or a kustomization (the console has no local files).
import { beforeAll, describe, expect, it } from 'vitest';
import { newConsoleShell, runConsoleLine } from '../console/shell';
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
  /** The pod ran to completion; its log (what the page calls its output), as lines. */
  const output = () => {
    cluster.advance(30_000);
    expect(type('kubectl get pod dapi-test-pod').stdout).toMatch(/\ndapi-test-pod +0\/1 +Completed +0 +30s\n$/);
    return type('kubectl logs dapi-test-pod').stdout.trimEnd().split('\n');
  };
  return { cluster, type, ok, output };
}

describe('Configure a Pod to Use a ConfigMap, typed into the console', () => {
  it('creates a ConfigMap from literal values', () => {
    const { type, ok } = terminal();
    expect(type('kubectl create configmap special-config --from-literal=special.how=very --from-literal=special.type=charm')).toEqual(ok('configmap/special-config created\n'));
    expect(type('kubectl get configmaps special-config -o yaml').stdout).toMatch(
      /^apiVersion: v1\ndata:\n {2}special\.how: very\n {2}special\.type: charm\nkind: ConfigMap\nmetadata:\n {2}creationTimestamp: "[^"]+"\n {2}name: special-config\n {2}namespace: default\n {2}resourceVersion: "\d+"\n {2}uid: [0-9a-f-]{36}\n$/,
    );
    expect(type('kubectl describe configmaps special-config').stdout).toBe(
      'Name:         special-config\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nData\n====\nspecial.how:\n----\nvery\nspecial.type:\n----\ncharm\n\nBinaryData\n====\n\nEvents:  <none>\n',
    );
  });

  it('ConfigMap data as environment variables, in a command, and as files in a volume', () => {
    const { type, ok, output } = terminal();
    // Define a container environment variable with data from a single ConfigMap.
    expect(type('kubectl create configmap special-config --from-literal=special.how=very')).toEqual(ok('configmap/special-config created\n'));
    expect(type('kubectl create -f https://kubernetes.io/examples/pods/pod-single-configmap-env-variable.yaml')).toEqual(ok('pod/dapi-test-pod created\n'));
    // "Now, the Pod's output includes environment variable SPECIAL_LEVEL_KEY=very."
    expect(output()).toContain('SPECIAL_LEVEL_KEY=very');
    expect(type('kubectl delete pod dapi-test-pod --now')).toEqual(ok('pod "dapi-test-pod" deleted\n'));

    // Define container environment variables with data from multiple ConfigMaps.
    expect(type('kubectl delete configmap special-config')).toEqual(ok('configmap "special-config" deleted\n'));
    expect(type('kubectl create -f https://kubernetes.io/examples/configmap/configmaps.yaml')).toEqual(ok('configmap/special-config created\nconfigmap/env-config created\n'));
    expect(type('kubectl create -f https://kubernetes.io/examples/pods/pod-multiple-configmap-env-variable.yaml')).toEqual(ok('pod/dapi-test-pod created\n'));
    expect(output()).toEqual(expect.arrayContaining(['SPECIAL_LEVEL_KEY=very', 'LOG_LEVEL=INFO']));
    expect(type('kubectl delete pod dapi-test-pod --now')).toEqual(ok('pod "dapi-test-pod" deleted\n'));
    expect(type('kubectl delete configmap special-config env-config')).toEqual(ok('configmap "special-config" deleted\nconfigmap "env-config" deleted\n'));

    // Configure all key-value pairs in a ConfigMap as container environment variables (envFrom).
    expect(type('kubectl create -f https://kubernetes.io/examples/configmap/configmap-multikeys.yaml')).toEqual(ok('configmap/special-config created\n'));
    expect(type('kubectl create -f https://kubernetes.io/examples/pods/pod-configmap-envFrom.yaml')).toEqual(ok('pod/dapi-test-pod created\n'));
    const env = output();
    expect(env).toEqual(expect.arrayContaining(['SPECIAL_LEVEL=very', 'SPECIAL_TYPE=charm', 'HOSTNAME=dapi-test-pod', 'KUBERNETES_SERVICE_HOST=10.96.0.1']));
    expect(type('kubectl delete pod dapi-test-pod --now')).toEqual(ok('pod "dapi-test-pod" deleted\n'));

    // Use ConfigMap-defined environment variables in Pod commands: `$(VAR)` is expanded by the kubelet.
    expect(type('kubectl create -f https://kubernetes.io/examples/pods/pod-configmap-env-var-valueFrom.yaml')).toEqual(ok('pod/dapi-test-pod created\n'));
    expect(output()).toEqual(['very charm']);
    expect(type('kubectl delete pod dapi-test-pod --now')).toEqual(ok('pod "dapi-test-pod" deleted\n'));

    // Populate a Volume with data stored in a ConfigMap: one file per key.
    expect(type('kubectl create -f https://kubernetes.io/examples/pods/pod-configmap-volume.yaml')).toEqual(ok('pod/dapi-test-pod created\n'));
    expect(output()).toEqual(['SPECIAL_LEVEL', 'SPECIAL_TYPE']);
    expect(type('kubectl delete pod dapi-test-pod --now')).toEqual(ok('pod "dapi-test-pod" deleted\n'));

    // Add ConfigMap data to a specific path in the Volume.
    expect(type('kubectl create -f https://kubernetes.io/examples/pods/pod-configmap-volume-specific-key.yaml')).toEqual(ok('pod/dapi-test-pod created\n'));
    expect(output()).toEqual(['very']);
  });
});
