// Limits as the kernel enforces them, commands in, cluster out: memory past limits.memory is an
// OOM kill (137, OOMKilled, restarts with back-off), CPU past limits.cpu is throttled in what
// metrics-server reports, and a CPU hog without a limit gets at most its node's cores.
import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster } from '../index';
import type { Pod } from '../objects/types';
import { kubectlOk, waitFor } from '../testing/helpers';

const pod = (name: string, image: string, resources: string, args = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: app
    image: ${image}
${args}    resources:
${resources}`;

const status = (c: ReturnType<typeof createCluster>, name: string) => c.get<Pod>('Pod', 'default', name)?.status?.containerStatuses?.[0];

describe('resource limits at run time', () => {
  it('OOM-kills an image whose idle memory alone passes its limit, and backs off its restarts', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', pod('tiny', 'nginx:1.27', '      limits:\n        memory: 1Mi\n'));
    waitFor(c, () => (status(c, 'tiny')?.restartCount ?? 0) >= 2, 120_000, 500, 'two restarts');
    const s = status(c, 'tiny');
    expect(s?.lastState?.terminated).toMatchObject({ exitCode: 137, reason: 'OOMKilled' });
    waitFor(c, () => status(c, 'tiny')?.state?.waiting?.reason === 'CrashLoopBackOff', 60_000, 500, 'CrashLoopBackOff');
    expect(kubectlOk(c, 'get pod tiny')).toMatch(/\ntiny\s+0\/1\s+CrashLoopBackOff\s+\d+ \(\d+s ago\)\s+\d+s\n$/);
  });

  it('keeps a container within its limit running, with no kill', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', pod('fits', 'polinux/stress', '      limits:\n        memory: 200Mi\n', '    command: ["stress"]\n    args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]\n'));
    c.advance(180_000);
    expect(status(c, 'fits')).toMatchObject({ restartCount: 0, ready: true });
    expect(status(c, 'fits')?.state?.running).toBeDefined();
  });

  it('a deleted container is stopped, not reported as OOM-killed', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', pod('slow', 'vish/stress', '      limits:\n        memory: 50Mi\n', '    args: ["-mem-total", "100Mi"]\n'));
    const reasons: string[] = [];
    c.watch((ev) => {
      const o = ev.type === 'TRACE' ? undefined : (ev.object as Pod);
      const t = o?.metadata.name === 'slow' ? o.status?.containerStatuses?.[0]?.state?.terminated : undefined;
      if (t) reasons.push(`${t.reason} ${t.exitCode}`);
    });
    waitFor(c, () => !!status(c, 'slow')?.state?.running, 60_000, 200, 'running');
    // 4Ki a millisecond: ~12 s to reach 50Mi. Deleted before then, it goes with the stop signal
    // (a Go binary as PID 1: exit 2).
    kubectlOk(c, 'delete pod slow --wait=false');
    c.advance(20_000);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r === 'Error 2')).toBe(true);
    // Left alone, the same pod is killed by the memory cgroup.
    kubectlOk(c, 'apply -f -', pod('slow2', 'vish/stress', '      limits:\n        memory: 50Mi\n', '    args: ["-mem-total", "100Mi"]\n'));
    waitFor(c, () => c.get<Pod>('Pod', 'default', 'slow2')?.status?.containerStatuses?.[0]?.lastState?.terminated?.reason === 'OOMKilled', 90_000, 500, 'slow2 OOMKilled');
  });

  it('throttles a CPU hog at limits.cpu, and caps one without a limit at its node\'s cores', () => {
    const c = createCluster();
    kubectlOk(c, 'apply -f -', pod('capped', 'polinux/stress', '      limits:\n        cpu: 500m\n', '    command: ["stress"]\n    args: ["--cpu", "4"]\n'));
    kubectlOk(c, 'apply -f -', pod('free', 'polinux/stress', '      requests:\n        cpu: 100m\n', '    command: ["stress"]\n    args: ["--cpu", "4"]\n'));
    waitFor(c, () => c.kubectl('top pod capped').exitCode === 0 && c.kubectl('top pod free').exitCode === 0, 120_000, 1000, 'metrics');
    for (let i = 0; i < 4; i++) {
      const capped = Number(/\ncapped\s+(\d+)m/.exec(kubectlOk(c, 'top pod capped'))?.[1]);
      const free = Number(/\nfree\s+(\d+)m/.exec(kubectlOk(c, 'top pod free'))?.[1]);
      expect(capped).toBeGreaterThanOrEqual(485);
      expect(capped).toBeLessThanOrEqual(500);
      // The default cluster's nodes have 2 CPUs.
      expect(free).toBeGreaterThan(1900);
      expect(free).toBeLessThanOrEqual(2000);
      c.advance(15_000);
    }
  });

  it('resumes a running program, its memory ramp and its pending OOM kill from a snapshot', () => {
    const c = createCluster({ seed: 7 });
    kubectlOk(c, 'apply -f -', pod('pi', 'perl:5.34.0', '      limits:\n        memory: 64Mi\n', '    command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]\n'));
    kubectlOk(c, 'apply -f -', pod('ramp', 'vish/stress', '      limits:\n        memory: 50Mi\n', '    args: ["-mem-total", "100Mi", "-cpus", "1"]\n'));
    waitFor(c, () => !!status(c, 'pi')?.state?.running && !!status(c, 'ramp')?.state?.running, 120_000, 100, 'both running');
    const copy = restoreCluster(JSON.parse(JSON.stringify(c.snapshot())));
    for (const k of [c, copy]) k.advance(60_000);
    for (const line of ['get pods -o json', 'logs pi', 'top pods']) expect(copy.kubectl(line)).toEqual(c.kubectl(line));
    expect(status(copy, 'ramp')?.lastState?.terminated?.reason).toBe('OOMKilled');
    expect(kubectlOk(copy, 'logs pi')).toHaveLength(2002);
  });

  it('shows an init container killed for memory as Init:OOMKilled, then Init:CrashLoopBackOff', () => {
    const c = createCluster();
    kubectlOk(
      c,
      'apply -f -',
      `apiVersion: v1
kind: Pod
metadata:
  name: init-oom
spec:
  initContainers:
  - name: warm-up
    image: polinux/stress
    command: ["stress", "--vm", "1", "--vm-bytes", "64M", "--timeout", "5s"]
    resources:
      limits:
        memory: 32Mi
  containers:
  - name: app
    image: nginx:1.27
`,
    );
    const seen = new Set<string>();
    waitFor(
      c,
      () => {
        seen.add(kubectlOk(c, 'get pod init-oom').split('\n')[1].split(/\s+/)[2]);
        return seen.has('Init:OOMKilled') && seen.has('Init:CrashLoopBackOff');
      },
      120_000,
      250,
      'Init:OOMKilled then Init:CrashLoopBackOff',
    );
    expect(c.get<Pod>('Pod', 'default', 'init-oom')?.status?.initContainerStatuses?.[0].lastState?.terminated).toMatchObject({ exitCode: 137, reason: 'OOMKilled' });
  });
});
