import { describe, expect, it } from 'vitest';
import { lookupImage, parseImage, pullDurationMs } from './images';

describe('image references', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest', 'nginx:latest'],
    ['nginx:1.14.2', 'docker.io/library/nginx:1.14.2', 'nginx:1.14.2'],
    ['registry.k8s.io/nginx-slim:0.7', 'registry.k8s.io/nginx-slim:0.7', 'registry.k8s.io/nginx-slim:0.7'],
    ['gcr.io/google-samples/hello-app:2.0', 'gcr.io/google-samples/hello-app:2.0', 'gcr.io/google-samples/hello-app:2.0'],
    ['bitnami/redis', 'docker.io/bitnami/redis:latest', 'bitnami/redis:latest'],
    ['localhost:5000/app:v1', 'localhost:5000/app:v1', 'localhost:5000/app:v1'],
    ['docker.io/nginx:1.27', 'docker.io/library/nginx:1.27', 'docker.io/nginx:1.27'],
    ['index.docker.io/library/busybox', 'docker.io/library/busybox:latest', 'index.docker.io/library/busybox:latest'],
    ['polinux/stress', 'docker.io/polinux/stress:latest', 'polinux/stress:latest'],
    ['us-docker.pkg.dev/google-samples/containers/gke/hello-app:1.0', 'us-docker.pkg.dev/google-samples/containers/gke/hello-app:1.0', 'us-docker.pkg.dev/google-samples/containers/gke/hello-app:1.0'],
    [`nginx:1.14.2@sha256:${'a'.repeat(64)}`, `docker.io/library/nginx@sha256:${'a'.repeat(64)}`, `nginx:1.14.2@sha256:${'a'.repeat(64)}`],
  ])('%s → %s', (image, full, spec) => {
    const r = parseImage(image);
    expect(r.ok && r.ref.full).toBe(full);
    expect(r.ok && r.ref.spec).toBe(spec);
  });

  it.each(['nginx:ta:g', 'ngi nx', 'nginx:', ':tag'])('%s is invalid', (image) => {
    expect(parseImage(image).ok).toBe(false);
  });

  it('resolves a tag pinned by digest to the tag, and the legacy Hub name to docker.io', () => {
    const pinned = parseImage(`nginx:1.14.2@sha256:${'a'.repeat(64)}`);
    expect(pinned.ok && lookupImage(pinned.ref)?.size).toBe(44_700_000);
    const legacy = parseImage('index.docker.io/library/busybox:1.28');
    expect(legacy.ok && lookupImage(legacy.ref)?.size).toBe(730_000);
  });

  it('knows tags and sizes', () => {
    const ok = parseImage('nginx:1.14.2');
    const bad = parseImage('nginx:1.161');
    expect(ok.ok && lookupImage(ok.ref)?.size).toBe(44_700_000);
    expect(bad.ok && lookupImage(bad.ref)).toBeUndefined();
  });

  it('pulls nginx in 5–15 s on a fresh node, faster with cached layers', () => {
    for (const j of [0, 0.5, 0.99]) {
      const fresh = pullDurationMs(72_900_000, 'none', j);
      expect(fresh).toBeGreaterThanOrEqual(5000);
      expect(fresh).toBeLessThanOrEqual(15000);
      expect(pullDurationMs(72_900_000, 'repository', j)).toBeLessThan(fresh);
      expect(pullDurationMs(72_900_000, 'present', j)).toBeLessThan(1000);
    }
  });
});
