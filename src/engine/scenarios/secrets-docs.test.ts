// "Distribute Credentials Securely Using Secrets" (kubernetes/website content/en/docs/tasks/
// inject-data-application/distribute-credentials-secure.md) typed verbatim into the console's shell:
// base64 the data, the Secret and a Pod mounting it, a bash session in the container (`cd
// /etc/secret-volume`, `ls`, `cat username; echo; cat password; echo`), then Secrets as
// environment variables read with `kubectl exec -it … -- /bin/sh -c '…'`.
// The manifests are content/en/examples/pods/inject/*.yaml, given on stdin (the console fetches no
// URLs). Where the page's sample output predates 1.32 (its Secret held trailing newlines: 13 and
// 7 bytes), kubectl 1.32's is asserted.
import { describe, expect, it } from 'vitest';
import { consolePrompt, newConsoleShell, runConsoleLine } from '../console/shell';
import { createCluster } from '../index';

const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: test-secret
data:
  username: bXktYXBw
  password: Mzk1MjgkdmRnN0pi
`;

const SECRET_POD = `apiVersion: v1
kind: Pod
metadata:
  name: secret-test-pod
spec:
  containers:
    - name: test-container
      image: nginx
      volumeMounts:
        # name must match the volume name below
        - name: secret-volume
          mountPath: /etc/secret-volume
          readOnly: true
  # The secret data is exposed to Containers in the Pod through a Volume.
  volumes:
    - name: secret-volume
      secret:
        secretName: test-secret
`;

const SINGLE = `apiVersion: v1
kind: Pod
metadata:
  name: env-single-secret
spec:
  containers:
  - name: envars-test-container
    image: nginx
    env:
    - name: SECRET_USERNAME
      valueFrom:
        secretKeyRef:
          name: backend-user
          key: backend-username
`;

const MULTIPLE = `apiVersion: v1
kind: Pod
metadata:
  name: envvars-multiple-secrets
spec:
  containers:
  - name: envars-test-container
    image: nginx
    env:
    - name: BACKEND_USERNAME
      valueFrom:
        secretKeyRef:
          name: backend-user
          key: backend-username
    - name: DB_USERNAME
      valueFrom:
        secretKeyRef:
          name: db-user
          key: db-username
`;

const ENV_FROM = `apiVersion: v1
kind: Pod
metadata:
  name: envfrom-secret
spec:
  containers:
  - name: envars-test-container
    image: nginx
    envFrom:
    - secretRef:
        name: test-secret
`;

function terminal() {
  const cluster = createCluster({ seed: 11 });
  const shell = newConsoleShell();
  const type = (line: string) => {
    // As the page does: a command alone on the line runs as at a terminal.
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

describe('Distribute Credentials Securely Using Secrets, typed into the console', () => {
  it('a Secret mounted as a volume, read in a bash session in the container', () => {
    const { cluster, shell, type, ok } = terminal();
    expect(type("echo -n 'my-app' | base64")).toEqual(ok('bXktYXBw\n'));
    expect(type("echo -n '39528$vdg7Jb' | base64")).toEqual(ok('Mzk1MjgkdmRnN0pi\n'));
    expect(cluster.kubectl('apply -f -', SECRET)).toEqual(ok('secret/test-secret created\n'));
    expect(type('kubectl get secret test-secret')).toEqual(ok('NAME          TYPE     DATA   AGE\ntest-secret   Opaque   2      0s\n'));
    expect(type('kubectl describe secret test-secret').stdout).toMatch(/\nData\n====\npassword: +12 bytes\nusername: +6 bytes\n/);

    expect(cluster.kubectl('apply -f -', SECRET_POD)).toEqual(ok('pod/secret-test-pod created\n'));
    cluster.advance(60_000);
    expect(type('kubectl get pod secret-test-pod').stdout).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\nsecret-test-pod +1\/1 +Running +0 +60s\n$/);

    expect(type('kubectl exec -it secret-test-pod -- /bin/bash')).toEqual(ok(''));
    expect(consolePrompt(shell)).toBe('root@secret-test-pod:/# ');
    expect(type('cd /etc/secret-volume')).toEqual(ok(''));
    expect(consolePrompt(shell)).toBe('root@secret-test-pod:/etc/secret-volume# ');
    // The page prints `password username`: ls on a terminal sets names across, two spaces apart.
    expect(type('ls')).toEqual(ok('password  username\n'));
    expect(type('cat username; echo; cat password; echo')).toEqual(ok('my-app\n39528$vdg7Jb\n'));
    expect(type('exit')).toEqual(ok(''));
    expect(consolePrompt(shell)).toBeUndefined();
  });

  it('Secrets as container environment variables: one key, several Secrets, envFrom', () => {
    const { cluster, type, ok } = terminal();
    expect(type("kubectl create secret generic backend-user --from-literal=backend-username='backend-admin'")).toEqual(ok('secret/backend-user created\n'));
    expect(cluster.kubectl('create -f -', SINGLE)).toEqual(ok('pod/env-single-secret created\n'));
    cluster.advance(60_000);
    expect(type("kubectl exec -it env-single-secret -- /bin/sh -c 'echo $SECRET_USERNAME'")).toEqual(ok('backend-admin\n'));

    expect(type("kubectl create secret generic db-user --from-literal=db-username='db-admin'")).toEqual(ok('secret/db-user created\n'));
    expect(cluster.kubectl('create -f -', MULTIPLE)).toEqual(ok('pod/envvars-multiple-secrets created\n'));
    cluster.advance(60_000);
    // The page shows DB_USERNAME first: the kubelet builds the environment from a Go map, so either
    // order is real; here the spec's order holds.
    expect(type("kubectl exec -it envvars-multiple-secrets -- /bin/sh -c 'env | grep _USERNAME'")).toEqual(ok('BACKEND_USERNAME=backend-admin\nDB_USERNAME=db-admin\n'));

    expect(type("kubectl create secret generic test-secret --from-literal=username='my-app' --from-literal=password='39528$vdg7Jb'")).toEqual(ok('secret/test-secret created\n'));
    expect(cluster.kubectl('create -f -', ENV_FROM)).toEqual(ok('pod/envfrom-secret created\n'));
    cluster.advance(60_000);
    // nginx's /bin/sh is dash, whose echo turns `\n` into a new line.
    expect(type(`kubectl exec -it envfrom-secret -- /bin/sh -c 'echo "username: $username\\npassword: $password"'`)).toEqual(ok('username: my-app\npassword: 39528$vdg7Jb\n'));
  });
});
