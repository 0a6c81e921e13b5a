// Scenario tests typed from the docs' "Assign Memory Resources to Containers and Pods" and
// "Assign CPU Resources to Containers and Pods" pages (content/en/docs/tasks/configure-pod-container/
// assign-memory-resource.md, assign-cpu-resource.md) with their manifests from
// content/en/examples/pods/resource/, exactly as stored (flow style, trailing commas), and their
// commands. The pages apply `https://k8s.io/examples/…`; the console has no network, so the same
// text goes through `-f -`. Expected outputs are 1.32's where the page shows an older format.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { Pod } from '../objects/types';
import { kubectlOk, waitFor } from '../testing/helpers';

// pods/resource/memory-request-limit.yaml
const MEMORY_REQUEST_LIMIT = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "memory-demo",
    namespace: "mem-example",
  },
  spec: {
    containers: [{
      name: "memory-demo-ctr",
      image: "polinux/stress",
      resources: {
        requests: {
          memory: "100Mi",
        },
        limits: {
          memory: "200Mi",
        },
      },
      command: [
        "stress",
      ],
      args: [
        "--vm",
        "1",
        "--vm-bytes",
        "150M",
        "--vm-hang",
        "1",
      ],
    }],
  },
}
`;

// pods/resource/memory-request-limit-2.yaml
const MEMORY_REQUEST_LIMIT_2 = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "memory-demo-2",
    namespace: "mem-example",
  },
  spec: {
    containers: [{
      name: "memory-demo-2-ctr",
      image: "polinux/stress",
      resources: {
        requests: {
          memory: "50Mi",
        },
        limits: {
          memory: "100Mi",
        },
      },
      command: [
        "stress",
      ],
      args: [
        "--vm",
        "1",
        "--vm-bytes",
        "250M",
        "--vm-hang",
        "1",
      ],
    }],
  },
}
`;

// pods/resource/memory-request-limit-3.yaml
const MEMORY_REQUEST_LIMIT_3 = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "memory-demo-3",
    namespace: "mem-example",
  },
  spec: {
    containers: [{
      name: "memory-demo-3-ctr",
      image: "polinux/stress",
      resources: {
        requests: {
          memory: "1000Gi",
        },
        limits: {
          memory: "1000Gi",
        },
      },
      command: [
        "stress",
      ],
      args: [
        "--vm",
        "1",
        "--vm-bytes",
        "150M",
        "--vm-hang",
        "1",
      ],
    }],
  },
}
`;

// pods/resource/cpu-request-limit.yaml
const CPU_REQUEST_LIMIT = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "cpu-demo",
    namespace: "cpu-example",
  },
  spec: {
    containers: [{
      name: "cpu-demo-ctr",
      image: "vish/stress",
      resources: {
        limits: {
          cpu: "1",
        },
        requests: {
          cpu: "0.5",
        },
      },
      args: [
        "-cpus",
        "2",
      ],
    }],
  },
}
`;

// pods/resource/cpu-request-limit-2.yaml
const CPU_REQUEST_LIMIT_2 = `---
{
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name: "cpu-demo-2",
    namespace: "cpu-example",
  },
  spec: {
    containers: [{
      name: "cpu-demo-ctr-2",
      image: "vish/stress",
      resources: {
        limits: {
          cpu: "100",
        },
        requests: {
          cpu: "100",
        },
      },
      args: [
        "-cpus",
        "2",
      ],
    }],
  },
}
`;

const HEADER = /^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/;
const row = (out: string) => out.split('\n')[1] ?? '';
const status = (out: string) => row(out).split(/\s+/)[2];

