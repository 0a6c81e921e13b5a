import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { type Cluster, createCluster, restoreCluster } from '../cluster/cluster';
import { FaultError } from '../cluster/faults';
import type { KObject, Pod } from '../objects/types';
import { kubectlOk } from '../testing/helpers';

const EXEC_LIVENESS = `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/busybox:1.27.2
    args:
    - /bin/sh
    - -c
    - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
    livenessProbe:
      exec:
        command:
        - cat
        - /tmp/healthy
      initialDelaySeconds: 5
      periodSeconds: 5
`;

const HTTP_LIVENESS = `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-http
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/e2e-test-images/agnhost:2.40
    args:
    - liveness
    livenessProbe:
      httpGet:
        path: /healthz
        port: 8080
        httpHeaders:
        - name: Custom-Header
          value: Awesome
      initialDelaySeconds: 3
      periodSeconds: 3
`;

const TCP = `apiVersion: v1
kind: Pod
metadata:
  name: goproxy
  labels:
    app: goproxy
spec:
  containers:
  - name: goproxy
    image: registry.k8s.io/goproxy:0.1
    ports:
    - containerPort: 8080
    readinessProbe:
      tcpSocket:
        port: 8080
      initialDelaySeconds: 15
      periodSeconds: 10
    livenessProbe:
      tcpSocket:
        port: 8080
      initialDelaySeconds: 15
      periodSeconds: 10
`;

