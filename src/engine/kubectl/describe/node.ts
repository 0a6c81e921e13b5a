// `kubectl describe node`: roles, taints, lease, conditions, addresses, capacity, system info,
// the non-terminated pods with their share of allocatable, the allocated totals and events.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go describeNode, describeNodeLease,
//  describeNodeResource, getPodsTotalRequestsAndLimits]
// Simplifications: summed quantities print in our canonical form (`250m`, `128Mi`, bytes when
// not a whole binary unit) where real kubectl keeps the first addend's format; extended
// resources (not cpu/memory/storage/hugepages/pods) are not listed.
import type { ApiServer } from '../../api/api-server';
import type { Lease, Node, Pod } from '../../objects/types';
import { bytes, formatBytes, formatMilliCpu, milliCpu } from '../../util/quantity';
import { translateTimestampSince } from '../printers/age';
import { describeEvents, searchEvents } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline, rfc1123z } from './fields';
import { LEVEL_0, LEVEL_1, type PrefixWriter, tabbedString } from './writer';

type Resources = Record<string, number>;

/** resource.PodRequests/PodLimits: sum of app containers, at least the largest init container. */
function podTotals(pod: Pod, field: 'requests' | 'limits'): Resources {
  const out: Resources = {};
  const value = (name: string, q: unknown): number => (name === 'cpu' ? milliCpu(q) : bytes(q));
  for (const c of pod.spec?.containers ?? []) {
    for (const [k, q] of Object.entries((c.resources?.[field] ?? {}) as Record<string, unknown>)) out[k] = (out[k] ?? 0) + value(k, q);
  }
  for (const c of pod.spec?.initContainers ?? []) {
    for (const [k, q] of Object.entries((c.resources?.[field] ?? {}) as Record<string, unknown>)) out[k] = Math.max(out[k] ?? 0, value(k, q));
  }
  return out;
}

function fmt(name: string, v: number | undefined): string {
  if (!v) return '0';
  return name === 'cpu' ? formatMilliCpu(v) : formatBytes(v);
}

function pct(v: number | undefined, of: number): number {
  return of ? Math.trunc(((v ?? 0) / of) * 100) : 0;
}

function roles(node: Node): string {
  const set = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/') && k.length > 'node-role.kubernetes.io/'.length) set.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v) set.add(v);
  }
  return set.size ? [...set].sort().join(',') : '<none>';
}

function describeLease(api: ApiServer, node: Node, w: PrefixWriter): void {
  const lease = api.store.get<Lease>('leases', 'kube-node-lease', node.metadata.name);
  if (!lease) {
    w.write(LEVEL_0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${node.metadata.name}" not found\n`);
    return;
  }
  w.write(LEVEL_0, 'Lease:\n');
  w.write(LEVEL_1, `HolderIdentity:\t${lease.spec?.holderIdentity ?? '<unset>'}\n`);
  w.write(LEVEL_1, `AcquireTime:\t${lease.spec?.acquireTime ? rfc1123z(lease.spec.acquireTime) : '<unset>'}\n`);
  w.write(LEVEL_1, `RenewTime:\t${lease.spec?.renewTime ? rfc1123z(lease.spec.renewTime) : '<unset>'}\n`);
}

function describeNodeResource(pods: Pod[], node: Node, w: PrefixWriter, now: number): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const alloc = (Object.keys(node.status?.allocatable ?? {}).length ? node.status?.allocatable : node.status?.capacity) ?? {};
  const allocOf = (name: string): number => (name === 'cpu' ? milliCpu(alloc.cpu) : bytes((alloc as Record<string, unknown>)[name]));
  const reqs: Resources = {};
  const lims: Resources = {};
  for (const pod of pods) {
    const r = podTotals(pod, 'requests');
    const l = podTotals(pod, 'limits');
    for (const [k, v] of Object.entries(r)) reqs[k] = (reqs[k] ?? 0) + v;
    for (const [k, v] of Object.entries(l)) lims[k] = (lims[k] ?? 0) + v;
    const cell = (name: string, v: number | undefined): string => `${fmt(name, v)} (${pct(v, allocOf(name))}%)`;
    w.write(
      LEVEL_1,
      `${pod.metadata.namespace}\t${pod.metadata.name}\t\t${cell('cpu', r.cpu)}\t${cell('cpu', l.cpu)}\t${cell('memory', r.memory)}\t${cell('memory', l.memory)}\t${translateTimestampSince(pod.metadata.creationTimestamp, now)}\n`,
    );
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const names = ['cpu', 'memory', 'ephemeral-storage', ...Object.keys(alloc).filter((k) => k.startsWith('hugepages-')).sort()];
  for (const n of names) w.write(LEVEL_1, `${n}\t${fmt(n, reqs[n])} (${pct(reqs[n], allocOf(n))}%)\t${fmt(n, lims[n])} (${pct(lims[n], allocOf(n))}%)\n`);
}

export function describeNode(api: ApiServer, node: Node, now: number, showEvents = true): string {
  // Controllers record node events with the node's uid, kubelets with its name: search both.
  const events = showEvents ? searchEvents(api, { name: node.metadata.name, kind: 'Node', uids: [node.metadata.uid, node.metadata.name] }) : undefined;
  const pods = api.store
    .podsOnNode(node.metadata.name)
    .filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')
    .sort((a, b) => {
      const ka = `${a.metadata.namespace}/${a.metadata.name}`;
      const kb = `${b.metadata.namespace}/${b.metadata.name}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    }) as Pod[];
  return tabbedString((w) => {
    const st = node.status ?? {};
    w.write(LEVEL_0, `Name:\t${node.metadata.name}\n`);
    w.write(LEVEL_0, `Roles:\t${roles(node)}\n`);
    printLabelsMultiline(w, 'Labels', node.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', node.metadata.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
    printTaintsMultiline(w, 'Taints', node.spec?.taints);
    w.write(LEVEL_0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);
    describeLease(api, node, w);
    if (st.conditions?.length) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of st.conditions)
        w.write(LEVEL_1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
    w.write(LEVEL_0, 'Addresses:\n');
    for (const a of st.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
    for (const [title, list] of [
      ['Capacity', st.capacity],
      ['Allocatable', st.allocatable],
    ] as const) {
      const keys = Object.keys(list ?? {}).sort();
      if (!keys.length) continue;
      w.write(LEVEL_0, `${title}:\n`);
      for (const k of keys) w.write(LEVEL_0, `  ${k}:\t${String((list as Record<string, unknown>)[k])}\n`);
    }
    const info = st.nodeInfo;
    w.write(LEVEL_0, 'System Info:\n');
    w.write(LEVEL_0, `  Machine ID:\t${info?.machineID ?? ''}\n`);
    w.write(LEVEL_0, `  System UUID:\t${info?.systemUUID ?? ''}\n`);
    w.write(LEVEL_0, `  Boot ID:\t${info?.bootID ?? ''}\n`);
    w.write(LEVEL_0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
    w.write(LEVEL_0, `  OS Image:\t${info?.osImage ?? ''}\n`);
    w.write(LEVEL_0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`);
    w.write(LEVEL_0, `  Architecture:\t${info?.architecture ?? ''}\n`);
    w.write(LEVEL_0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
    w.write(LEVEL_0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
    if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
    if (node.spec?.podCIDRs?.length) w.write(LEVEL_0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
    if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`);
    describeNodeResource(pods, node, w, now);
    if (events) describeEvents(events, w, now);
  });
}
