// The real kubectl 1.32 against the served cluster, and the in-page console (cluster.kubectl)
// against a twin cluster with the same seed driven by the same commands: where both print, they
// print the same bytes. The served cluster runs at speed 0 and the test advances both clusters
// by the same virtual time, so the comparison is exact.
// Commands that PATCH are in kubectl-patch.test.ts; those that send protobuf bodies (create
// deployment|namespace|configmap|secret|service|job) are todo: see server/CONTEXT.md.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from './serve';
import { KUBECTL, kubectl } from './testing/kubectl';
import { type Twins, startTwins } from './testing/twins';

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
  - port: 80
    targetPort: 80
`;

describe.skipIf(!KUBECTL)('the real kubectl 1.32 against npm run serve', { timeout: 90_000 }, () => {
  let t: Twins;
  let served: Served;
  let kubeconfig: string;
  let dir: string;
  const k = (line: string, stdin?: string) => t.k(line, { stdin });
  /** Runs the same command on the twin: what the in-page console prints. */
  const consoleOf = (line: string, stdin?: string) => t.consoleOf(line, stdin);
  const advance = (ms: number) => t.advance(ms);

  beforeAll(async () => {
    t = await startTwins({ seed: 7, prefix: 'server' });
    ({ served, kubeconfig, dir } = t);
    t.file('web.yaml', MANIFEST);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reports the server version and the same api-resources as the console', async () => {
    const v = await k('version -o json');
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).serverVersion.gitVersion).toBe('v1.32.0');
    const real = await k('api-resources');
    expect(real.stderr).toBe('');
    expect(real.stdout).toBe(consoleOf('api-resources').stdout);
  });

  it('gets nodes as the console prints them (table, -o wide)', async () => {
    advance(5_000);
    for (const line of ['get nodes', 'get nodes -o wide', 'get namespaces']) {
      const real = await k(line);
      expect(real.stderr, line).toBe('');
      expect(real.stdout, line).toBe(consoleOf(line).stdout);
    }
  });

  it('applies a manifest (client-side) and then prints what the console prints', async () => {
    const real = await k(`apply -f ${join(dir, 'web.yaml')}`);
    expect(real.stderr).toBe('');
    expect(real.stdout).toBe('deployment.apps/web created\nservice/web created\n');
    expect(consoleOf('apply -f -', MANIFEST).stdout).toBe(real.stdout);
    advance(30_000);
    for (const line of [
      'get pods',
      'get pods -o wide',
      'get deploy',
      'get deploy -o wide',
      'get rs',
      'get svc',
      'get deploy,rs',
      'get pods -A',
      'get pods --show-labels',
      'get pods -l app=web',
      'get pods --field-selector=status.phase=Running',
      'get events',
    ]) {
      const got = await k(line);
      expect(got.stderr, line).toBe('');
      expect(got.stdout, line).toBe(consoleOf(line).stdout);
    }
    // An unchanged object is not patched: apply says so without PATCH.
    expect((await k(`apply -f ${join(dir, 'web.yaml')}`)).stdout).toBe('deployment.apps/web unchanged\nservice/web unchanged\n');
  });

  it('prints objects as yaml, json, jsonpath and name exactly as the console', async () => {
    const pod = consoleOf('get pods -o name').stdout.split('\n')[0];
    for (const line of [
      `get ${pod} -o yaml`,
      `get ${pod} -o json`,
      'get deploy web -o yaml',
      'get pods -o jsonpath={.items[*].metadata.name}',
      'get pods -o name',
      'get svc web -o yaml',
    ]) {
      const got = await k(line);
      expect(got.stderr, line).toBe('');
      expect(got.stdout, line).toBe(consoleOf(line).stdout);
    }
  });

  it('describes a deployment and a pod', async () => {
    const d = await k('describe deploy web');
    expect(d.code).toBe(0);
    expect(d.stdout).toMatch(/^Name:\s+web$/m);
    expect(d.stdout).toMatch(/^Replicas:\s+2 desired \| 2 updated \| 2 total \| 2 available \| 0 unavailable$/m);
    const pod = consoleOf('get pods -o name').stdout.split('\n')[0];
    const p = await k(`describe ${pod}`);
    expect(p.stdout).toMatch(/^Status:\s+Running$/m);
    expect(p.stdout).toMatch(/Successfully assigned default\//);
  });

  it('answers errors with the API server words the console prints', async () => {
    for (const line of ['get pod nope', 'get deploy nope -o yaml', 'delete svc nope', 'get pods -l a in (b']) {
      const got = await kubectl(kubeconfig, line === 'get pods -l a in (b' ? ['get', 'pods', '-l', 'a in (b'] : line.split(' '));
      expect(got.code, line).toBe(1);
      expect(got.stderr, line).toBe(consoleOf(line === 'get pods -l a in (b' ? "get pods -l 'a in (b'" : line).stderr);
    }
    const dup = await k(`create -f ${join(dir, 'web.yaml')}`);
    expect(dup.stderr).toContain('Error from server (AlreadyExists): error when creating');
    expect(dup.stderr).toContain('deployments.apps "web" already exists');
  });

  it('runs a pod, exposes it, reads its logs and deletes it', async () => {
    expect((await k('run pi --image=perl:5.34 --restart=Never -- perl -Mbignum=bpi -wle print(bpi(20))')).stdout).toBe('pod/pi created\n');
    expect(consoleOf('run pi --image=perl:5.34 --restart=Never -- perl -Mbignum=bpi -wle print(bpi(20))').stdout).toBe('pod/pi created\n');
    expect((await k('expose pod pi --port=80 --name=pi-svc')).stdout).toBe('service/pi-svc exposed\n');
    consoleOf('expose pod pi --port=80 --name=pi-svc');
    advance(60_000);
    const logs = await k('logs pi');
    expect(logs.stderr).toBe('');
    expect(logs.stdout).toBe(consoleOf('logs pi').stdout);
    const web = consoleOf('get pods -l app=web -o name').stdout.split('\n')[0].replace('pod/', '');
    for (const line of [`logs ${web}`, `logs ${web} --tail=1`, 'logs deploy/web', `logs ${web} -p`, 'get svc']) {
      const got = await k(line);
      expect(got.stdout, line).toBe(consoleOf(line).stdout);
      expect(got.stderr, line).toBe(consoleOf(line).stderr);
    }
    expect((await k('delete pod pi')).stdout).toBe('pod "pi" deleted\n');
    expect((await k('get pod pi')).stderr).toBe('Error from server (NotFound): pods "pi" not found\n');
  });

  it('follows a rollout and shows its history', async () => {
    const status = await k('rollout status deploy/web');
    expect(status.stdout).toBe('deployment "web" successfully rolled out\n');
    const history = await k('rollout history deploy/web');
    expect(history.stdout).toBe(consoleOf('rollout history deploy/web').stdout);
  });

  it('streams get -w: the rows of pods created while it watches', async () => {
    const watching = kubectl(kubeconfig, ['get', 'pods', '-w', '-l', 'run=watched'], { killAfterMs: 6_000 });
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await k('run watched --image=nginx:1.27')).stdout).toBe('pod/watched created\n');
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 200));
      served.cluster.advance(2_000);
    }
    const out = (await watching).stdout.split('\n').filter(Boolean);
    expect(out[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(out.slice(1).some((l) => /^watched\s+0\/1\s+Pending\s+0\s+0s$/.test(l))).toBe(true);
    expect(out.at(-1)).toMatch(/^watched\s+1\/1\s+Running\s+0\s+\d+s$/);
  });

  it('follows a log (logs -f) as the container writes it, until the container stops', async () => {
    const script = 'i=0; while [ $i -lt 5 ]; do echo line $i; i=$((i+1)); sleep 2; done';
    await kubectl(kubeconfig, ['run', 'counter', '--image=busybox', '--restart=Never', '--', 'sh', '-c', script]);
    served.cluster.advance(15_000);
    const following = kubectl(kubeconfig, ['logs', '-f', 'counter'], { timeoutMs: 20_000 });
    await new Promise((r) => setTimeout(r, 1_000));
    for (let i = 0; i < 15; i++) {
      served.cluster.advance(1_000);
      await new Promise((r) => setTimeout(r, 250));
    }
    const got = await following;
    expect(got.stdout).toBe('line 0\nline 1\nline 2\nline 3\nline 4\n');
    // It ended by itself (the container stopped), not by the timeout's SIGINT.
    expect(got.code).toBe(0);
  });

  it('deletes with a grace period and cascades a deployment', async () => {
    const d = await k('delete deploy web');
    expect(d.stdout).toBe('deployment.apps "web" deleted\n');
    advance(60_000);
    expect((await k('get rs')).stderr).toBe('No resources found in default namespace.\n');
    expect((await k('delete pod watched --grace-period=0 --force')).stderr).toContain('Immediate deletion does not wait');
  });

  it.todo('create deployment|namespace|configmap|secret|service|job: kubectl sends protobuf (not decoded yet)');
  it.todo('explain: needs the OpenAPI v3 schemas');
});