describe('Assign Memory Resources to Containers and Pods', () => {
  it('runs memory-demo within its limit, OOM-kills memory-demo-2 and leaves memory-demo-3 Pending', () => {
    const c = createCluster();
    expect(kubectlOk(c, 'create namespace mem-example')).toBe('namespace/mem-example created\n');

    // Specify a memory request and a memory limit.
    expect(kubectlOk(c, 'apply -f - --namespace=mem-example', MEMORY_REQUEST_LIMIT)).toBe('pod/memory-demo created\n');
    waitFor(c, () => status(c.kubectl('get pod memory-demo --namespace=mem-example').stdout) === 'Running', 60_000, 500, 'memory-demo Running');
    const got = kubectlOk(c, 'get pod memory-demo --namespace=mem-example');
    expect(got.split('\n')[0]).toMatch(HEADER);
    expect(row(got)).toMatch(/^memory-demo\s+1\/1\s+Running\s+0\s+\d+s$/);
    const yaml = kubectlOk(c, 'get pod memory-demo --output=yaml --namespace=mem-example');
    expect(yaml).toContain('    resources:\n      limits:\n        memory: 200Mi\n      requests:\n        memory: 100Mi\n');
    // "The output shows that the Pod is using about 162,900,000 bytes of memory, which is about 150 MiB."
    waitFor(c, () => c.kubectl('top pod memory-demo --namespace=mem-example').exitCode === 0, 60_000, 1000, 'metrics');
    const top = kubectlOk(c, 'top pod memory-demo --namespace=mem-example').split('\n');
    expect(top[0]).toMatch(/^NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)\s*$/);
    expect(top[1]).toMatch(/^memory-demo\s+\d+m\s+155Mi\s*$/);
    expect(kubectlOk(c, 'logs memory-demo --namespace=mem-example')).toBe('stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd\n');
    // Within its limit it is never killed.
    c.advance(120_000);
    expect(row(kubectlOk(c, 'get pod memory-demo --namespace=mem-example'))).toMatch(/^memory-demo\s+1\/1\s+Running\s+0\s/);
    expect(kubectlOk(c, 'delete pod memory-demo --namespace=mem-example')).toBe('pod "memory-demo" deleted\n');

    // Exceed a Container's memory limit.
    expect(kubectlOk(c, 'apply -f - --namespace=mem-example', MEMORY_REQUEST_LIMIT_2)).toBe('pod/memory-demo-2 created\n');
    const seen = new Set<string>();
    let oomRow = '';
    waitFor(
      c,
      () => {
        const out = kubectlOk(c, 'get pod memory-demo-2 --namespace=mem-example');
        seen.add(status(out));
        if (status(out) === 'OOMKilled' && !oomRow) oomRow = row(out);
        return seen.has('OOMKilled') && seen.has('CrashLoopBackOff');
      },
      120_000,
      250,
      'OOMKilled then CrashLoopBackOff',
    );
    // The docs' "memory-demo-2   0/1       OOMKilled   1          24s", in 1.32's columns (the first
    // kill shows 0 restarts until the kubelet restarts it, later ones `N (Ms ago)`).
    expect(oomRow).toMatch(/^memory-demo-2\s+0\/1\s+OOMKilled\s+(0|\d+ \(\d+s ago\))\s+\d+s$/);
    const pod = c.get<Pod>('Pod', 'mem-example', 'memory-demo-2');
    const cs = pod?.status?.containerStatuses?.[0];
    expect(cs?.lastState?.terminated?.exitCode).toBe(137);
    expect(cs?.lastState?.terminated?.reason).toBe('OOMKilled');
    const podYaml = kubectlOk(c, 'get pod memory-demo-2 --output=yaml --namespace=mem-example');
    expect(podYaml).toMatch(/ {4}lastState:\n {6}terminated:\n {8}containerID: containerd:\/\/[0-9a-f]{64}\n {8}exitCode: 137\n {8}finishedAt: "[^"]+"\n {8}reason: OOMKilled\n {8}startedAt: "[^"]+"\n/);
    // Killed, restarted, killed again: the restart count climbs with the back-off.
    waitFor(c, () => (c.get<Pod>('Pod', 'mem-example', 'memory-demo-2')?.status?.containerStatuses?.[0].restartCount ?? 0) >= 3, 180_000, 1000, 'three restarts');
    const describe = kubectlOk(c, 'describe pod memory-demo-2 --namespace=mem-example');
    expect(describe).toMatch(/ {4}Last State: {5}Terminated\n {6}Reason: {7}OOMKilled\n {6}Exit Code: {4}137\n/);
    expect(describe).toMatch(/Normal\s+Created\s+.*kubelet\s+Created container: memory-demo-2-ctr/);
    expect(describe).toMatch(/Warning\s+BackOff\s+.*kubelet\s+Back-off restarting failed container memory-demo-2-ctr in pod memory-demo-2_mem-example\(/);
    // The page's node event (OOMKilling, from node-problem-detector's kernel monitor) is not part
    // of a 1.32 cluster without that add-on: `describe nodes` shows no such record here either.
    expect(kubectlOk(c, 'delete pod memory-demo-2 --namespace=mem-example')).toBe('pod "memory-demo-2" deleted\n');

    // Specify a memory request that is too big for your Nodes.
    expect(kubectlOk(c, 'apply -f - --namespace=mem-example', MEMORY_REQUEST_LIMIT_3)).toBe('pod/memory-demo-3 created\n');
    c.advance(25_000);
    expect(row(kubectlOk(c, 'get pod memory-demo-3 --namespace=mem-example'))).toMatch(/^memory-demo-3\s+0\/1\s+Pending\s+0\s+2\ds$/);
    expect(kubectlOk(c, 'describe pod memory-demo-3 --namespace=mem-example')).toMatch(
      /Warning\s+FailedScheduling\s+.*?\s+default-scheduler\s+0\/3 nodes are available: 3 Insufficient memory\. preemption: 0\/3 nodes are available: 3 No preemption victims found for incoming pod\.\n/,
    );
    expect(kubectlOk(c, 'delete pod memory-demo-3 --namespace=mem-example')).toBe('pod "memory-demo-3" deleted\n');
    expect(kubectlOk(c, 'delete namespace mem-example')).toBe('namespace "mem-example" deleted\n');
  });
});

