// The historian's ledger (etcd): the revision ticking and the last few writes, one line each, as
// the trace records them (`api-server → etcd write pods web-x`, revision 71). Pure.
import type { TraceEntry } from '../../../engine';
import { isNoise } from '../../stage/podium-notes';

export interface LedgerLine {
  revision: number;
  /** `pod web-7c5d…-x2`: the resource's short name and a name short enough for the page. */
  text: string;
}

/** kubectl's short names, so a ledger line fits beside the historian (`pvc data-db-0`). */
const SHORT: Record<string, string> = {
  pods: 'pod',
  deployments: 'deploy',
  replicasets: 'rs',
  statefulsets: 'sts',
  services: 'svc',
  configmaps: 'cm',
  secrets: 'secret',
  persistentvolumeclaims: 'pvc',
  persistentvolumes: 'pv',
  endpointslices: 'endpointslice',
  endpoints: 'ep',
  nodes: 'node',
  horizontalpodautoscalers: 'hpa',
  poddisruptionbudgets: 'pdb',
};

/** Long generated names keep their head and their distinguishing tail. */
export function shortName(name: string, max = 22): string {
  if (name.length <= max) return name;
  const tail = Math.ceil((max - 1) / 2);
  return `${name.slice(0, max - 1 - tail)}…${name.slice(-tail)}`;
}

/**
 * The newest `count` writes, newest first. Lease renewals and Event writes are left out (they
 * would fill the ledger every second), but the revision shown is the newest of all writes.
 */
export function ledgerOf(trace: readonly TraceEntry[], count = 3, nameMax = 18): { revision?: number; lines: LedgerLine[] } {
  let revision: number | undefined;
  const lines: LedgerLine[] = [];
  for (let i = trace.length - 1; i >= 0 && lines.length < count; i--) {
    const e = trace[i];
    if (e.verb !== 'write' || e.revision === undefined) continue;
    revision ??= e.revision;
    if (isNoise(e)) continue;
    lines.push({ revision: e.revision, text: `${SHORT[e.resource ?? ''] ?? e.resource ?? ''} ${shortName(e.name ?? '', nameMax)}`.trim() });
  }
  return { revision, lines };
}

/** The ledger as one string (names cut to `nameMax` characters) (a store selector's stable value: the ledger redraws only on a new write). */
export function ledgerKey(trace: readonly TraceEntry[], nameMax?: number, count = 3): string {
  const { revision, lines } = ledgerOf(trace, count, nameMax);
  return [revision ?? '', ...lines.map((l) => `${l.revision} ${l.text}`)].join('\n');
}