const nginx = (name: string, probe: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
${probe}`;

function events(c: Cluster, name: string): { t: number; line: string; count: number }[] {
  return c
    .list<KObject>('Event')
    .filter((e) => (e.involvedObject as { name: string }).name === name)
    .map((e) => ({ t: Date.parse(e.lastTimestamp as string) - Date.UTC(2025, 0, 1), line: `${e.type} ${e.reason} ${e.message}`, count: e.count as number }));
}
const status = (c: Cluster, name: string) => (c.get<Pod>('Pod', 'default', name) as Pod).status?.containerStatuses?.[0];
const ready = (c: Cluster, name: string) => (c.get<Pod>('Pod', 'default', name) as Pod).status?.conditions?.find((x) => x.type === 'Ready')?.status;

/** Virtual seconds at which a predicate first held, sampling every 250 ms. */
function when(c: Cluster, pred: () => boolean, maxMs: number): number {
  const start = c.now();
  while (!pred()) {
    if (c.now() - start > maxMs) throw new Error('timed out');
    c.advance(250);
  }
  return c.now() / 1000;
}

describe('liveness probes', () => {
  it('exec-liveness: Unhealthy after ~35 s, killed after 3 failures, restarted after the grace period; RESTARTS climbs', () => {
    const c = createCluster({ seed: 3 });
    kubectlOk(c, 'apply -f -', EXEC_LIVENESS);
    const unhealthy = when(c, () => events(c, 'liveness-exec').some((e) => e.line.includes('Unhealthy')), 60_000);
    expect(unhealthy).toBeGreaterThan(30);
    expect(unhealthy).toBeLessThan(38);
    const killing = when(c, () => events(c, 'liveness-exec').some((e) => e.line.includes('Killing')), 30_000);
    expect(killing - unhealthy).toBeGreaterThanOrEqual(9.5);
    expect(killing - unhealthy).toBeLessThanOrEqual(10.5);
    const evs = events(c, 'liveness-exec').map((e) => `${e.line} x${e.count}`);
    expect(evs).toContain("Warning Unhealthy Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory x3");
    expect(evs).toContain('Normal Killing Container liveness failed liveness probe, will be restarted x1');
    // sh as PID 1 ignores SIGTERM: SIGKILL after terminationGracePeriodSeconds (30 s), exit 137.
    const restarted = when(c, () => (status(c, 'liveness-exec')?.restartCount ?? 0) === 1, 60_000);
    expect(restarted - killing).toBeGreaterThan(30);
    expect(restarted - killing).toBeLessThan(32);
    expect(status(c, 'liveness-exec')?.lastState?.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
    expect(kubectlOk(c, 'get pod liveness-exec')).toMatch(/liveness-exec\s+1\/1\s+Running\s+1 \(\d+s ago\)/);
    c.advance(180_000);
    expect(status(c, 'liveness-exec')?.restartCount).toBeGreaterThanOrEqual(2);
  });

  it('http-liveness: agnhost /healthz turns 500 after 10 s', () => {
    const c = createCluster({ seed: 4 });
    kubectlOk(c, 'apply -f -', HTTP_LIVENESS);
    c.advance(40_000);
    const evs = events(c, 'liveness-http').map((e) => e.line);
    expect(evs).toContain('Warning Unhealthy Liveness probe failed: HTTP probe failed with statuscode: 500');
    expect(evs).toContain('Normal Killing Container liveness failed liveness probe, will be restarted');
    expect(status(c, 'liveness-http')?.restartCount).toBeGreaterThanOrEqual(1);
  });

  it('tcp-liveness-readiness: not ready until the first readiness success after 15 s, then Ready; never restarted', () => {
    const c = createCluster({ seed: 5 });
    kubectlOk(c, 'apply -f -', TCP);
    const running = when(c, () => !!status(c, 'goproxy')?.state?.running, 20_000);
    expect(status(c, 'goproxy')?.ready).toBe(false);
    expect(ready(c, 'goproxy')).toBe('False');
    expect(kubectlOk(c, 'get pod goproxy')).toMatch(/goproxy\s+0\/1\s+Running\s+0/);
    const readyAt = when(c, () => ready(c, 'goproxy') === 'True', 40_000);
    expect(readyAt - running).toBeGreaterThanOrEqual(14);
    expect(readyAt - running).toBeLessThanOrEqual(26);
    c.advance(120_000);
    expect(status(c, 'goproxy')?.restartCount).toBe(0);
    expect(events(c, 'goproxy').filter((e) => e.line.includes('Unhealthy'))).toEqual([]);
  });

  it('http probe on a port nothing listens on: connection refused', () => {
    const c = createCluster({ seed: 6 });
    kubectlOk(c, 'apply -f -', nginx('web', '    livenessProbe:\n      httpGet:\n        port: 8081\n      periodSeconds: 5\n'));
    c.advance(30_000);
    const pod = c.get<Pod>('Pod', 'default', 'web') as Pod;
    const ev = events(c, 'web').find((e) => e.line.includes('Unhealthy'));
    expect(ev?.line).toBe(`Warning Unhealthy Liveness probe failed: Get "http://${pod.status?.podIP}:8081/": dial tcp ${pod.status?.podIP}:8081: connect: connection refused`);
  });
});

describe('readiness and fail-probe', () => {
  const READY = nginx('web', '    readinessProbe:\n      httpGet:\n        path: /\n        port: 80\n      periodSeconds: 5\n');

  it('a failing readiness probe keeps the pod Running but not Ready, never restarts, and recovers', () => {
    const c = createCluster({ seed: 8 });
    kubectlOk(c, 'apply -f -', READY);
    c.advance(20_000);
    expect(ready(c, 'web')).toBe('True');
    c.inject({ type: 'fail-probe', pod: 'web', probe: 'readiness', durationMs: 40_000 });
    c.advance(16_000);
    expect(ready(c, 'web')).toBe('False');
    const cond = (c.get<Pod>('Pod', 'default', 'web') as Pod).status?.conditions?.find((x) => x.type === 'ContainersReady');
    expect(cond).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [nginx]' });
    expect(kubectlOk(c, 'get pod web')).toMatch(/web\s+0\/1\s+Running\s+0/);
    expect(events(c, 'web').find((e) => e.line.includes('Unhealthy'))?.line).toBe('Warning Unhealthy Readiness probe failed: HTTP probe failed with statuscode: 500');
    c.advance(40_000);
    expect(ready(c, 'web')).toBe('True');
    expect(status(c, 'web')?.restartCount).toBe(0);
  });

  it('fail-probe liveness restarts the container; errors for unknown pods and missing probes', () => {
    const c = createCluster({ seed: 9 });
    kubectlOk(c, 'apply -f -', nginx('web', '    livenessProbe:\n      tcpSocket:\n        port: 80\n'));
    c.advance(20_000);
    c.inject({ type: 'fail-probe', pod: 'web', probe: 'liveness' });
    c.advance(40_000);
    expect(events(c, 'web').map((e) => e.line)).toContain('Normal Killing Container nginx failed liveness probe, will be restarted');
    // nginx handles SIGQUIT and exits 0 at once.
    expect(status(c, 'web')?.restartCount).toBe(1);
    expect(status(c, 'web')?.lastState?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(() => c.inject({ type: 'fail-probe', pod: 'nope', probe: 'liveness' })).toThrow(new FaultError('pods "nope" not found'));
    expect(() => c.inject({ type: 'fail-probe', pod: 'web', probe: 'readiness' })).toThrow(new FaultError('pod "web" has no readiness probe'));
  });

  it('startup probe holds the others back until it succeeds', () => {
    const c = createCluster({ seed: 10 });
    kubectlOk(c, 'apply -f -', nginx('web', '    startupProbe:\n      httpGet:\n        port: 80\n      initialDelaySeconds: 20\n    readinessProbe:\n      httpGet:\n        port: 80\n'));
    c.advance(15_000);
    expect(status(c, 'web')).toMatchObject({ started: false, ready: false });
    c.advance(40_000);
    expect(status(c, 'web')).toMatchObject({ started: true, ready: true });
  });

  it('snapshot round-trip keeps probe workers and results', () => {
    const a = createCluster({ seed: 11 });
    kubectlOk(a, 'apply -f -', EXEC_LIVENESS);
    a.advance(33_000);
    const b = restoreCluster(JSON.parse(JSON.stringify(a.snapshot())));
    a.advance(120_000);
    b.advance(120_000);
    expect(b.kubectl('get pods -o json').stdout).toBe(a.kubectl('get pods -o json').stdout);
    expect(b.kubectl('get events').stdout).toBe(a.kubectl('get events').stdout);
  });
});
