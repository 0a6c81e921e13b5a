// Container images as containerd sees them: reference parsing and normalisation (docker's
// distribution/reference: `nginx` → `docker.io/library/nginx:latest`), a small built-in registry
// (catalogue/: the images tutorials and examples use, with tags and sizes), pull durations and the
// exact pull-failure texts.
// Mirrors pkg/kubelet/images/image_manager.go (applyDefaultImageTag) and containerd's resolver.
// Simplification: sizes are approximate compressed amd64 sizes; digests are derived from the name.

import { CATALOGUE } from './catalogue/index';
import type { ImageProfile } from './catalogue/types';

export interface ImageRef {
  /** As written in the pod spec, with `:latest` applied when untagged (the kubelet's form). */
  spec: string;
  /** Fully qualified: `docker.io/library/nginx:1.14.2`. */
  full: string;
  /** `docker.io/library/nginx`. */
  repository: string;
  tag: string;
}

export type ParseResult = { ok: true; ref: ImageRef } | { ok: false; message: string };

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:localhost|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** reference.ParseNormalizedNamed plus the kubelet's default tag; messages as the kubelet emits them. */
export function parseImage(image: string): ParseResult {
  const fail = (why: string): ParseResult => ({
    ok: false,
    message: `Failed to apply default image tag ${JSON.stringify(image)}: couldn't parse image name ${JSON.stringify(image)}: ${why}`,
  });
  if (image === '' || /\s/.test(image)) return fail('invalid reference format');
  let rest = image;
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) return fail('invalid reference format');
  }
  let tag = '';
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) return fail('invalid reference format');
  }
  const parts = rest.split('/');
  let domain = 'docker.io';
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
    domain = parts.shift() as string;
    if (!DOMAIN.test(domain)) return fail('invalid reference format');
    // distribution/reference splitDockerDomain: the legacy Hub name is docker.io.
    if (domain === 'index.docker.io') domain = 'docker.io';
  }
  if (domain === 'docker.io' && parts.length === 1) parts.unshift('library');
  const path = parts.join('/');
  for (const p of parts) {
    if (!COMPONENT.test(p)) {
      if (COMPONENT.test(p.toLowerCase())) return fail(`invalid reference format: repository name (${path}) must be lowercase`);
      return fail('invalid reference format');
    }
  }
  const repository = `${domain}/${path}`;
  const explicit = !!tag || !!digest;
  if (!explicit) tag = 'latest';
  const suffix = digest ? `@${digest}` : `:${tag}`;
  return { ok: true, ref: { spec: explicit ? image : `${image}:latest`, full: repository + suffix, repository, tag: tag || digest } };
}

export type { ImageProfile } from './catalogue/types';

const MB = 1_000_000;
const MI = 1024 * 1024;
/** Idle memory of an image the catalogue gives none for (an ordinary small server). */
const DEFAULT_IDLE_MI = 8;

export interface ImageInfo {
  ref: ImageRef;
  /** The repository that served it (registry.k8s.io for a k8s.gcr.io name: servedRepository). */
  repository: string;
  profile: ImageProfile;
  size: number;
  /** `docker.io/library/nginx@sha256:…`, what containerStatuses[].imageID shows. */
  id: string;
  /** The software version the tag ships (start-up banners). */
  version?: string;
}

/**
 * The repository a pull of `repository` is served from. Since 20 March 2023 k8s.gcr.io answers with
 * an HTTP redirect to registry.k8s.io, which containerd's resolver follows, so the docs' older
 * `k8s.gcr.io/echoserver:1.4` pulls the same image. The image is still stored and reported under the
 * name the pod spec used (containerStatuses[].image and imageID keep `k8s.gcr.io/…`); the digest is
 * the served manifest's. [kubernetes.io/blog/2023/03/10/image-registry-redirect]
 */
export function servedRepository(repository: string): string {
  return repository.startsWith('k8s.gcr.io/') ? `registry.k8s.io/${repository.slice('k8s.gcr.io/'.length)}` : repository;
}

/** The image as the registry knows it, or undefined (repository or tag missing). */
export function lookupImage(ref: ImageRef): ImageInfo | undefined {
  const served = servedRepository(ref.repository);
  const repo = CATALOGUE.get(served);
  if (!repo) return undefined;
  // Simplification: a digest reference resolves to the repository's first tag (digests are derived, not published).
  const tag = ref.tag.startsWith('sha256:') ? Object.keys(repo.tags)[0] : ref.tag;
  const size = Object.hasOwn(repo.tags, tag) ? repo.tags[tag] : undefined;
  if (size === undefined) return undefined;
  const profile = repo.variants?.find((v) => v.tags.includes(tag))?.profile ?? repo.profile;
  const versions = repo.versions ?? {};
  const version = Object.hasOwn(versions, tag) ? versions[tag] : versions['*'];
  const digest = digestOf(served + ref.full.slice(ref.repository.length));
  return { ref, repository: served, profile, size: Math.round(size * MB), id: `${ref.repository}@sha256:${digest}`, ...(version ? { version } : {}) };
}

export function hasRepository(repository: string): boolean {
  return CATALOGUE.has(servedRepository(repository));
}

const idleByImage = new Map<string, number>();

/** Resident memory (bytes) of an idle container of this image, as `kubectl top` shows it. */
export function imageIdleMemory(image: string | undefined): number {
  const key = image ?? '';
  let m = idleByImage.get(key);
  if (m === undefined) {
    const parsed = parseImage(key);
    const info = parsed.ok ? lookupImage(parsed.ref) : undefined;
    m = Math.round((info?.profile.idleMi ?? DEFAULT_IDLE_MI) * MI);
    if (idleByImage.size < 4096) idleByImage.set(key, m);
  }
  return m;
}

/** The error text containerd returns for a pull that cannot resolve (the kubelet prefixes it). */
export function pullError(ref: ImageRef): string {
  const head = `failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}"`;
  if (CATALOGUE.has(servedRepository(ref.repository)))
    return `rpc error: code = NotFound desc = ${head}: ${ref.full}: not found`;
  return `rpc error: code = Unknown desc = ${head}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
}

/** A stable 64-hex digest from a name (FNV-1a over four seeds). */
export function digestOf(name: string): string {
  let out = '';
  for (let seed = 0; seed < 8; seed++) {
    let h = (0x811c9dc5 ^ seed * 0x9e3779b9) >>> 0;
    for (let i = 0; i < name.length; i++) {
      h ^= name.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/**
 * Pull time in ms: registry round trips plus the bytes at ~10 MB/s; layers shared with another
 * tag of the same repository are not fetched again; an image already present (pull policy
 * Always) only re-resolves the manifest. `jitter` is in [0, 1).
 */
export function pullDurationMs(size: number, cache: 'none' | 'repository' | 'present', jitter: number): number {
  if (cache === 'present') return Math.round(300 + 600 * jitter);
  const bytes = cache === 'repository' ? size * 0.4 : size;
  const mbps = 8 + 4 * jitter;
  return Math.round(500 + 400 * jitter + (bytes / (mbps * MB)) * 1000);
}
