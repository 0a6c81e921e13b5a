import { describe, expect, it } from 'vitest';
import type { KObject } from '../objects/types';
import { cluster, addPod, pod, cs, stateOf, trackStates, eventsFor, logs } from './kubelet-test-kit';

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
    // node-1's .2 went to a CoreDNS pod, .3 to a.
    expect(pod(c, 'b').status?.podIP).toBe('10.244.1.4');
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
