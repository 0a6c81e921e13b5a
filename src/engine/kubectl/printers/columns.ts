// Column sets of `kubectl get` per kind, with their `-o wide` extras, as the table handlers in
// printers.go define them. Kinds without a handler get the server's default `NAME AGE` table.
// [k8s: pkg/printers/internalversion/printers.go AddHandlers]
import { formatSelector } from '../../objects/labels';
import { nodeStatusText } from '../../objects/node';
import type { Container, KObject, Node, Pod } from '../../objects/types';
import { ageOf, translateTimestampSince } from './age';
import { podSummary, restartsCell } from './pod';

export interface KindTable {
  headers: string[];
  wideHeaders: string[];
  /** Cells for one object; `wide` appends the wide cells. */
  row(obj: KObject, now: number, wide: boolean): string[];
}

/** Container names and images, comma-joined (layoutContainerCells). */
export function layoutContainerCells(containers: Container[] | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name).join(','), list.map((c) => c.image ?? '').join(',')];
}

const podTable: KindTable = {
  headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
  wideHeaders: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
  row(obj, now, wide) {
    const pod = obj as Pod;
    const s = podSummary(pod);
    const cells = [pod.metadata.name, s.ready, s.status, restartsCell(s, now), ageOf(pod, now)];
    if (wide) {
      const gates = pod.spec?.readinessGates ?? [];
      let gatesCell = '<none>';
      if (gates.length) {
        const conds = pod.status?.conditions ?? [];
        const trueCount = gates.filter((g) => conds.find((c) => c.type === g.conditionType)?.status === 'True').length;
        gatesCell = `${trueCount}/${gates.length}`;
      }
      cells.push(pod.status?.podIPs?.[0]?.ip || '<none>', pod.spec?.nodeName || '<none>', pod.status?.nominatedNodeName || '<none>', gatesCell);
    }
    return cells;
  },
};

const deploymentTable: KindTable = {
  headers: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
  wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row(d, now, wide) {
    const st = d.status ?? {};
    const cells = [d.metadata.name, `${st.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`, String(st.updatedReplicas ?? 0), String(st.availableReplicas ?? 0), ageOf(d, now)];
    if (wide) {
      // LabelSelectorAsSelector(...).String(): an empty selector prints as "".
      const sel = formatSelector(d.spec?.selector);
      cells.push(...layoutContainerCells(d.spec?.template?.spec?.containers), sel === '<none>' && d.spec?.selector ? '' : sel);
    }
    return cells;
  },
};

const replicaSetTable: KindTable = {
  headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
  wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row(rs, now, wide) {
    const st = rs.status ?? {};
    const cells = [rs.metadata.name, String(rs.spec?.replicas ?? 0), String(st.replicas ?? 0), String(st.readyReplicas ?? 0), ageOf(rs, now)];
    if (wide) cells.push(...layoutContainerCells(rs.spec?.template?.spec?.containers), formatSelector(rs.spec?.selector));
    return cells;
  },
};

/** ROLES: node-role.kubernetes.io/<role> labels and kubernetes.io/role, sorted (findNodeRoles). */
export function nodeRoles(node: Node): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v) roles.add(v);
  }
  return roles.size ? [...roles].sort().join(',') : '<none>';
}

function nodeAddress(node: Node, type: string): string {
  return node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
}

const nodeTable: KindTable = {
  headers: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
  wideHeaders: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
  row(obj, now, wide) {
    const node = obj as Node;
    const info = node.status?.nodeInfo;
    const cells = [node.metadata.name, nodeStatusText(node), nodeRoles(node), ageOf(node, now), info?.kubeletVersion ?? ''];
    if (wide)
      cells.push(
        nodeAddress(node, 'InternalIP'),
        nodeAddress(node, 'ExternalIP'),
        info?.osImage || '<unknown>',
        info?.kernelVersion || '<unknown>',
        info?.containerRuntimeVersion || '<unknown>',
      );
    return cells;
  },
};

/** formatEventSource: component (or reportingController), then ", host" (or reportingInstance). */
function eventSource(ev: KObject): string {
  const source = (ev.source ?? {}) as { component?: string; host?: string };
  const component = source.component || (ev.reportingComponent as string) || '';
  const host = source.host || (ev.reportingInstance as string) || '';
  return host ? `${component}, ${host}` : component;
}

const eventTable: KindTable = {
  headers: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
  wideHeaders: [],
  row(ev, now, wide) {
    const first = ev.firstTimestamp ? translateTimestampSince(ev.firstTimestamp as string, now) : translateTimestampSince(ev.eventTime as string, now);
    let last = ev.lastTimestamp ? translateTimestampSince(ev.lastTimestamp as string, now) : first;
    let count = (ev.count as number) ?? 0;
    const series = ev.series as { lastObservedTime?: string; count?: number } | undefined;
    if (series) {
      last = translateTimestampSince(series.lastObservedTime, now);
      count = series.count ?? 0;
    } else if (count === 0) count = 1;
    const inv = (ev.involvedObject ?? {}) as { kind?: string; name?: string; fieldPath?: string };
    const kind = (inv.kind ?? '').toLowerCase();
    const target = inv.name ? `${kind}/${inv.name}` : kind;
    const message = String(ev.message ?? '').trim();
    if (wide) return [last, String(ev.type ?? ''), String(ev.reason ?? ''), target, inv.fieldPath ?? '', eventSource(ev), message, first, String(count), ev.metadata.name];
    return [last, String(ev.type ?? ''), String(ev.reason ?? ''), target, message];
  },
};
/** Wide events interleave their extra columns, so the header is listed whole. */
export const EVENT_WIDE_HEADERS = ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'SUBOBJECT', 'SOURCE', 'MESSAGE', 'FIRST SEEN', 'COUNT', 'NAME'];

const namespaceTable: KindTable = {
  headers: ['NAME', 'STATUS', 'AGE'],
  wideHeaders: [],
  row: (ns, now) => [ns.metadata.name, ns.status?.phase ?? '', ageOf(ns, now)],
};

const leaseTable: KindTable = {
  headers: ['NAME', 'HOLDER', 'AGE'],
  wideHeaders: [],
  row: (l, now) => [l.metadata.name, l.spec?.holderIdentity ?? '', ageOf(l, now)],
};

/** The server's default table for kinds without a handler. */
export const DEFAULT_TABLE: KindTable = {
  headers: ['NAME', 'AGE'],
  wideHeaders: [],
  row: (o, now) => [o.metadata.name, ageOf(o, now)],
};

const TABLES: Record<string, KindTable> = {
  Pod: podTable,
  Deployment: deploymentTable,
  ReplicaSet: replicaSetTable,
  Node: nodeTable,
  Event: eventTable,
  Namespace: namespaceTable,
  Lease: leaseTable,
};

/** Other printers (services, statefulsets…) register their kind's columns here. */
export function registerTable(kind: string, table: KindTable): void {
  TABLES[kind] = table;
}

export function tableFor(kind: string): KindTable {
  return TABLES[kind] ?? DEFAULT_TABLE;
}

/** Header cells for a kind, wide or not. */
export function headersFor(kind: string, wide: boolean): string[] {
  if (kind === 'Event' && wide) return EVENT_WIDE_HEADERS;
  const t = tableFor(kind);
  return wide ? [...t.headers, ...t.wideHeaders] : t.headers;
}
