import { describe, expect, it } from 'vitest';
import { lookupImage, parseImage, pullError } from '../images';
import { BOOT } from './boot';
import { CATALOGUE } from './index';

describe('the image catalogue', () => {
  it('serves at least 60 repositories, each with tags and realistic sizes', () => {
    expect(CATALOGUE.size).toBeGreaterThanOrEqual(60);
    for (const [repo, e] of CATALOGUE) {
      expect(repo).toBe(e.repo);
      const tags = Object.entries(e.tags);
      expect(tags.length, repo).toBeGreaterThan(0);
      for (const [tag, mb] of tags) {
        expect(/^[\w][\w.-]{0,127}$/.test(tag), `${repo}:${tag}`).toBe(true);
        expect(mb, `${repo}:${tag}`).toBeGreaterThan(0.005);
        expect(mb, `${repo}:${tag}`).toBeLessThan(1000);
      }
    }
  });

  it('names its repositories as docker normalises them, and every tag resolves', () => {
    for (const [repo, e] of CATALOGUE) {
      for (const tag of Object.keys(e.tags)) {
        const short = repo.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '');
        const r = parseImage(`${short}:${tag}`);
        expect(r.ok && r.ref.repository, `${short}:${tag}`).toBe(repo);
        expect(r.ok && lookupImage(r.ref)?.size, `${short}:${tag}`).toBe(Math.round(e.tags[tag] * 1_000_000));
      }
    }
  });

  it('refers only to start-up templates that exist, and gives servers ports', () => {
    for (const e of CATALOGUE.values()) {
      for (const p of [e.profile, ...(e.variants ?? []).map((v) => v.profile)]) {
        if (p.boot) expect(Object.hasOwn(BOOT, p.boot), `${e.repo} boot ${p.boot}`).toBe(true);
        if (p.requires) expect(Object.hasOwn(BOOT, p.requires.boot), `${e.repo} requires ${p.requires.boot}`).toBe(true);
        if (p.ports) expect(p.servers?.length, `${e.repo} has ports but no server`).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    'gcr.io/google-samples/kubernetes-bootcamp:v1',
    'registry.k8s.io/e2e-test-images/agnhost:2.40',
    'polinux/stress',
    'vish/stress',
    'registry.k8s.io/serve_hostname',
    'us-docker.pkg.dev/google-samples/containers/gke/hello-app:1.0',
    'perl:5.34.0',
    'busybox:1.28',
    'nginx:1.14.2',
    'redis',
    'mysql:5.6',
    'postgres:16',
    'mongo',
    'node:20',
    'python:3.12-slim',
    'curlimages/curl',
    'nicolaka/netshoot',
    'registry.k8s.io/pause:3.10',
  ])('has %s', (image) => {
    const r = parseImage(image);
    expect(r.ok && lookupImage(r.ref)).toBeTruthy();
  });

  it('keeps the registries\' real errors for what they do not have', () => {
    const missingRepo = parseImage('example.com/nope/app:1');
    const missingTag = parseImage('elasticsearch');
    expect(missingRepo.ok && lookupImage(missingRepo.ref)).toBeUndefined();
    expect(missingTag.ok && lookupImage(missingTag.ref)).toBeUndefined();
    expect(missingRepo.ok && pullError(missingRepo.ref)).toContain('pull access denied, repository does not exist or may require authorization');
    expect(missingTag.ok && pullError(missingTag.ref)).toBe(
      'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/elasticsearch:latest": failed to resolve reference "docker.io/library/elasticsearch:latest": docker.io/library/elasticsearch:latest: not found',
    );
  });
});
