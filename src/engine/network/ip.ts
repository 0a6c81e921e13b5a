// IPv4 text <-> number for the service CIDR, and the allocators for ClusterIPs and NodePorts.
// The real allocators are bitmaps persisted in etcd [k8s: pkg/registry/core/service/ipallocator,
// portallocator]; ours scan the stored Services, so a deleted Service frees its IP and ports
// without extra state. Dynamic ClusterIPs avoid the lower "static" band (min(max(16, size/16), 256)
// addresses), as the real allocator prefers the upper band for random picks.
import type { Store } from '../api/store';
import type { KObject } from '../objects/types';
import type { Rng } from '../sim/rng';
import { NODE_PORT_MAX, NODE_PORT_MIN, SERVICE_CIDR_BASE, SERVICE_CIDR_SIZE } from './kinds';

export function parseIPv4(s: unknown): number | undefined {
  if (typeof s !== 'string') return undefined;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p, i) => p > 255 || (m[i + 1].length > 1 && m[i + 1].startsWith('0')))) return undefined;
  return ((parts[0] << 24) >>> 0) + (parts[1] << 16) + (parts[2] << 8) + parts[3];
}

export function formatIPv4(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function inServiceCIDR(ip: number): boolean {
  return ip > SERVICE_CIDR_BASE && ip < SERVICE_CIDR_BASE + SERVICE_CIDR_SIZE - 1;
}

const STATIC_BAND = 256;

/** ClusterIPs of stored Services other than `except` (namespace/name). */
export function usedClusterIPs(store: Store, except?: KObject): Set<string> {
  const used = new Set<string>();
  for (const s of store.list('services')) {
    if (except && s.metadata.namespace === except.metadata.namespace && s.metadata.name === except.metadata.name) continue;
    for (const ip of (s.spec?.clusterIPs as string[] | undefined) ?? []) used.add(ip);
  }
  return used;
}

export function usedNodePorts(store: Store, except?: KObject): Set<number> {
  const used = new Set<number>();
  for (const s of store.list('services')) {
    if (except && s.metadata.namespace === except.metadata.namespace && s.metadata.name === except.metadata.name) continue;
    for (const p of s.spec?.ports ?? []) if (p.nodePort) used.add(p.nodePort);
  }
  return used;
}

export function allocateClusterIP(store: Store, rng: Rng): string {
  const used = usedClusterIPs(store);
  const span = SERVICE_CIDR_SIZE - 2 - STATIC_BAND;
  const start = rng.int('service-ip', span);
  for (let k = 0; k < span; k++) {
    const ip = formatIPv4(SERVICE_CIDR_BASE + 1 + STATIC_BAND + ((start + k) % span));
    if (!used.has(ip)) return ip;
  }
  throw new Error('range is full');
}

export function allocateNodePort(used: Set<number>, rng: Rng): number {
  const span = NODE_PORT_MAX - NODE_PORT_MIN + 1;
  const start = rng.int('service-ip', span);
  for (let k = 0; k < span; k++) {
    const port = NODE_PORT_MIN + ((start + k) % span);
    if (!used.has(port)) return port;
  }
  throw new Error('range is full');
}
