// nslookup as three images ship it, each in its own format:
// - busybox ≤ 1.28 (the docs' DNS pages use busybox:1.28): the libc resolver with the search path,
//   `Address 1: IP NAME` lines, `nslookup: can't resolve 'x'`;
// - busybox ≥ 1.29 (its own resolver): `Address:\t10.96.0.10:53`, `Name:\tFQDN`, `** server can't find`;
// - BIND's (dnsutils, netshoot): `Address:\t10.96.0.10#53`.
// [busybox networking/nslookup.c (1.28 and 1.36); bind9 bin/dig/nslookup.c]
// Simplification: busybox ≥ 1.29 also prints an NXDOMAIN line for every search-domain candidate and
// AAAA query that fails; here a found name prints only its answer, a missing one one NXDOMAIN line.
import type { Store } from '../api/store';
import { type Answer, DNS_SERVER_IP, DNS_SERVER_NAME, clusterDnsServing, lookup } from './dns';

export type NslookupFlavor = 'busybox-old' | 'busybox' | 'bind';

export interface ToolOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The PTR name of an address the answer gives (a ClusterIP's Service name). */
function ptr(a: Answer, ip: string): string {
  return a.service && a.service.spec?.clusterIP === ip ? ` ${a.service.metadata.name}.${a.service.metadata.namespace}.svc.cluster.local` : '';
}

export function nslookup(store: Store, ns: string, args: string[], flavor: NslookupFlavor): ToolOutput {
  const operands = args.filter((a) => !a.startsWith('-'));
  const name = operands[0];
  if (!name) {
    if (flavor === 'bind') return { stdout: '', stderr: '', exitCode: 0 };
    return { stdout: '', stderr: 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n', exitCode: 1 };
  }
  if (!clusterDnsServing(store)) return timedOut(name, flavor);
  const a = lookup(store, name, ns);
  if (flavor === 'busybox-old') {
    const head = `Server:    ${DNS_SERVER_IP}\nAddress 1: ${DNS_SERVER_IP} ${DNS_SERVER_NAME}\n\n`;
    if (!a) return { stdout: head, stderr: `nslookup: can't resolve '${name}'\n`, exitCode: 1 };
    const lines = a.addresses.map((ip, k) => `Address ${k + 1}: ${ip}${ptr(a, ip)}\n`).join('');
    return { stdout: `${head}Name:      ${name}\n${lines}`, stderr: '', exitCode: 0 };
  }
  const head = `Server:\t\t${DNS_SERVER_IP}\nAddress:\t${DNS_SERVER_IP}${flavor === 'bind' ? '#53' : ':53'}\n\n`;
  if (!a) return { stdout: `${head}** server can't find ${name}: NXDOMAIN\n\n`, stderr: '', exitCode: 1 };
  const blocks = a.addresses.map((ip) => `Name:\t${a.name}\nAddress: ${ip}\n`).join('');
  return { stdout: `${head}${blocks}\n`, stderr: '', exitCode: 0 };
}

/**
 * No CoreDNS pod behind kube-dns: the query gets no answer. busybox ≥ 1.29 gives up with its
 * resolver's words; BIND 9.18 (agnhost, netshoot) reports each of its 3 tries; busybox 1.28 (the
 * libc resolver) shows the server without its name (the PTR lookup failed too) and cannot resolve.
 * Simplification: the real tools wait (5 s per try) first; here no virtual time passes.
 */
function timedOut(name: string, flavor: NslookupFlavor): ToolOutput {
  if (flavor === 'busybox-old') return { stdout: `Server:    ${DNS_SERVER_IP}\nAddress 1: ${DNS_SERVER_IP}\n\n`, stderr: `nslookup: can't resolve '${name}'\n`, exitCode: 1 };
  if (flavor === 'bind') return { stdout: `${`;; communications error to ${DNS_SERVER_IP}#53: timed out\n`.repeat(3)};; no servers could be reached\n\n`, stderr: '', exitCode: 1 };
  return { stdout: ';; connection timed out; no servers could be reached\n\n', stderr: '', exitCode: 1 };
}
