// Pod IPs from the node's pod CIDR (10.244.<index+1>.0/24), as the host-local IPAM plugin hands them
// out: round robin from the last allocation, skipping addresses in use. [containernetworking/plugins
// plugins/ipam/host-local/backend/allocator/allocator.go]
import type { NodeRt } from './state';

export function allocatePodIP(rt: NodeRt): string {
  for (let k = 1; k <= 253; k++) {
    const host = ((rt.lastIp - 2 + k) % 253) + 2;
    if (!rt.usedIps[host]) {
      rt.usedIps[host] = true;
      rt.lastIp = host;
      return `10.244.${rt.index + 1}.${host}`;
    }
  }
  return `10.244.${rt.index + 1}.254`; // full: more than 253 pods cannot be admitted (pods: 110)
}

export function releasePodIP(rt: NodeRt, ip: string | undefined): void {
  if (ip?.startsWith('10.244.')) delete rt.usedIps[ip.split('.')[3]];
}