describe('Assign CPU Resources to Containers and Pods', () => {
  it('throttles cpu-demo at its 1 CPU limit and leaves cpu-demo-2 Pending', () => {
    const c = createCluster();
    expect(kubectlOk(c, 'create namespace cpu-example')).toBe('namespace/cpu-example created\n');
    expect(kubectlOk(c, 'apply -f - --namespace=cpu-example', CPU_REQUEST_LIMIT)).toBe('pod/cpu-demo created\n');
    waitFor(c, () => status(c.kubectl('get pod cpu-demo --namespace=cpu-example').stdout) === 'Running', 60_000, 500, 'cpu-demo Running');
    expect(kubectlOk(c, 'get pod cpu-demo --output=yaml --namespace=cpu-example')).toContain('    resources:\n      limits:\n        cpu: "1"\n      requests:\n        cpu: 500m\n');
    waitFor(c, () => c.kubectl('top pod cpu-demo --namespace=cpu-example').exitCode === 0, 60_000, 1000, 'metrics');
    // "-cpus 2" asks for two CPUs; the CFS quota holds it just under its limit of 1 (the page shows 974m).
    for (let i = 0; i < 5; i++) {
      const line = kubectlOk(c, 'top pod cpu-demo --namespace=cpu-example').split('\n')[1];
      const m = /^cpu-demo\s+(\d+)m\s+\d+Mi\s*$/.exec(line);
      expect(m, line).not.toBeNull();
      expect(Number(m?.[1])).toBeGreaterThanOrEqual(970);
      expect(Number(m?.[1])).toBeLessThanOrEqual(1000);
      c.advance(15_000);
    }
    const logs = kubectlOk(c, 'logs cpu-demo --namespace=cpu-example').split('\n');
    expect(logs[0]).toMatch(/^I\d{4} \d\d:\d\d:\d\d\.\d{6} {7}1 main\.go:26\] Allocating "0" memory, in "4Ki" chunks, with a 1ms sleep between allocations$/);
    expect(logs.filter((l) => l.endsWith('main.go:39] Spawning a thread to consume CPU'))).toHaveLength(2);
    expect(kubectlOk(c, 'delete pod cpu-demo --namespace=cpu-example')).toBe('pod "cpu-demo" deleted\n');

    expect(kubectlOk(c, 'apply -f - --namespace=cpu-example', CPU_REQUEST_LIMIT_2)).toBe('pod/cpu-demo-2 created\n');
    c.advance(7_000);
    expect(row(kubectlOk(c, 'get pod cpu-demo-2 --namespace=cpu-example'))).toMatch(/^cpu-demo-2\s+0\/1\s+Pending\s+0\s+7s$/);
    expect(kubectlOk(c, 'describe pod cpu-demo-2 --namespace=cpu-example')).toMatch(
      /Warning\s+FailedScheduling\s+.*?\s+default-scheduler\s+0\/3 nodes are available: 3 Insufficient cpu\. preemption: 0\/3 nodes are available: 3 No preemption victims found for incoming pod\.\n/,
    );
    expect(kubectlOk(c, 'delete pod cpu-demo-2 --namespace=cpu-example')).toBe('pod "cpu-demo-2" deleted\n');
    expect(kubectlOk(c, 'delete namespace cpu-example')).toBe('namespace "cpu-example" deleted\n');
  });
});
