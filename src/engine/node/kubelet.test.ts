import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { StatusError } from '../api/errors';
import { type Cluster, createCluster } from '../cluster/cluster';
import { FaultError } from '../cluster/faults';
import { isNodeReady } from '../objects/node';
import type { KObject, Node, Pod } from '../objects/types';
import type { KubeletComponent } from './kubelet';

function cluster(nodes = 2): Cluster {
  return createCluster({ seed: 7, nodes });
}

function addPod(c: Cluster, name: string, container: Record<string, unknown>, extra: Record<string, unknown> = {}, node = 'node-1'): Pod {
  return c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { nodeName: node, containers: [{ name: 'c', ...container }], ...extra } }) as Pod;
}

const pod = (c: Cluster, name: string) => c.get<Pod>('Pod', 'default', name) as Pod;
const cs = (c: Cluster, name: string) => pod(c, name).status?.containerStatuses?.[0];
const stateOf = (c: Cluster, name: string): string => {
  const s = cs(c, name)?.state;
  if (!s) return 'none';
  if (s.running) return 'Running';
  if (s.waiting) return s.waiting.reason ?? 'waiting';
  return s.terminated?.reason ?? 'terminated';
};

/** Virtual times (s) at which the first container's displayed state changed. */
function trackStates(c: Cluster, name: string): [number, string][] {
  const out: [number, string][] = [];
  c.watch((e) => {
    if (e.type === 'TRACE' || e.resource !== 'pods' || e.object.metadata.name !== name || e.type === 'DELETED') return;
    const s = stateOf(c, name);
    const restarts = cs(c, name)?.restartCount ?? 0;
    const label = `${s}/${restarts}`;
    if (s === 'none') return;
    if (out.at(-1)?.[1] !== label) out.push([Math.round(c.now() / 100) / 10, label]);
  });
  return out;
}

function eventsFor(c: Cluster, name: string): string[] {
  return c
    .list<KObject>('Event')
    .filter((e) => (e.involvedObject as { name: string }).name === name)
    .map((e) => `${e.type} ${e.reason} ${e.message}`);
}

const logs = (c: Cluster) => c.component<KubeletComponent>('kubelet') as KubeletComponent;

