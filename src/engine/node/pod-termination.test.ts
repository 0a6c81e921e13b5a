import { describe, expect, it } from 'vitest';
import type { Pod } from '../objects/types';
import { cluster, addPod, pod, eventsFor } from './kubelet-test-kit';

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
