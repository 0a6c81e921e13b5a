// Container images as containerd sees them: reference parsing and normalisation (docker's
// distribution/reference: `nginx` → `docker.io/library/nginx:latest`), a small built-in registry
// of the images tutorials use (tags and sizes), pull durations and the exact pull-failure texts.
// Mirrors pkg/kubelet/images/image_manager.go (applyDefaultImageTag) and containerd's resolver.
// Simplification: sizes are approximate compressed amd64 sizes; digests are derived from the name.

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

/** How a container built from the image behaves when it runs its default command. */
export interface ImageProfile {
  /** ENTRYPOINT and CMD of the image config. */
  entrypoint: string[];
  cmd: string[];
  /** 'busybox' (ash: `sh: x: not found`), 'dash' (Debian: `sh: 1: x: not found`) or none. */
  shell?: 'busybox' | 'dash';
  /** Executables that run the image's long-lived server. */
  servers?: string[];
  /** Entrypoint wrappers that exec their arguments when those are not the server. */
  passthrough?: string[];
  /** What the server does on the stop signal: exit code and how long it takes. */
  stop?: { signal: string; exitCode: number; ms: number };
  /** Start-up log template (see container-runtime.ts). */
  boot?: string;
  /** TCP ports the server listens on once it is up (probes and traffic reach these). */
  ports?: number[];
}

interface RepoInfo {
  profile: ImageProfile;
  /** Tags built differently (nginx before 1.19 had no entrypoint script). */
  legacy?: { tags: string[]; profile: ImageProfile };
  /** tag → size in bytes. */
  tags: Record<string, number>;
}

const NGINX: ImageProfile = {
  entrypoint: ['/docker-entrypoint.sh'],
  cmd: ['nginx', '-g', 'daemon off;'],
  shell: 'dash',
  servers: ['nginx', 'nginx-debug', '/usr/sbin/nginx'],
  passthrough: ['/docker-entrypoint.sh', 'docker-entrypoint.sh'],
  stop: { signal: 'SIGQUIT', exitCode: 0, ms: 120 },
  boot: 'nginx',
  ports: [80],
};
const OLD_NGINX: ImageProfile = { ...NGINX, entrypoint: [], passthrough: [], stop: { signal: 'SIGTERM', exitCode: 0, ms: 80 }, boot: 'nginx-old' };
const BUSYBOX: ImageProfile = { entrypoint: [], cmd: ['sh'], shell: 'busybox' };
const HTTPD: ImageProfile = { entrypoint: [], cmd: ['httpd-foreground'], shell: 'dash', servers: ['httpd-foreground', 'httpd'], stop: { signal: 'SIGWINCH', exitCode: 0, ms: 150 }, boot: 'httpd', ports: [80] };
const REDIS: ImageProfile = {
  entrypoint: ['docker-entrypoint.sh'],
  cmd: ['redis-server'],
  shell: 'dash',
  servers: ['redis-server'],
  passthrough: ['docker-entrypoint.sh'],
  stop: { signal: 'SIGTERM', exitCode: 0, ms: 200 },
  boot: 'redis',
  ports: [6379],
};
// A Go binary as PID 1 without a SIGTERM handler: the runtime re-raises, the kernel ignores it for
// init, and Go falls back to exit(2).
const GO_APP: ImageProfile = { entrypoint: ['/hello-app'], cmd: [], servers: ['/hello-app', './hello-app', 'hello-app'], stop: { signal: 'SIGTERM', exitCode: 2, ms: 10 }, boot: 'hello-app', ports: [8080] };
const PHP_APACHE: ImageProfile = {
  entrypoint: ['docker-php-entrypoint'],
  cmd: ['apache2-foreground'],
  shell: 'dash',
  servers: ['apache2-foreground'],
  passthrough: ['docker-php-entrypoint'],
  stop: { signal: 'SIGWINCH', exitCode: 0, ms: 150 },
  boot: 'apache',
  ports: [80],
};
// agnhost's ENTRYPOINT is the binary; its subcommand (the args) decides what it serves (see
// container-runtime.ts agnhostServer).
const AGNHOST: ImageProfile = { entrypoint: ['/agnhost'], cmd: ['pause'], shell: 'busybox', servers: ['/agnhost', 'agnhost'], stop: { signal: 'SIGTERM', exitCode: 2, ms: 10 } };
// goproxy (tcp-liveness-readiness example): a Go HTTP proxy on 8080.
const GOPROXY: ImageProfile = { entrypoint: ['/goproxy'], cmd: [], servers: ['/goproxy'], stop: { signal: 'SIGTERM', exitCode: 2, ms: 10 }, ports: [8080] };
const PAUSE: ImageProfile = { entrypoint: ['/pause'], cmd: [], servers: ['/pause'], stop: { signal: 'SIGTERM', exitCode: 0, ms: 5 } };

