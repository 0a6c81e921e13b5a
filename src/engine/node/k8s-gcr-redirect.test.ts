// k8s.gcr.io redirects to registry.k8s.io (since March 2023), so the images older docs pages name
// still pull; the pod keeps the name its spec used.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import { lookupImage, parseImage } from './images';

function info(image: string) {
  const r = parseImage(image);
  return r.ok ? lookupImage(r.ref) : undefined;
}

describe('k8s.gcr.io, redirected to registry.k8s.io', () => {
  it('resolves to the registry.k8s.io image, reported under the name asked for with its digest', () => {
    const old = info('k8s.gcr.io/echoserver:1.4');
    const now = info('registry.k8s.io/echoserver:1.4');
    expect(old?.size).toBe(now?.size);
    expect(old?.repository).toBe('registry.k8s.io/echoserver');
    expect(old?.id).toBe(now?.id.replace('registry.k8s.io/', 'k8s.gcr.io/'));
    expect(info('k8s.gcr.io/no-such-image:1.0')).toBeUndefined();
  });

  it.each(['k8s.gcr.io/serve_hostname', 'k8s.gcr.io/echoserver:1.4', 'k8s.gcr.io/busybox'])('a pod of %s runs', (image) => {
    const cluster = createCluster({ seed: 3 });
    const args = image.includes('busybox') ? ' -- sleep 3600' : '';
    expect(cluster.kubectl(`run old --image=${image}${args}`).exitCode).toBe(0);
    cluster.advance(60_000);
    const pod = JSON.parse(cluster.kubectl('get pod old -o json').stdout);
    expect(pod.status.phase).toBe('Running');
    const spec = parseImage(image);
    expect(pod.status.containerStatuses[0].image).toBe(spec.ok ? spec.ref.spec : '');
    expect(pod.status.containerStatuses[0].imageID).toMatch(/^k8s\.gcr\.io\/[a-z_]+@sha256:[0-9a-f]{64}$/);
  });

  it('a missing tag there is the registry’s NotFound, as on registry.k8s.io', () => {
    const cluster = createCluster({ seed: 3 });
    cluster.kubectl('run old --image=k8s.gcr.io/echoserver:9.9');
    cluster.advance(30_000);
    expect(cluster.kubectl('describe pod old').stdout).toContain(
      'failed to resolve reference "k8s.gcr.io/echoserver:9.9": k8s.gcr.io/echoserver:9.9: not found',
    );
  });
});
