// Web servers, proxies and their samples. Sizes: compressed amd64 image sizes from the registries
// (Docker Hub's "Compressed size"), rounded; versions: what each tag shipped at the time of writing.
import { CLEAN_STOP, GO_STOP, JVM_STOP } from './profiles';
import type { CatalogueEntry, ImageProfile } from './types';

const NGINX: ImageProfile = {
  entrypoint: ['/docker-entrypoint.sh'],
  cmd: ['nginx', '-g', 'daemon off;'],
  shell: 'dash',
  servers: ['nginx', 'nginx-debug', '/usr/sbin/nginx'],
  passthrough: ['/docker-entrypoint.sh', 'docker-entrypoint.sh'],
  stop: { signal: 'SIGQUIT', exitCode: 0, ms: 120 },
  boot: 'nginx',
  ports: [80],
  idleMi: 3,
};
export const OLD_NGINX: ImageProfile = { ...NGINX, entrypoint: [], passthrough: [], stop: { signal: 'SIGTERM', exitCode: 0, ms: 80 }, boot: 'nginx-old' };
const HTTPD: ImageProfile = { entrypoint: [], cmd: ['httpd-foreground'], shell: 'dash', servers: ['httpd-foreground', 'httpd'], stop: { signal: 'SIGWINCH', exitCode: 0, ms: 150 }, boot: 'httpd', ports: [80], idleMi: 7 };
export const PHP_APACHE: ImageProfile = {
  entrypoint: ['docker-php-entrypoint'],
  cmd: ['apache2-foreground'],
  shell: 'dash',
  servers: ['apache2-foreground'],
  passthrough: ['docker-php-entrypoint'],
  stop: { signal: 'SIGWINCH', exitCode: 0, ms: 150 },
  boot: 'apache',
  ports: [80],
  idleMi: 10,
};

