// Images the Kubernetes documentation's examples and tutorials run (kubernetes/website
// content/en/examples and the tutorials' commands): Google's samples, registry.k8s.io test
// images, and the stress tools of the resource pages. Sizes: compressed amd64 sizes, rounded.
import { GO_STOP } from './profiles';
import { OLD_NGINX, PHP_APACHE } from './web';
import type { CatalogueEntry, ImageProfile } from './types';

const HELLO_APP: ImageProfile = { entrypoint: ['/hello-app'], cmd: [], servers: ['/hello-app', './hello-app', 'hello-app'], stop: GO_STOP, boot: 'hello-app', ports: [8080], idleMi: 4 };
// The Kubernetes Basics app: node server.js on 8080 (node:6 base, so a Debian shell).
// Its CMD is the shell form `node server.js`; dash execs the one command, so node is PID 1 and, with
// no SIGTERM handler, ignores the stop signal until SIGKILL (a bootcamp pod takes its 30 s to go).
const BOOTCAMP: ImageProfile = { entrypoint: [], cmd: ['node', 'server.js'], shell: 'dash', servers: ['node'], boot: 'bootcamp', ports: [8080], idleMi: 12 };
// agnhost's ENTRYPOINT is the binary; its subcommand (the args) decides what it serves (see
// container-runtime.ts agnhostServer).
const AGNHOST: ImageProfile = { entrypoint: ['/agnhost'], cmd: ['pause'], shell: 'busybox', servers: ['/agnhost', 'agnhost'], stop: GO_STOP, idleMi: 9 };