const MB = 1_000_000;
const REGISTRY: Record<string, RepoInfo> = {
  'docker.io/library/nginx': {
    profile: NGINX,
    legacy: { tags: ['1.14.2', '1.16.1'], profile: OLD_NGINX },
    tags: { '1.14.2': 44.7 * MB, '1.16.1': 51.0 * MB, '1.19': 53.6 * MB, '1.21': 56.7 * MB, '1.23': 57.0 * MB, '1.25': 70.5 * MB, '1.26': 72.1 * MB, '1.27': 72.9 * MB, stable: 72.1 * MB, latest: 72.9 * MB, alpine: 20.5 * MB, '1.27-alpine': 20.5 * MB },
  },
  'docker.io/library/busybox': { profile: BUSYBOX, tags: { '1.27.2': 0.73 * MB, '1.28': 0.73 * MB, '1.35': 2.2 * MB, '1.36': 2.16 * MB, '1.37': 2.17 * MB, latest: 2.17 * MB } },
  'docker.io/library/alpine': { profile: BUSYBOX, tags: { '3.18': 3.4 * MB, '3.19': 3.4 * MB, '3.20': 3.6 * MB, '3.21': 3.6 * MB, latest: 3.6 * MB } },
  'docker.io/library/ubuntu': { profile: { ...BUSYBOX, shell: 'dash', cmd: ['/bin/bash'] }, tags: { '22.04': 29.5 * MB, '24.04': 29.7 * MB, latest: 29.7 * MB } },
  'docker.io/library/debian': { profile: { ...BUSYBOX, shell: 'dash', cmd: ['bash'] }, tags: { bookworm: 48.5 * MB, 'bookworm-slim': 28.2 * MB, latest: 48.5 * MB } },
  'docker.io/library/httpd': { profile: HTTPD, tags: { '2.4': 58.3 * MB, latest: 58.3 * MB, alpine: 23.1 * MB } },
  'docker.io/library/redis': { profile: REDIS, tags: { '6.2': 40.1 * MB, '7': 45.2 * MB, '7.2': 44.8 * MB, '7.4': 45.2 * MB, alpine: 17.3 * MB, latest: 45.2 * MB } },
  'docker.io/library/php': { profile: PHP_APACHE, tags: { apache: 187.3 * MB, '8.2-apache': 182.4 * MB } },
  'registry.k8s.io/hpa-example': { profile: PHP_APACHE, tags: { latest: 178.6 * MB } },
  'registry.k8s.io/nginx-slim': { profile: OLD_NGINX, tags: { '0.7': 5.3 * MB, '0.8': 5.3 * MB, '0.21': 42.1 * MB, '0.24': 43.6 * MB } },
  'registry.k8s.io/busybox': { profile: BUSYBOX, tags: { '1.27.2': 0.73 * MB, latest: 0.67 * MB } },
  'gcr.io/google-samples/hello-app': { profile: GO_APP, tags: { '1.0': 10.1 * MB, '2.0': 10.3 * MB } },
  'registry.k8s.io/e2e-test-images/agnhost': { profile: AGNHOST, tags: { '2.39': 51.1 * MB, '2.40': 51.3 * MB } },
  'registry.k8s.io/goproxy': { profile: GOPROXY, tags: { '0.1': 2.5 * MB } },
  'registry.k8s.io/pause': { profile: PAUSE, tags: { '3.9': 0.32 * MB, '3.10': 0.32 * MB } },
  // The kube-proxy DaemonSet's image (network/kube-proxy-daemonset.ts): a daemon that runs until stopped.
  'registry.k8s.io/kube-proxy': { profile: { entrypoint: ['/usr/local/bin/kube-proxy'], cmd: [], servers: ['/usr/local/bin/kube-proxy'], stop: { signal: 'SIGTERM', exitCode: 2, ms: 10 } }, tags: { 'v1.32.0': 30.9 * MB } },
};

export interface ImageInfo {
  ref: ImageRef;
  profile: ImageProfile;
  size: number;
  /** `docker.io/library/nginx@sha256:…`, what containerStatuses[].imageID shows. */
  id: string;
}

/** The image as the registry knows it, or undefined (repository or tag missing). */
export function lookupImage(ref: ImageRef): ImageInfo | undefined {
  const repo = REGISTRY[ref.repository];
  if (!repo) return undefined;
  const size = ref.tag.startsWith('sha256:') ? Object.values(repo.tags)[0] : repo.tags[ref.tag];
  if (size === undefined) return undefined;
  const profile = repo.legacy?.tags.includes(ref.tag) ? repo.legacy.profile : repo.profile;
  return { ref, profile, size: Math.round(size), id: `${ref.repository}@sha256:${digestOf(ref.full)}` };
}

export function hasRepository(repository: string): boolean {
  return repository in REGISTRY;
}

/** The error text containerd returns for a pull that cannot resolve (the kubelet prefixes it). */
export function pullError(ref: ImageRef): string {
  const head = `failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}"`;
  if (REGISTRY[ref.repository])
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