export const WEB: CatalogueEntry[] = [
  {
    repo: 'docker.io/library/nginx',
    profile: NGINX,
    variants: [{ tags: ['1.7.9', '1.14.2', '1.16.1'], profile: OLD_NGINX }],
    tags: { '1.7.9': 39.9, '1.14.2': 44.7, '1.16.1': 51.0, '1.19': 53.6, '1.21': 56.7, '1.23': 57.0, '1.25': 70.5, '1.26': 72.1, '1.27': 72.9, '1.27.3': 72.9, stable: 72.1, mainline: 72.9, latest: 72.9, alpine: 20.5, '1.27-alpine': 20.5, 'stable-alpine': 20.3 },
    versions: { '1.19': '1.19.10', '1.21': '1.21.6', '1.23': '1.23.4', '1.25': '1.25.5', '1.26': '1.26.2', stable: '1.26.2', 'stable-alpine': '1.26.2', '*': '1.27.3' },
  },
  { repo: 'registry.k8s.io/e2e-test-images/nginx', profile: OLD_NGINX, tags: { '1.14-2': 6.6, '1.15-4': 7.2 } },
  { repo: 'docker.io/library/httpd', profile: HTTPD, tags: { '2.4': 58.3, '2.4.62': 58.3, latest: 58.3, alpine: 23.1, '2.4-alpine': 23.1 }, versions: { '*': '2.4.62' } },
  {
    repo: 'docker.io/library/php',
    profile: PHP_APACHE,
    variants: [{ tags: ['cli', '8.3-cli', '8.2-cli', '8.3', '8.2', 'latest', 'alpine'], profile: { entrypoint: ['docker-php-entrypoint'], cmd: ['php', '-a'], shell: 'dash', passthrough: ['docker-php-entrypoint'], programs: { php: 'repl' }, idleMi: 8 } }],
    tags: { apache: 187.3, '8.2-apache': 182.4, '8.3-apache': 187.3, '5-apache': 132.0, cli: 178.0, '8.3-cli': 178.0, '8.2-cli': 173.5, '8.3': 178.0, '8.2': 173.5, latest: 178.0, alpine: 33.2 },
    versions: { '8.2-apache': '8.2.26', '5-apache': '5.6.40', '*': '8.3.14' },
  },
  {
    repo: 'docker.io/library/wordpress',
    profile: { ...PHP_APACHE, entrypoint: ['docker-entrypoint.sh'], passthrough: ['docker-entrypoint.sh'], boot: 'wordpress', idleMi: 24 },
    tags: { '6.2.1-apache': 227.0, '6.7': 252.0, '6.7-apache': 252.0, latest: 252.0, apache: 252.0, '6-apache': 252.0 },
  },
  { repo: 'docker.io/library/caddy', profile: { entrypoint: [], cmd: ['caddy', 'run', '--config', '/etc/caddy/Caddyfile', '--adapter', 'caddyfile'], shell: 'busybox', servers: ['caddy'], stop: CLEAN_STOP, boot: 'caddy', ports: [80, 2019], idleMi: 11 }, tags: { '2': 17.8, '2.8': 17.8, '2.9': 18.1, latest: 18.1, alpine: 18.1 } },
  { repo: 'docker.io/library/traefik', profile: { entrypoint: ['/entrypoint.sh'], cmd: ['traefik'], shell: 'busybox', servers: ['traefik'], passthrough: ['/entrypoint.sh'], stop: GO_STOP, boot: 'traefik', ports: [80], idleMi: 25 }, tags: { v3: 50.2, 'v3.2': 50.2, 'v2.11': 44.0, latest: 50.2 }, versions: { 'v2.11': '2.11.16', '*': '3.2.3' } },
  // The image ships no haproxy.cfg: unless one is mounted (a ConfigMap), the default command fails at once.
  { repo: 'docker.io/library/haproxy', profile: { entrypoint: ['docker-entrypoint.sh'], cmd: ['haproxy', '-f', '/usr/local/etc/haproxy/haproxy.cfg'], shell: 'dash', passthrough: ['docker-entrypoint.sh'], requires: { anyOf: [], file: '/usr/local/etc/haproxy/haproxy.cfg', boot: 'haproxy-no-config', code: 1 }, servers: ['haproxy'], stop: { signal: 'SIGUSR1', exitCode: 0, ms: 100 }, ports: [80], idleMi: 8 }, tags: { '3.0': 41.0, '3.1': 41.5, '2.8': 40.2, latest: 41.5, alpine: 14.8 }, versions: { '2.8': '2.8.13-0a2e6b3', '3.0': '3.0.7-ce35390', '*': '3.1.1-717960d' } },
  { repo: 'docker.io/library/tomcat', profile: { entrypoint: [], cmd: ['catalina.sh', 'run'], shell: 'dash', servers: ['catalina.sh'], stop: JVM_STOP, boot: 'tomcat', ports: [8080], idleMi: 110 }, tags: { '9': 160.1, '10': 163.4, '10.1': 163.4, '11': 168.0, latest: 163.4, 'jre21': 110.2 }, versions: { '9': '9.0.98', '11': '11.0.2', '*': '10.1.34' } },
  { repo: 'docker.io/envoyproxy/envoy', profile: { entrypoint: ['/docker-entrypoint.sh'], cmd: ['envoy', '-c', '/etc/envoy/envoy.yaml'], shell: 'dash', servers: ['envoy'], passthrough: ['/docker-entrypoint.sh'], stop: CLEAN_STOP, ports: [10000], idleMi: 18 }, tags: { 'v1.32-latest': 63.1, 'v1.31-latest': 62.0, 'v1.32.2': 63.1 } },
  { repo: 'docker.io/library/registry', profile: { entrypoint: ['/entrypoint.sh'], cmd: ['/etc/docker/registry/config.yml'], shell: 'busybox', servers: ['registry', '/bin/registry'], passthrough: ['/entrypoint.sh'], stop: GO_STOP, boot: 'registry', ports: [5000], idleMi: 9 }, tags: { '2': 9.4, '2.8': 9.4, latest: 9.4 } },
  { repo: 'docker.io/grafana/grafana', profile: { entrypoint: ['/run.sh'], cmd: [], shell: 'busybox', servers: ['/run.sh', 'grafana'], stop: GO_STOP, boot: 'grafana', ports: [3000], idleMi: 70 }, tags: { '11.4.0': 139.0, '11.3.0': 135.7, latest: 139.0 }, versions: { '11.3.0': '11.3.0', '*': '11.4.0' } },
  { repo: 'docker.io/prom/prometheus', profile: { entrypoint: ['/bin/prometheus'], cmd: ['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.path=/prometheus'], shell: 'busybox', servers: ['/bin/prometheus', 'prometheus'], stop: CLEAN_STOP, boot: 'prometheus', ports: [9090], idleMi: 40 }, tags: { 'v3.0.1': 112.3, 'v2.55.1': 104.1, latest: 112.3 }, versions: { 'v2.55.1': '2.55.1', '*': '3.0.1' } },
  { repo: 'docker.io/jenkins/jenkins', profile: { entrypoint: ['/usr/bin/tini', '--', '/usr/local/bin/jenkins.sh'], cmd: [], shell: 'dash', servers: ['/usr/bin/tini'], stop: JVM_STOP, ports: [8080, 50000], idleMi: 450 }, tags: { lts: 285.6, 'lts-jdk17': 281.0, latest: 286.2 } },
];