export const SAMPLES: CatalogueEntry[] = [
  { repo: 'gcr.io/google-samples/kubernetes-bootcamp', profile: BOOTCAMP, tags: { v1: 80.6 } },
  // Module 6 (rolling update) sets this image; v10 does not exist, which is the module's point.
  { repo: 'docker.io/jocatalin/kubernetes-bootcamp', profile: BOOTCAMP, tags: { v1: 80.6, v2: 80.6 } },
  { repo: 'gcr.io/google-samples/hello-app', profile: HELLO_APP, tags: { '1.0': 10.1, '2.0': 10.3 } },
  { repo: 'us-docker.pkg.dev/google-samples/containers/gke/hello-app', profile: HELLO_APP, tags: { '1.0': 10.1, '2.0': 10.3 } },
  { repo: 'gcr.io/google-samples/node-hello', profile: { entrypoint: [], cmd: ['node', 'server.js'], shell: 'dash', servers: ['node'], stop: { signal: 'SIGTERM', exitCode: 143, ms: 20 }, ports: [8080], idleMi: 12 }, tags: { '1.0': 252.0 } },
  { repo: 'us-docker.pkg.dev/google-samples/containers/gke/gb-frontend', profile: { ...PHP_APACHE, boot: 'apache' }, tags: { v5: 135.8 } },
  { repo: 'us-docker.pkg.dev/google-samples/containers/gke/gb-redis-follower', profile: { entrypoint: [], cmd: ['/run.sh'], shell: 'dash', servers: ['/run.sh', 'redis-server'], stop: { signal: 'SIGTERM', exitCode: 0, ms: 200 }, boot: 'redis', ports: [6379], idleMi: 3 }, tags: { v2: 39.5 }, versions: { '*': '6.0.5' } },
  { repo: 'gcr.io/google-samples/cassandra', profile: { entrypoint: ['/usr/bin/dumb-init', '/bin/bash', '/run.sh'], cmd: [], shell: 'dash', servers: ['/usr/bin/dumb-init'], stop: { signal: 'SIGTERM', exitCode: 143, ms: 2000 }, ports: [7000, 7001, 7199, 9042], idleMi: 1000 }, tags: { v13: 142.3, v14: 144.9 } },
  { repo: 'registry.k8s.io/kubernetes-zookeeper', profile: { entrypoint: [], cmd: ['start-zookeeper'], shell: 'dash', servers: ['start-zookeeper'], stop: { signal: 'SIGTERM', exitCode: 143, ms: 500 }, ports: [2181, 2888, 3888], idleMi: 80 }, tags: { '1.0-3.4.10': 105.1 } },
  { repo: 'registry.k8s.io/hpa-example', profile: PHP_APACHE, tags: { latest: 178.6 }, versions: { '*': '5.6.40' } },
  { repo: 'registry.k8s.io/nginx-slim', profile: { ...OLD_NGINX, idleMi: 2 }, tags: { '0.7': 5.3, '0.8': 5.3, '0.21': 42.1, '0.24': 43.6, '0.27': 44.0 } },
  { repo: 'registry.k8s.io/echoserver', profile: { entrypoint: [], cmd: ['/usr/local/bin/run.sh'], shell: 'dash', servers: ['/usr/local/bin/run.sh', 'nginx'], stop: { signal: 'SIGTERM', exitCode: 0, ms: 80 }, ports: [8080, 8443], idleMi: 4 }, tags: { '1.4': 46.4, '1.10': 46.9 } },
  // The Service debugging page: `kubectl create deployment hostnames --image=registry.k8s.io/serve_hostname`.
  { repo: 'registry.k8s.io/serve_hostname', profile: { entrypoint: ['/serve_hostname'], cmd: [], servers: ['/serve_hostname'], stop: GO_STOP, ports: [9376], idleMi: 2 }, tags: { latest: 2.5, '1.4': 2.5 } },
  { repo: 'registry.k8s.io/e2e-test-images/agnhost', profile: AGNHOST, tags: { '2.39': 51.1, '2.40': 51.3, '2.43': 53.0, '2.45': 54.0 } },
  { repo: 'registry.k8s.io/goproxy', profile: { entrypoint: ['/goproxy'], cmd: [], servers: ['/goproxy'], stop: GO_STOP, ports: [8080], idleMi: 2 }, tags: { '0.1': 2.5 } },
  // "Connect a Frontend to a Backend Using Services": a Go backend and an nginx frontend on 80.
  { repo: 'gcr.io/google-samples/hello-go-gke', profile: { entrypoint: ['/hello'], cmd: [], servers: ['/hello'], stop: GO_STOP, ports: [80], idleMi: 3 }, tags: { '1.0': 4.9 } },
  { repo: 'gcr.io/google-samples/hello-frontend', profile: { ...OLD_NGINX, ports: [80] }, tags: { '1.0': 52.9 } },
  // The MySQL StatefulSet tutorial's backup sidecar.
  { repo: 'gcr.io/google-samples/xtrabackup', profile: { entrypoint: [], cmd: ['bash'], shell: 'dash', idleMi: 0.5 }, tags: { '1.0': 115.4 } },
  // The seccomp tutorial's echo server: `-text=…` on :5678.
  { repo: 'docker.io/hashicorp/http-echo', profile: { entrypoint: ['/http-echo'], cmd: [], servers: ['/http-echo'], stop: GO_STOP, ports: [5678], idleMi: 3 }, tags: { '1.0': 3.1, '0.2.3': 2.9, latest: 3.1 } },
  // The logging sidecar example (admin/logging/two-files-counter-pod-agent-sidecar.yaml).
  { repo: 'registry.k8s.io/fluentd-gcp', profile: { entrypoint: [], cmd: ['/run.sh'], shell: 'dash', servers: ['/run.sh'], stop: { signal: 'SIGTERM', exitCode: 0, ms: 500 }, idleMi: 60 }, tags: { '1.30': 145.6 } },
  // The kube-proxy DaemonSet's image (network/kube-proxy-daemonset.ts): a daemon that runs until stopped.
  { repo: 'registry.k8s.io/kube-proxy', profile: { entrypoint: ['/usr/local/bin/kube-proxy'], cmd: [], servers: ['/usr/local/bin/kube-proxy'], stop: GO_STOP, idleMi: 20 }, tags: { 'v1.32.0': 30.9 } },
  // CoreDNS as kubeadm deploys it (network/coredns-addon.ts): /coredns -conf /etc/coredns/Corefile serves
  // DNS on 53, /health on 8080, /ready on 8181 and metrics on 9153. On SIGTERM the health plugin's
  // `lameduck 5s` keeps it answering for 5 s, then it exits 0.
  { repo: 'registry.k8s.io/coredns/coredns', profile: { entrypoint: ['/coredns'], cmd: [], servers: ['/coredns'], stop: { signal: 'SIGTERM', exitCode: 0, ms: 5000 }, boot: 'coredns', ports: [53, 8080, 8181, 9153], idleMi: 13 }, tags: { 'v1.11.3': 18.6 } },
  { repo: 'registry.k8s.io/liveness', profile: { entrypoint: [], cmd: ['/server'], servers: ['/server'], stop: GO_STOP, ports: [8080], idleMi: 2 }, tags: { latest: 2.4 } },
  { repo: 'quay.io/fluentd_elasticsearch/fluentd', profile: { entrypoint: ['/entrypoint.sh'], cmd: [], shell: 'dash', servers: ['/entrypoint.sh'], stop: { signal: 'SIGTERM', exitCode: 0, ms: 500 }, idleMi: 60 }, tags: { 'v2.5.2': 140.3, 'v4.7.2': 158.0 } },
  // stress 1.0.4 on alpine (polinux/stress): `stress` is on the PATH. Its idle 5 MiB (binary, libc,
  // page cache) puts the docs' 150M worker at the ~155 MiB (162,856,960 bytes) the memory page shows.
  { repo: 'docker.io/polinux/stress', profile: { entrypoint: [], cmd: ['stress', '--help'], shell: 'busybox', programs: { stress: 'stress', '/usr/local/bin/stress': 'stress', '/usr/bin/stress': 'stress' }, idleMi: 5 }, tags: { latest: 4.1, '1.0.4': 4.1 } },
  // vishh/stress: a static Go binary FROM scratch, ENTRYPOINT ["/stress", "-logtostderr"].
  { repo: 'docker.io/vish/stress', profile: { entrypoint: ['/stress', '-logtostderr'], cmd: [], programs: { '/stress': 'vish-stress' }, idleMi: 1 }, tags: { latest: 2.1 } },
];