describe('node registration', () => {
  it('registers Nodes and Leases shaped like kind workers', () => {
    const c = cluster(3);
    const n = c.get<KObject>('Node', undefined, 'node-2') as KObject;
    expect(n.metadata.labels).toEqual({ 'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': 'node-2', 'kubernetes.io/os': 'linux' });
    expect(n.spec.podCIDR).toBe('10.244.2.0/24');
    expect(n.status.capacity).toEqual({ cpu: '2', 'ephemeral-storage': '102626232Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '4194304Ki', pods: '110' });
    expect(n.status.addresses).toEqual([{ address: '172.18.0.3', type: 'InternalIP' }, { address: 'node-2', type: 'Hostname' }]);
    expect(n.status.conditions.map((x: { type: string; reason: string; message: string; status: string }) => `${x.type}=${x.status} ${x.reason}: ${x.message}`)).toEqual([
      'MemoryPressure=False KubeletHasSufficientMemory: kubelet has sufficient memory available',
      'DiskPressure=False KubeletHasNoDiskPressure: kubelet has no disk pressure',
      'PIDPressure=False KubeletHasSufficientPID: kubelet has sufficient PID available',
      'Ready=True KubeletReady: kubelet is posting ready status',
    ]);
    expect(n.status.nodeInfo.kubeletVersion).toBe('v1.32.0');
    expect(n.status.nodeInfo.machineID).toMatch(/^[0-9a-f]{32}$/);
    const lease = c.get<KObject>('Lease', 'kube-node-lease', 'node-2') as KObject;
    expect(lease.spec).toMatchObject({ holderIdentity: 'node-2', leaseDurationSeconds: 40 });
    expect(eventsFor(c, 'node-2').filter((e) => !e.includes('RegisteredNode'))).toEqual([
      'Normal Starting Starting kubelet.',
      'Normal NodeHasSufficientMemory Node node-2 status is now: NodeHasSufficientMemory',
      'Normal NodeHasNoDiskPressure Node node-2 status is now: NodeHasNoDiskPressure',
      'Normal NodeHasSufficientPID Node node-2 status is now: NodeHasSufficientPID',
      'Normal NodeAllocatableEnforced Updated Node Allocatable limit across pods',
      'Normal NodeReady Node node-2 status is now: NodeReady',
    ]);
  });

  it('renews the lease every 10 s and re-posts unchanged node status only every 5 min', () => {
    const c = cluster(1);
    const renewals: number[] = [];
    let statusPosts = 0;
    c.watch((e) => {
      if (e.type === 'TRACE' && e.entry.from === 'kubelet/node-1' && e.entry.verb === 'update') {
        if (e.entry.resource === 'leases') renewals.push(e.entry.time);
        if (e.entry.resource === 'nodes') statusPosts++;
      }
    });
    c.advance(5 * 60_000 + 10_000);
    expect(renewals.length).toBe(31);
    expect(renewals[1] - renewals[0]).toBe(10_000);
    expect(statusPosts).toBe(1);
  });

  // How fast is the bench's business (npm run bench: 1,000 nodes / 30,000 pods); a wall-clock
  // assertion here failed on a loaded 2-core machine without any change to the kubelet.
  it('bootstraps 1,000 nodes, each registered and Ready', () => {
    const c = createCluster({ seed: 1, nodes: 1000 });
    const nodes = c.list('Node');
    expect(nodes.length).toBe(1000);
    c.advance(1_000);
    const ready = (c.list('Node') as Node[]).filter(isNodeReady);
    expect(ready.length).toBe(1000);
  });
});

describe('pod start', () => {
  it('goes ContainerCreating → Running with Pulling/Pulled/Created/Started', () => {
    const c = cluster();
    const states = trackStates(c, 'web');
    addPod(c, 'web', { name: 'nginx', image: 'nginx:1.14.2' });
    c.advance(30_000);
    expect(states.map((s) => s[1])).toEqual(['ContainerCreating/0', 'Running/0']);
    expect(states[1][0]).toBeGreaterThanOrEqual(5);
    expect(states[1][0]).toBeLessThanOrEqual(15);
    const ev = eventsFor(c, 'web');
    expect(ev[0]).toBe('Normal Pulling Pulling image "nginx:1.14.2"');
    expect(ev[1]).toMatch(/^Normal Pulled Successfully pulled image "nginx:1\.14\.2" in \d+(\.\d+)?s \(\d+(\.\d+)?s including waiting\)\. Image size: 44700000 bytes\.$/);
    expect(ev.slice(2)).toEqual(['Normal Created Created container: nginx', 'Normal Started Started container nginx']);
    const p = pod(c, 'web');
    expect(p.status?.phase).toBe('Running');
    expect(p.status?.podIP).toBe('10.244.1.2');
    expect(p.status?.hostIP).toBe('172.18.0.2');
    expect(p.status?.conditions?.map((x) => `${x.type}=${x.status}`)).toEqual(['PodReadyToStartContainers=True', 'Initialized=True', 'Ready=True', 'ContainersReady=True']);
    const s = cs(c, 'web');
    expect(s?.image).toBe('docker.io/library/nginx:1.14.2');
    expect(s?.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(s?.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
  });

  it('shows the unready message while creating', () => {
    const c = cluster();
    addPod(c, 'web', { name: 'nginx', image: 'nginx:1.14.2' });
    c.advance(2000);
    const ready = pod(c, 'web').status?.conditions?.find((x) => x.type === 'Ready');
    expect(ready).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [nginx]' });
  });

  it('uses the node image cache for the second pod', () => {
    const c = cluster();
    addPod(c, 'a', { image: 'nginx:1.14.2' });
    c.advance(20_000);
    addPod(c, 'b', { image: 'nginx:1.14.2' });
    const t0 = c.now();
    c.advance(3000);
    expect(stateOf(c, 'b')).toBe('Running');
    expect(eventsFor(c, 'b')[0]).toBe('Normal Pulled Container image "nginx:1.14.2" already present on machine');
    expect(c.now() - t0).toBe(3000);
    expect(pod(c, 'b').status?.podIP).toBe('10.244.1.3');
  });

  it('ErrImagePull → ImagePullBackOff with the pull back-off doubling', () => {
    const c = cluster();
    const pulls: number[] = [];
    c.watch((e) => {
      if (e.type !== 'TRACE' && e.resource === 'events' && (e.object as KObject).reason === 'Pulling') pulls.push(Math.round(c.now() / 1000));
    });
    const states = trackStates(c, 'bad');
    addPod(c, 'bad', { name: 'nginx', image: 'nginx:1.161' });
    c.advance(100_000);
    expect(states.map((s) => s[1].replace('/0', ''))).toEqual(['ContainerCreating', 'ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff']);
    const gaps = pulls.slice(1).map((t, i) => t - pulls[i]);
    expect(gaps.slice(0, 3)).toEqual([10, 20, 40].map((g, i) => gaps[i] >= g && gaps[i] <= g + 2 ? gaps[i] : g * 100));
    expect(eventsFor(c, 'bad')).toEqual(
      expect.arrayContaining([
        'Warning Failed Failed to pull image "nginx:1.161": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.161": failed to resolve reference "docker.io/library/nginx:1.161": docker.io/library/nginx:1.161: not found',
        'Warning Failed Error: ErrImagePull',
        'Normal BackOff Back-off pulling image "nginx:1.161"',
        'Warning Failed Error: ImagePullBackOff',
      ]),
    );
    expect(() => logs(c).containerLogs('default', 'bad', 'nginx')).toThrow('container "nginx" in pod "bad" is waiting to start: trying and failing to pull image');
  });

  it.each([
    ['nginx:ta:g', 'Failed to apply default image tag "nginx:ta:g": couldn\'t parse image name "nginx:ta:g": invalid reference format'],
    ['Nginx', 'Failed to apply default image tag "Nginx": couldn\'t parse image name "Nginx": invalid reference format: repository name (library/Nginx) must be lowercase'],
  ])('%s is InvalidImageName', (image, message) => {
    const c = cluster();
    addPod(c, 'x', { image });
    c.advance(5000);
    expect(cs(c, 'x')?.state?.waiting).toEqual({ reason: 'InvalidImageName', message });
    expect(eventsFor(c, 'x')).toEqual([`Warning InspectFailed ${message}`, 'Warning Failed Error: InvalidImageName']);
  });

  it('an unknown repository is denied', () => {
    const c = cluster();
    addPod(c, 'x', { image: 'nosuchimage' });
    c.advance(5000);
    expect(eventsFor(c, 'x')).toContain(
      'Warning Failed Failed to pull image "nosuchimage": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/nosuchimage:latest": failed to resolve reference "docker.io/library/nosuchimage:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
  });
});

describe('exits and restarts', () => {
  it('sh -c "exit 1": Error, restarts at once, then CrashLoopBackOff 10s, 20s', () => {
    const c = cluster();
    const states = trackStates(c, 'crash');
    const p = addPod(c, 'crash', { name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'echo boom; exit 1'] });
    c.advance(60_000);
    const labels = states.map((s) => s[1]);
    expect(labels.slice(0, 6)).toEqual(['ContainerCreating/0', 'Error/0', 'Error/1', 'CrashLoopBackOff/1', 'Error/2', 'CrashLoopBackOff/2']);
    // In tenths of a second, as integers: differences of decimal seconds are not exact in binary.
    const at = (label: string) => Math.round((states.find((s) => s[1] === label)?.[0] as number) * 10);
    expect(at('Error/1') - at('Error/0')).toBe(10);
    expect(at('Error/2') - at('Error/1')).toBe(100);
    expect(at('Error/3') - at('Error/2')).toBe(200);
    const w = cs(c, 'crash');
    expect(w?.state?.waiting?.message).toBe(`back-off 40s restarting failed container=c pod=crash_default(${p.metadata.uid})`);
    expect(w?.lastState?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(pod(c, 'crash').status?.phase).toBe('Running');
    expect(eventsFor(c, 'crash')).toContain(`Warning BackOff Back-off restarting failed container c in pod crash_default(${p.metadata.uid})`);
    expect(logs(c).containerLogs('default', 'crash', 'c')).toBe('boom\n');
    expect(logs(c).containerLogs('default', 'crash', 'c', { previous: true })).toBe('boom\n');
  });

  it.each([
    ['Never', 1, 'Failed', 'Error'],
    ['Never', 0, 'Succeeded', 'Completed'],
    ['OnFailure', 0, 'Succeeded', 'Completed'],
  ])('restartPolicy %s with exit %i ends %s', (policy, code, phase, reason) => {
    const c = cluster();
    addPod(c, 'job', { image: 'busybox:1.36', command: ['sh', '-c', `sleep 2; exit ${code}`] }, { restartPolicy: policy });
    c.advance(30_000);
    expect(pod(c, 'job').status?.phase).toBe(phase);
    expect(cs(c, 'job')?.state?.terminated).toMatchObject({ exitCode: code, reason });
    expect(cs(c, 'job')?.restartCount).toBe(0);
    expect(pod(c, 'job').status?.conditions?.find((x) => x.type === 'PodReadyToStartContainers')?.status).toBe('False');
  });

  it('busybox with no command completes and crash-loops', () => {
    const c = cluster();
    addPod(c, 'bb', { image: 'busybox:1.36' });
    c.advance(8000);
    expect(cs(c, 'bb')?.lastState?.terminated ?? cs(c, 'bb')?.state?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
  });

  it('a missing executable is a StartError (128) and RunContainerError', () => {
    const c = cluster();
    addPod(c, 'x', { image: 'busybox:1.36', command: ['foo'] });
    c.advance(8000);
    const msg = 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown';
    const s = cs(c, 'x');
    expect(s?.lastState?.terminated).toMatchObject({ exitCode: 128, reason: 'StartError', message: msg, startedAt: '1970-01-01T00:00:00Z' });
    expect(['RunContainerError', 'CrashLoopBackOff']).toContain(s?.state?.waiting?.reason);
    expect(eventsFor(c, 'x')).toContain(`Warning Failed Error: ${msg}`);
  });

  it('init containers run in order before the app container', () => {
    const c = cluster();
    c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'init', namespace: 'default' },
      spec: { nodeName: 'node-1', initContainers: [{ name: 'wait', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 20'] }], containers: [{ name: 'app', image: 'nginx:1.14.2' }] },
    });
    c.advance(8000);
    let p = pod(c, 'init');
    expect(p.status?.initContainerStatuses?.[0].state?.running).toBeDefined();
    expect(p.status?.containerStatuses?.[0].state?.waiting?.reason).toBe('PodInitializing');
    expect(p.status?.conditions?.find((x) => x.type === 'Initialized')).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [wait]' });
    c.advance(30_000);
    p = pod(c, 'init');
    expect(p.status?.initContainerStatuses?.[0].state?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(p.status?.phase).toBe('Running');
  });
});

describe('termination', () => {
  it('sleep 3600 takes the full 30 s grace period; nginx stops at once', () => {
    const c = cluster();
    addPod(c, 'sleeper', { image: 'busybox:1.36', command: ['sleep', '3600'] });
    addPod(c, 'web', { name: 'nginx', image: 'nginx:1.14.2' });
    c.advance(30_000);
    const deletes: Record<string, number> = {};
    c.watch((e) => {
      if (e.type === 'DELETED' && e.resource === 'pods') deletes[e.object.metadata.name] = c.now();
    });
    const t0 = c.now();
    c.api.delete('Pod', 'default', 'sleeper');
    c.api.delete('Pod', 'default', 'web');
    c.advance(40_000);
    expect(deletes.web - t0).toBeLessThan(1000);
    expect(deletes.sleeper - t0).toBeGreaterThanOrEqual(30_000);
    expect(deletes.sleeper - t0).toBeLessThan(31_000);
    expect(eventsFor(c, 'web')).toContain('Normal Killing Stopping container nginx');
  });

  it('writes a terminal status before removing the pod', () => {
    const c = cluster();
    addPod(c, 'sleeper', { image: 'busybox:1.36', command: ['sleep', '3600'] }, { terminationGracePeriodSeconds: 2 });
    c.advance(20_000);
    let last: Pod | undefined;
    c.watch((e) => {
      if (e.type === 'MODIFIED' && e.resource === 'pods') last = e.object as Pod;
    });
    c.api.delete('Pod', 'default', 'sleeper');
    c.advance(5000);
    expect(pod(c, 'sleeper')).toBeUndefined();
    expect(last?.status?.phase).toBe('Failed');
    expect(last?.status?.containerStatuses?.[0].state?.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
  });
});

describe('faults', () => {
  it('crash-container exits the container with 1 and it restarts', () => {
    const c = cluster();
    addPod(c, 'web', { name: 'nginx', image: 'nginx:1.14.2' });
    c.advance(20_000);
    c.inject({ type: 'crash-container', pod: 'web' });
    c.advance(100);
    expect(cs(c, 'web')?.state?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    c.advance(3000);
    expect(cs(c, 'web')?.state?.running).toBeDefined();
    expect(cs(c, 'web')?.restartCount).toBe(1);
    expect(() => c.inject({ type: 'crash-container', pod: 'nope' })).toThrow(new FaultError('pods "nope" not found'));
    expect(() => c.inject({ type: 'crash-container', pod: 'web', container: 'x' })).toThrow('container "x" not found in pod "web"');
  });

  it('kill-node stops leases and status; restore-node restarts the containers', () => {
    const c = cluster();
    addPod(c, 'web', { name: 'nginx', image: 'nginx:1.14.2' });
    c.advance(20_000);
    c.inject({ type: 'kill-node', node: 'node-1' });
    const renewTime = () => (c.get<KObject>('Lease', 'kube-node-lease', 'node-1') as KObject).spec.renewTime;
    const before = renewTime();
    const rv = pod(c, 'web').metadata.resourceVersion;
    c.advance(60_000);
    expect(renewTime()).toBe(before);
    expect(cs(c, 'web')?.state?.running).toBeDefined(); // the API still shows the last status
    expect(pod(c, 'web').metadata.resourceVersion === rv || pod(c, 'web').status?.conditions !== undefined).toBe(true);
    expect(() => c.inject({ type: 'kill-node', node: 'node-9' })).toThrow('nodes "node-9" not found');
    c.inject({ type: 'restore-node', node: 'node-1' });
    expect(renewTime()).not.toBe(before);
    c.advance(5000);
    const s = cs(c, 'web');
    expect(s?.state?.running).toBeDefined();
    expect(s?.restartCount).toBe(1);
    expect(s?.lastState?.terminated).toMatchObject({ exitCode: 255, reason: 'Unknown' });
    expect(eventsFor(c, 'node-1').filter((e) => e === 'Normal Starting Starting kubelet.').length).toBe(1); // aggregated
  });

  it('node faults look nodes up by their own names: __proto__ and constructor are unknown nodes, Object.prototype stays clean', () => {
    const c = cluster();
    const before = Object.getOwnPropertyNames(Object.prototype);
    for (const node of ['__proto__', 'constructor', 'hasOwnProperty', 'toString']) {
      expect(() => c.inject({ type: 'restore-node', node })).toThrow(new FaultError(`nodes "${node}" not found`));
      expect(() => c.inject({ type: 'kill-node', node })).toThrow(new FaultError(`nodes "${node}" not found`));
    }
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    c.advance(30_000);
    expect(c.kubectl('get nodes').exitCode).toBe(0);
  });

  it('restore-node finalises pods deleted while the node was down', () => {
    const c = cluster();
    addPod(c, 'web', { name: 'nginx', image: 'nginx:1.14.2' });
    c.advance(20_000);
    c.inject({ type: 'kill-node', node: 'node-1' });
    c.api.delete('Pod', 'default', 'web');
    c.advance(60_000);
    expect(pod(c, 'web')?.metadata.deletionTimestamp).toBeDefined();
    c.inject({ type: 'restore-node', node: 'node-1' });
    c.advance(2000);
    expect(pod(c, 'web')).toBeUndefined();
  });
});

describe('logs', () => {
  it('returns the script output, tail and the real errors', () => {
    const c = cluster();
    addPod(c, 'counter', { name: 'count', image: 'busybox:1.36', args: ['/bin/sh', '-c', 'i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done'] });
    expect(() => logs(c).containerLogs('default', 'counter', 'count')).toThrow(StatusError);
    c.advance(200);
    expect(() => logs(c).containerLogs('default', 'counter', 'count')).toThrow('container "count" in pod "counter" is waiting to start: ContainerCreating');
    c.advance(20_000);
    const out = logs(c).containerLogs('default', 'counter', 'count', { tail: 2 });
    expect(out).toMatch(/^\d+: Wed Jan {2}1 00:00:\d\d UTC 2025\n\d+: Wed Jan {2}1 00:00:\d\d UTC 2025\n$/);
    expect(() => logs(c).containerLogs('default', 'counter', 'count', { previous: true })).toThrow('previous terminated container "count" in pod "counter" not found');
    expect(() => logs(c).containerLogs('default', 'nope', 'count')).toThrow('pods "nope" not found');
    expect(() => logs(c).containerLogs('default', 'counter', 'x')).toThrow('container x is not valid for pod counter');
  });

  it('nginx prints its entrypoint banner (1.25+) and nothing for 1.14.2', () => {
    const c = cluster();
    addPod(c, 'new', { name: 'nginx', image: 'nginx:1.27' });
    addPod(c, 'old', { name: 'nginx', image: 'nginx:1.14.2' });
    c.advance(40_000);
    const out = logs(c).containerLogs('default', 'new', 'nginx');
    expect(out.split('\n')[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(out).toContain('[notice] 1#1: nginx/1.27.3');
    expect(logs(c).containerLogs('default', 'old', 'nginx')).toBe('');
  });

  it('printenv shows the container env', () => {
    const c = cluster();
    addPod(c, 'env', { image: 'busybox:1.36', command: ['sh', '-c', 'printenv GREETING; echo "$GREETING world"; foo; sleep infinity'], env: [{ name: 'GREETING', value: 'hello' }] });
    c.advance(20_000);
    expect(logs(c).containerLogs('default', 'env', 'c')).toBe('hello\nhello world\nsh: foo: not found\n');
  });
});

describe('determinism and snapshots', () => {
  it('a restored cluster continues identically', async () => {
    const { restoreCluster } = await import('../cluster/cluster');
    const a = cluster();
    addPod(a, 'counter', { image: 'busybox:1.36', command: ['sh', '-c', 'i=0; while true; do echo $i; i=$((i+1)); sleep 3; done'] });
    addPod(a, 'crash', { image: 'busybox:1.36', command: ['sh', '-c', 'exit 3'] });
    a.advance(25_000);
    const b = restoreCluster(a.snapshot());
    a.advance(60_000);
    b.advance(60_000);
    expect(JSON.stringify(b.list('Pod'))).toBe(JSON.stringify(a.list('Pod')));
    expect(logs(b).containerLogs('default', 'counter', 'c')).toBe(logs(a).containerLogs('default', 'counter', 'c'));
  });
});
