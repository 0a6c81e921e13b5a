// The images a node has before any pod asked for one. kind's node image (kindest/node) ships the
// kubeadm component images in containerd, so on a fresh kind cluster the kube-proxy pods report
// `Container image "registry.k8s.io/kube-proxy:v1.32.0" already present on machine` and start
// without a pull. [kind: images/node (the release build imports the component images)]
// Without this, every node's first pull was kube-proxy's 31 MB: serialised pulls
// (serializeImagePulls) delayed the learner's first pod by ~4 s and drew from the seeded RNG.
// CoreDNS's image is there too (kind's node image ships it), so its pods start without a pull.
// Simplified: the control-plane images (etcd, apiserver, …) belong to pods this simulator does not run.
import { COREDNS_IMAGE } from '../network/coredns-addon';
import { KUBE_PROXY_IMAGE } from '../network/kube-proxy-daemonset';
import { lookupImage, parseImage } from './images';

/** Full reference → size in bytes, as NodeRt.images holds them. */
export function preloadedImages(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const image of [KUBE_PROXY_IMAGE, COREDNS_IMAGE]) {
    const parsed = parseImage(image);
    const info = parsed.ok ? lookupImage(parsed.ref) : undefined;
    if (info) out[info.ref.full] = info.size;
  }
  return out;
}
