// Which commands an image has for kubectl exec, beyond its shell: busybox images (busybox,
// alpine and everything built on them) have busybox's applets, wget and nslookup among them;
// Debian/Ubuntu-based images have coreutils but neither wget, curl nor nslookup; a few images add
// curl (curlimages/curl, nicolaka/netshoot, nginx since its Debian bookworm/alpine images) or BIND's
// nslookup (dnsutils, netshoot). busybox ≤ 1.28 has the old, libc-based nslookup the docs' DNS
// pages rely on. Simplification: an image's tools are decided by its repository and shell, not by
// a file list of the image.
import type { ShellFlavor } from '../node/shell';
import type { NslookupFlavor } from './nslookup';

export interface ImageTools {
  flavor?: ShellFlavor;
  nslookup?: NslookupFlavor;
  wget: boolean;
  curl: boolean;
}

/** busybox repositories and tags that ship busybox 1.28 or older. */
const OLD_BUSYBOX: Record<string, (tag: string) => boolean> = {
  'docker.io/library/busybox': (t) => /^1\.(1\d|2[0-8])(\.|$)/.test(t),
  'registry.k8s.io/busybox': () => true,
  'gcr.io/google-containers/busybox': () => true,
  'docker.io/radial/busyboxplus': () => true,
};

// The bootcamp app's node:6 base is buildpack-deps:jessie, which has curl (module 3 curls localhost).
const CURL = new Set(['docker.io/curlimages/curl', 'docker.io/radial/busyboxplus', 'docker.io/nicolaka/netshoot', 'registry.k8s.io/e2e-test-images/agnhost', 'gcr.io/google-samples/kubernetes-bootcamp', 'docker.io/jocatalin/kubernetes-bootcamp']);
// agnhost (alpine with `apk add bind-tools curl …`) is the DNS debugging page's dnsutils pod.
const BIND_NSLOOKUP = new Set(['registry.k8s.io/e2e-test-images/jessie-dnsutils', 'docker.io/nicolaka/netshoot', 'registry.k8s.io/e2e-test-images/agnhost']);
/** nginx tags built on Debian stretch/buster without curl (1.7.9, 1.14.2, 1.16.1). */
const OLD_NGINX = /^1\.(7|14|16)\./;

export function imageTools(repo: string, tag: string, flavor: ShellFlavor | undefined): ImageTools {
  const busybox = flavor === 'busybox';
  const old = Object.hasOwn(OLD_BUSYBOX, repo) && OLD_BUSYBOX[repo](tag);
  const nslookup: NslookupFlavor | undefined = BIND_NSLOOKUP.has(repo) ? 'bind' : busybox ? (old ? 'busybox-old' : 'busybox') : undefined;
  const nginxCurl = repo === 'docker.io/library/nginx' && !OLD_NGINX.test(tag);
  return { flavor, nslookup, wget: busybox, curl: CURL.has(repo) || nginxCurl };
}
