// The images a node has before any pod asked for one. kind's node image (kindest/node) ships the
// kubeadm component images in containerd, so on a fresh kind cluster the kube-proxy pods report
// `Container image "registry.k8s.io/kube-proxy:v1.32.0" already present on machine` and start
// without a pull. [kind: images/node (the release build imports the component images)]
// Without this, every node's first pull was kube-proxy's 31 MB: serialised pulls
// (serializeImagePulls) delayed the learner's first pod by ~4 s and drew from the seeded RNG.
// Simplified: only kube-proxy's image; the control-plane images (etcd, apiserver, coredns, …) belong
// to pods this simulator does not run.
import { KUBE_PROXY_IMAGE } from '../network/kube-proxy-daemonset';
import { lookupImage, parseImage } from './images';

/** Full reference → size in bytes, as NodeRt.images holds them. */
export function preloadedImages(): Record<string, number> {
  const out: Record<string, number> = {};
  const parsed = parseImage(KUBE_PROXY_IMAGE);
  const info = parsed.ok ? lookupImage(parsed.ref) : undefined;
  if (info) out[info.ref.full] = info.size;
  return out;
}
