// A connection from inside a pod, as the node's network carries it: the name resolved by cluster
// DNS (dns.ts), a ClusterIP translated by kube-proxy's rules to one endpoint (its pick, or a
// rejection when the Service has no endpoint), then the pod IP reached directly, where a server
// listening on the port answers. Nothing outside the cluster resolves (the simulated cluster has
// no upstream DNS), so the internet is unreachable as on an air-gapped cluster.
// [k8s: pkg/proxy/iptables/proxier.go (DNAT to an endpoint, REJECT with no endpoints); a ClusterIP
//  port without a Service port has no rule, so the packet is lost and the connection times out]
import type { Store } from '../api/store';
import { findPort } from '../network/endpoints';
import type { KObject, Pod } from '../objects/types';
import { lookup } from './dns';
import { type HttpResponse, type Listener, respond } from './responses';

/** What the node offers a connection: kube-proxy's choice and the listeners of running containers. */
export interface NetHost {
  store: Store;
  /** The exec'ing pod (its namespace gives the DNS search path; localhost is its own IP). */
  self: Pod;
  /** kube-proxy: the endpoint pod (`ns/name`) a new connection to the Service goes to, undefined when rejected. */
  choose(svcKey: string): string | undefined;
  /** The server listening at pod IP:port, or undefined (nothing listens: refused; no such pod: timeout). */
  listener(ip: string, port: number): Listener | 'refused' | 'unreachable';
}

export type Connection =
  | { ok: true; ip: string; port: number; response?: HttpResponse }
  | { ok: false; error: 'resolve' | 'refused' | 'timeout'; ip?: string; port?: number };

export interface Url {
  scheme: string;
  host: string;
  port: number;
  path: string;
}

/** A URL as the clients read it: `[scheme://]host[:port][/path]`, http by default. */
export function parseUrl(raw: string): Url | undefined {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/:?#]*)(?::(\d*))?([/?#].*)?$/.exec(raw);
  if (!m?.[2]) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  return { scheme, host: m[2], port, path: (m[4] ?? '/').replace(/[?#].*$/, '') || '/' };
}

function serviceByIP(store: Store, ip: string): KObject | undefined {
  return store.list('services').find((s) => s.spec?.clusterIP === ip);
}

/** Opens a connection to host:port and, when something answers, GETs `path`. */
export function connect(net: NetHost, host: string, port: number, path: string): Connection {
  const ns = net.self.metadata.namespace ?? 'default';
  const answer = lookup(net.store, host, ns);
  if (!answer) return { ok: false, error: 'resolve' };
  let ip = answer.addresses[0];
  if (ip === '127.0.0.1') ip = net.self.status?.podIP ?? ip;
  let targetIP = ip;
  let targetPort = port;
  const svc = serviceByIP(net.store, ip);
  if (svc) {
    const sp = ((svc.spec?.ports ?? []) as { port: number; targetPort?: number | string; protocol?: string }[]).find((p) => p.port === port && (p.protocol ?? 'TCP') === 'TCP');
    if (!sp) return { ok: false, error: 'timeout', ip, port };
    const podKey = net.choose(`${svc.metadata.namespace}/${svc.metadata.name}`);
    const [pns, pname] = podKey?.split('/') ?? [];
    const pod = pname ? net.store.get<Pod>('pods', pns, pname) : undefined;
    const tp = pod ? findPort(pod, sp.targetPort ?? sp.port, 'TCP') : undefined;
    if (!pod?.status?.podIP || tp === undefined) return { ok: false, error: 'refused', ip, port };
    targetIP = pod.status.podIP;
    targetPort = tp;
  }
  const l = net.listener(targetIP, targetPort);
  if (l === 'refused') return { ok: false, error: 'refused', ip, port };
  if (l === 'unreachable') return { ok: false, error: 'timeout', ip, port };
  return { ok: true, ip, port, response: respond(l, path) };
}
