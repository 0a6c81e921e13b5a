import { describe, expect, it } from 'vitest';
import { cluster, addPod, pod, cs, trackStates, eventsFor, logs } from './kubelet-test-kit';

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
