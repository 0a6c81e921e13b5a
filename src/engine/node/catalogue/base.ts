// Base images and tools: shells, distributions and the debugging images people `kubectl run`.
// Sizes: compressed amd64 sizes from the registries, rounded.
import { BUSYBOX, DISTRO } from './profiles';
import type { CatalogueEntry } from './types';

export const BASE: CatalogueEntry[] = [
  { repo: 'docker.io/library/busybox', profile: BUSYBOX, tags: { '1.27.2': 0.73, '1.28': 0.73, '1.29': 0.74, '1.31': 0.76, '1.34': 0.77, '1.35': 2.2, '1.36': 2.16, '1.36.1': 2.16, '1.37': 2.17, latest: 2.17, stable: 2.16, musl: 0.85, glibc: 2.17, uclibc: 0.74 } },
  { repo: 'registry.k8s.io/busybox', profile: BUSYBOX, tags: { '1.27.2': 0.73, latest: 0.67, '1.24': 0.67 } },
  { repo: 'registry.k8s.io/e2e-test-images/busybox', profile: BUSYBOX, tags: { '1.29-4': 0.77, '1.36.1-1': 2.2 } },
  // "Connecting Applications with Services" runs its curl pod from radial/busyboxplus:curl: busybox
  // 1.22 (the libc resolver's nslookup) with curl added.
  { repo: 'docker.io/radial/busyboxplus', profile: BUSYBOX, tags: { curl: 4.2, latest: 4.2 } },
  // The "Debug Services" page's `kubectl run -it --rm --restart=Never busybox --image=gcr.io/google-containers/busybox sh`.
  { repo: 'gcr.io/google-containers/busybox', profile: BUSYBOX, tags: { latest: 0.67, '1.27': 0.73 } },
  { repo: 'docker.io/library/alpine', profile: { ...BUSYBOX, cmd: ['/bin/sh'] }, tags: { '3.15': 2.8, '3.16': 2.8, '3.17': 3.4, '3.18': 3.4, '3.19': 3.4, '3.20': 3.6, '3.21': 3.6, '3': 3.6, latest: 3.6, edge: 3.6 } },
  { repo: 'docker.io/library/ubuntu', profile: DISTRO, tags: { '18.04': 25.7, '20.04': 27.5, '22.04': 29.5, '24.04': 29.7, jammy: 29.5, noble: 29.7, focal: 27.5, latest: 29.7 } },
  { repo: 'docker.io/library/debian', profile: { ...DISTRO, cmd: ['bash'] }, tags: { '11': 53.7, '12': 48.5, bullseye: 53.7, 'bullseye-slim': 30.3, bookworm: 48.5, 'bookworm-slim': 28.2, 'stable-slim': 28.2, stable: 48.5, latest: 48.5 } },
  { repo: 'docker.io/library/fedora', profile: DISTRO, tags: { '40': 63.1, '41': 60.5, latest: 60.5 } },
  { repo: 'docker.io/library/centos', profile: DISTRO, tags: { '7': 72.6, '8': 83.5, centos7: 72.6, latest: 83.5 } },
  { repo: 'docker.io/library/rockylinux', profile: DISTRO, tags: { '8': 71.2, '9': 64.8, '9-minimal': 41.9 } },
  { repo: 'docker.io/library/almalinux', profile: DISTRO, tags: { '8': 69.5, '9': 65.7, latest: 65.7, minimal: 36.4 } },
  { repo: 'docker.io/library/amazonlinux', profile: DISTRO, tags: { '2': 62.3, '2023': 52.5, latest: 52.5 } },
  { repo: 'registry.access.redhat.com/ubi9/ubi', profile: DISTRO, tags: { latest: 79.2, '9.5': 79.2 } },
  { repo: 'docker.io/library/bash', profile: { entrypoint: ['docker-entrypoint.sh'], cmd: ['bash'], shell: 'dash', passthrough: ['docker-entrypoint.sh'], idleMi: 0.5 }, tags: { '5.2': 6.1, '5': 6.1, latest: 6.1, '4.4': 5.6 } },
  // Distroless: no shell, no package manager; static has no command at all.
  { repo: 'gcr.io/distroless/static-debian12', profile: { entrypoint: [], cmd: [] }, tags: { latest: 0.99, nonroot: 0.99 } },
  { repo: 'gcr.io/distroless/base-debian12', profile: { entrypoint: [], cmd: [] }, tags: { latest: 8.9, nonroot: 8.9, debug: 9.6 } },
  { repo: 'docker.io/library/hello-world', profile: { entrypoint: [], cmd: ['/hello'], programs: { '/hello': 'hello' } }, tags: { latest: 0.013, linux: 0.013 } },
  { repo: 'docker.io/curlimages/curl', profile: { entrypoint: ['/entrypoint.sh'], cmd: ['curl'], shell: 'busybox', passthrough: ['/entrypoint.sh'], programs: { curl: 'curl', '/usr/bin/curl': 'curl' }, idleMi: 1 }, tags: { '8.11.1': 11.3, '8.11.0': 11.2, '8.5.0': 10.6, latest: 11.3 } },
  { repo: 'docker.io/nicolaka/netshoot', profile: { entrypoint: [], cmd: ['zsh'], shell: 'busybox', programs: { zsh: 'repl' }, idleMi: 1 }, tags: { 'v0.13': 196.1, latest: 196.1 } },
  { repo: 'registry.k8s.io/e2e-test-images/jessie-dnsutils', profile: DISTRO, tags: { '1.3': 112.2, '1.7': 118.0 } },
  { repo: 'registry.k8s.io/pause', profile: { entrypoint: ['/pause'], cmd: [], servers: ['/pause'], stop: { signal: 'SIGTERM', exitCode: 0, ms: 5 }, idleMi: 0.5 }, tags: { '2.0': 0.35, '3.1': 0.3, '3.2': 0.3, '3.8': 0.31, '3.9': 0.32, '3.10': 0.32, latest: 0.3 } },
];
