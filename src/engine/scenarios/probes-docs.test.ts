// "Configure Liveness, Readiness and Startup Probes" (kubernetes/website content/en/docs/tasks/
// configure-pod-container/configure-liveness-readiness-startup-probes.md) typed verbatim, each
// manifest applied by its URL (the examples table answers for k8s.io/examples/pods/probe/*), each
// `describe` read at the moment the page says ("Within 30 seconds", "After 35 seconds", "Wait another
// 30 seconds"). Where the page's sample output predates 1.32, 1.32's is asserted: events come `From
// kubelet` (not `kubelet, node01`), `Created container: liveness`, `Pulled … in 635ms (635ms including
// waiting). Image size: …`, and RESTARTS shows `1 (15s ago)`.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, createCluster } from '../index';
import { EXAMPLES } from '../kubectl/examples/table';
import { setExampleTable } from '../kubectl/examples/urls';

beforeAll(() => setExampleTable(EXAMPLES));

function ok(c: Cluster, line: string): string {
  const r = c.kubectl(line);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout;
}

/** The Events table's rows, without their Age column (ages legitimately differ). */
function events(describe: string): string[] {
  const table = describe.slice(describe.indexOf('\nEvents:\n') + 9);
  return table
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => l.trim().replace(/^(\S+)\s+(\S+)\s+(\d+s(?: \(x\d+ over \d+s\))?)\s+/, '$1 $2 '));
}

describe('Configure Liveness, Readiness and Startup Probes', () => {
  it('liveness command: cat /tmp/healthy fails after 30 s, the kubelet kills and restarts the container', () => {
    const c = createCluster({ seed: 11 });
    expect(ok(c, 'apply -f https://k8s.io/examples/pods/probe/exec-liveness.yaml')).toBe('pod/liveness-exec created\n');
    // "Within 30 seconds, view the Pod events": no liveness probe has failed yet.
    c.advance(11_000);
    const early = ok(c, 'describe pod liveness-exec');
    expect(early).toContain('    Liveness:       exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3\n');
    expect(events(early)).toEqual([
      expect.stringMatching(/^Normal Scheduled default-scheduler +Successfully assigned default\/liveness-exec to node-\d$/),
      'Normal Pulling kubelet            Pulling image "registry.k8s.io/busybox:1.27.2"',
      expect.stringMatching(/^Normal Pulled kubelet +Successfully pulled image "registry\.k8s\.io\/busybox:1\.27\.2" in \d+ms \(\d+ms including waiting\)\. Image size: \d+ bytes\.$/),
      'Normal Created kubelet            Created container: liveness',
      'Normal Started kubelet            Started container liveness',
    ]);
    // "After 35 seconds, view the Pod events again": three failed probes, then the kill.
    c.advance(46_000);
    const late = ok(c, 'describe pod liveness-exec');
    expect(late).toMatch(/\n {2}Warning {2}Unhealthy {2}\d+s \(x3 over \d+s\) {2}kubelet {12}Liveness probe failed: cat: can't open '\/tmp\/healthy': No such file or directory\n/);
    expect(late).toMatch(/\n {2}Normal {3}Killing {4}\d+s {16}kubelet {12}Container liveness failed liveness probe, will be restarted\n/);
    // "Wait another 30 seconds, and verify that the container has been restarted".
    c.advance(30_000);
    expect(ok(c, 'get pod liveness-exec')).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\nliveness-exec +1\/1 +Running +1 \(\d+s ago\) +\d+s\n$/);
  });

  it('liveness HTTP request: agnhost liveness answers 500 after 10 s and the container is restarted', () => {
    const c = createCluster({ seed: 11 });
    expect(ok(c, 'apply -f https://k8s.io/examples/pods/probe/http-liveness.yaml')).toBe('pod/liveness-http created\n');
    c.advance(40_000);
    const d = ok(c, 'describe pod liveness-http');
    expect(d).toContain('    Liveness:       http-get http://:8080/healthz delay=3s timeout=1s period=3s #success=1 #failure=3\n');
    // [k8s: pkg/probe/http/http.go DoHTTPProbe: "HTTP probe failed with statuscode: %d"]
    expect(d).toMatch(/Warning {2}Unhealthy +\d+s \(x\d over \d+s\) +kubelet +Liveness probe failed: HTTP probe failed with statuscode: 500\n/);
    expect(d).toMatch(/Normal {3}Killing +\d+s +kubelet +Container liveness failed liveness probe, will be restarted\n/);
    expect(d).toMatch(/\n {4}Restart Count: {2}[1-9]\n/);
  });

  it('TCP liveness and readiness: goproxy becomes ready once the first readiness probe after 15 s connects', () => {
    const c = createCluster({ seed: 11 });
    expect(ok(c, 'apply -f https://k8s.io/examples/pods/probe/tcp-liveness-readiness.yaml')).toBe('pod/goproxy created\n');
    c.advance(15_000);
    const before = ok(c, 'describe pod goproxy');
    expect(before).toContain('    Liveness:       tcp-socket :8080 delay=15s timeout=1s period=10s #success=1 #failure=3\n');
    expect(before).toContain('    Readiness:      tcp-socket :8080 delay=15s timeout=1s period=10s #success=1 #failure=3\n');
    expect(before).toMatch(/\n {4}Ready: {10}False\n/);
    c.advance(15_000);
    const after = ok(c, 'describe pod goproxy');
    expect(after).toMatch(/\n {4}Ready: {10}True\n/);
    expect(after).not.toContain('Unhealthy');
    expect(ok(c, 'get pod goproxy')).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\ngoproxy +1\/1 +Running +0 +30s\n$/);
  });
});
