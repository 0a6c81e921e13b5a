// `kubectl get` columns for services, endpoints and endpointslices.
// [k8s: pkg/printers/internalversion/printers.go printService, printEndpoints,
//  printEndpointSlice, formatEndpoints, formatDiscoveryPorts, formatDiscoveryEndpoints]
import type { KObject } from '../../objects/types';
import { ageOf } from './age';
import { registerTable } from './columns';

/** labels.FormatLabels: sorted `k=v` pairs, `<none>` when empty. */
export function formatLabelMap(m: Record<string, string> | undefined): string {
  const keys = Object.keys(m ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${(m as Record<string, string>)[k]}`).join(',') : '<none>';
}

export function serviceExternalIP(svc: KObject, wide: boolean): string {
  const spec = svc.spec ?? {};
  const external = (spec.externalIPs as string[] | undefined) ?? [];
  switch (spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return external.length ? external.join(',') : '<none>';
    case 'ExternalName':
      return spec.externalName ?? '';
    case 'LoadBalancer': {
      const ingress = ((svc.status?.loadBalancer?.ingress ?? []) as { ip?: string; hostname?: string }[]).map((i) => i.ip || i.hostname || '');
      const all = [...ingress, ...external];
      if (!all.length) return '<pending>';
      // Without -o wide, more than 2 addresses are cut to `a,b,...`? (loadBalancerStatusStringer: 16 chars).
      const s = all.join(',');
      return !wide && s.length > 16 ? `${s.slice(0, 13)}...` : s;
    }
  }
  return '<unknown>';
}

/** makePortString; a missing number prints as Go's zero value (validation refuses one anyway). */
export function servicePorts(svc: KObject): string {
  const ports = (svc.spec?.ports ?? []) as { port?: number; nodePort?: number; protocol?: string }[];
  if (!ports.length) return '<none>';
  return ports
    .map((p) => {
      const port = p?.port ?? 0;
      const protocol = p?.protocol ?? 'TCP';
      return p?.nodePort && p.nodePort > 0 ? `${port}:${p.nodePort}/${protocol}` : `${port}/${protocol}`;
    })
    .join(',');
}

/** net.JoinHostPort: an IPv6 address goes in brackets. */
function joinHostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * formatEndpoints: ready `ip:port` pairs, at most 3, then ` + N more...`; `<none>` without
 * subsets, and an empty cell when subsets hold only not-ready addresses (as upstream). A port
 * without a number prints as Go's zero value, 0 (validation refuses one; this is for safety).
 */
export function formatEndpoints(ep: KObject): string {
  const subsets = (ep.subsets ?? []) as { addresses?: { ip?: string }[]; ports?: { port?: number }[] }[];
  if (!subsets.length) return '<none>';
  const list: string[] = [];
  let count = 0;
  let more = false;
  for (const ss of subsets) {
    const addrs = ss.addresses ?? [];
    // Headless services may have endpoints without ports: just the IPs.
    const ports = ss.ports?.length ? ss.ports.map((p) => (typeof p?.port === 'number' ? p.port : 0)) : [undefined];
    for (const port of ports) {
      count += addrs.length;
      for (const a of addrs) {
        if (list.length === 3) {
          more = true;
          break;
        }
        const ip = a?.ip ?? '';
        list.push(port === undefined ? ip : joinHostPort(ip, port));
      }
    }
  }
  return more ? `${list.join(',')} + ${count - 3} more...` : list.join(',');
}

/** listWithMoreString: at most 3 items, ` + N more...`, `<unset>` when empty. */
function listWithMore(items: string[]): string {
  const ret = items.slice(0, 3).join(',');
  if (items.length > 3) return `${ret} + ${items.length - 3} more...`;
  return ret || '<unset>';
}

/** formatDiscoveryEndpoints. */
function sliceEndpoints(slice: KObject): string {
  return listWithMore(((slice.endpoints ?? []) as { addresses?: string[] }[]).flatMap((e) => e?.addresses ?? []).map(String));
}

/** formatDiscoveryPorts: the number, else the port's name, else `*` (all ports). */
function slicePorts(slice: KObject): string {
  return listWithMore(((slice.ports ?? []) as { port?: number | null; name?: string | null }[]).map((p) => (p?.port != null ? String(p.port) : p?.name != null ? p.name : '*')));
}

registerTable('Service', {
  headers: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
  wideHeaders: ['SELECTOR'],
  row(svc, now, wide) {
    const cells = [svc.metadata.name, String(svc.spec?.type ?? ''), svc.spec?.clusterIP || '<none>', serviceExternalIP(svc, wide), servicePorts(svc), ageOf(svc, now)];
    if (wide) cells.push(formatLabelMap(svc.spec?.selector));
    return cells;
  },
});

registerTable('Endpoints', {
  headers: ['NAME', 'ENDPOINTS', 'AGE'],
  wideHeaders: [],
  row: (ep, now) => [ep.metadata.name, formatEndpoints(ep), ageOf(ep, now)],
});

registerTable('EndpointSlice', {
  headers: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
  wideHeaders: [],
  row: (s, now) => [s.metadata.name, String(s.addressType ?? ''), slicePorts(s), sliceEndpoints(s), ageOf(s, now)],
});
