// Cluster DNS as a pod sees it: the resolv.conf and hosts file the kubelet writes (ClusterFirst
// policy), and CoreDNS's kubernetes plugin answering from the Services and Endpoints stores:
// `<svc>.<ns>.svc.cluster.local` → the ClusterIP (a headless Service: its ready endpoints' pod IPs),
// `<hostname>.<subdomain>.<ns>.svc.cluster.local` → that pod, `a-b-c-d.<ns>.pod.cluster.local` → a.b.c.d,
// and the resolver's search path with ndots:5.
// [k8s: pkg/kubelet/network/dns/dns.go (search path, ndots), pkg/kubelet/kubelet_pods.go
//  (managedHostsFileContent); coredns/plugin/kubernetes; kubernetes/dns docs/specification.md]
// Queries go to the kube-dns Service (network/coredns-addon.ts): with no ready CoreDNS endpoint
// behind it, nothing answers and every lookup times out.
// Simplifications: a serving CoreDNS answers from the stores directly (its own cache and the pod
// kube-proxy picks are not modelled); ExternalName Services, SRV records and pods'
// dnsPolicy/dnsConfig are not modelled; only IPv4.
import type { Store } from '../api/store';
import type { KObject, Pod } from '../objects/types';

export const CLUSTER_DOMAIN = 'cluster.local';
/** The kube-dns Service's ClusterIP (the kubelet's --cluster-dns). */
export const DNS_SERVER_IP = '10.96.0.10';
export const DNS_SERVER_NAME = `kube-dns.kube-system.svc.${CLUSTER_DOMAIN}`;
const NDOTS = 5;

/** Whether a query to the nameserver gets an answer: kube-dns has a ready endpoint (a CoreDNS pod). */
export function clusterDnsServing(store: Store): boolean {
  const ep = store.get('endpoints', 'kube-system', 'kube-dns');
  return ((ep?.subsets ?? []) as { addresses?: unknown[] }[]).some((s) => (s.addresses ?? []).length > 0);
}

export function searchPath(ns: string): string[] {
  return [`${ns}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
}

/** /etc/resolv.conf of a ClusterFirst pod. */
export function resolvConf(ns: string): string {
  return `search ${searchPath(ns).join(' ')}\nnameserver ${DNS_SERVER_IP}\noptions ndots:${NDOTS}\n`;
}

/** /etc/hosts as the kubelet manages it (hostNetwork off). */
export function hostsFile(pod: Pod): string {
  const ip = pod.status?.podIP ?? '';
  const hostname = (pod.spec?.hostname as string | undefined) ?? pod.metadata.name;
  const sub = pod.spec?.subdomain as string | undefined;
  const names = sub ? `${hostname}.${sub}.${pod.metadata.namespace}.svc.${CLUSTER_DOMAIN}\t${hostname}` : hostname;
  return `# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${ip}\t${names}\n`;
}

export interface Answer {
  /** The fully qualified name that answered. */
  name: string;
  addresses: string[];
  /** The Service answering (ClusterIP Services only: their address has a PTR record). */
  service?: KObject;
}

/** The pod IPs of a headless Service's ready endpoints, in Endpoints order. */
function headlessAddresses(store: Store, ns: string, name: string): string[] {
  const ep = store.get('endpoints', ns, name);
  const subsets = (ep?.subsets ?? []) as { addresses?: { ip: string }[] }[];
  return subsets.flatMap((s) => (s.addresses ?? []).map((a) => a.ip));
}

/** One fully qualified name, as CoreDNS's kubernetes plugin answers it (undefined: NXDOMAIN). */
export function resolveFqdn(store: Store, fqdn: string): Answer | undefined {
  const name = fqdn.toLowerCase().replace(/\.$/, '');
  const suffix = `.svc.${CLUSTER_DOMAIN}`;
  const pod = new RegExp(`^(\\d+)-(\\d+)-(\\d+)-(\\d+)\\.([a-z0-9-]+)\\.pod\\.${CLUSTER_DOMAIN.replace('.', '\\.')}$`).exec(name);
  if (pod) return { name, addresses: [pod.slice(1, 5).join('.')] };
  if (!name.endsWith(suffix)) return undefined;
  const parts = name.slice(0, -suffix.length).split('.');
  if (parts.length === 2) {
    const [svcName, ns] = parts;
    const svc = store.get('services', ns, svcName);
    if (!svc || svc.spec?.type === 'ExternalName') return undefined;
    const clusterIP = svc.spec?.clusterIP as string | undefined;
    if (clusterIP && clusterIP !== 'None') return { name, addresses: [clusterIP], service: svc };
    const addrs = headlessAddresses(store, ns, svcName);
    return addrs.length ? { name, addresses: addrs } : undefined;
  }
  if (parts.length === 3) {
    // A pod's own record under a headless Service: spec.hostname + spec.subdomain.
    const [host, sub, ns] = parts;
    const svc = store.get('services', ns, sub);
    if (svc?.spec?.clusterIP !== 'None') return undefined;
    const ready = new Set(headlessAddresses(store, ns, sub));
    const p = store.list<Pod>('pods', ns).find((x) => x.spec?.hostname === host && x.spec?.subdomain === sub && ready.has(x.status?.podIP ?? ''));
    return p ? { name, addresses: [p.status?.podIP as string] } : undefined;
  }
  return undefined;
}

/** The names the resolver tries for `name`, in order (resolv.conf search with ndots:5). */
export function candidates(name: string, ns: string): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const dots = (name.match(/\./g) ?? []).length;
  const searched = searchPath(ns).map((d) => `${name}.${d}`);
  return dots >= NDOTS ? [name, ...searched] : [...searched, name];
}

/** A name as a pod's resolver looks it up: the first candidate that answers. */
export function lookup(store: Store, name: string, ns: string): Answer | undefined {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return { name, addresses: [name] };
  if (name === 'localhost') return { name, addresses: ['127.0.0.1'] };
  // The resolver times out and reports the name as unresolved (getaddrinfo's EAI_AGAIN).
  if (!clusterDnsServing(store)) return undefined;
  for (const c of candidates(name, ns)) {
    const a = resolveFqdn(store, c);
    if (a) return a;
  }
  return undefined;
}
