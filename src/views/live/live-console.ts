// The console on a cluster behind an API: `kubectl get` is answered as kubectl answers it, from the
// server's own Table (`as=Table`: kubectl's columns come from the server), laid out by the same
// tabwriter rules as the in-page console. Anything else is for the learner's own terminal (the
// same cluster), and the console says so rather than imitate a command it cannot run faithfully.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/get/get.go, cli-runtime/pkg/printers/tableprinter.go]
// The layout comes straight from the engine's printer module (a pure module with no imports), not
// through src/engine/index.ts, which would bring the whole engine into this chunk.
import { formatTable } from '../../engine/kubectl/printers/table';
import type { ConsoleLine } from '../session/types';
import { refusalLine } from './live-actions';
import type { KubeClient } from './kube-client';

interface Kind {
  resource: string;
  prefix: string;
  namespaced: boolean;
}
const core = (resource: string, namespaced = true): Kind => ({ resource, prefix: '/api/v1', namespaced });
const apps = (resource: string): Kind => ({ resource, prefix: '/apis/apps/v1', namespaced: true });

/** The kinds the stage draws, by every name kubectl accepts for them (plural, singular, short). */
const KINDS: Record<string, Kind> = {};
for (const [names, kind] of [
  [['pods', 'pod', 'po'], core('pods')],
  [['nodes', 'node', 'no'], core('nodes', false)],
  [['services', 'service', 'svc'], core('services')],
  [['events', 'event', 'ev'], core('events')],
  [['namespaces', 'namespace', 'ns'], core('namespaces', false)],
  [['configmaps', 'configmap', 'cm'], core('configmaps')],
  [['deployments', 'deployment', 'deploy'], apps('deployments')],
  [['replicasets', 'replicaset', 'rs'], apps('replicasets')],
  [['statefulsets', 'statefulset', 'sts'], apps('statefulsets')],
  [['endpointslices', 'endpointslice'], { resource: 'endpointslices', prefix: '/apis/discovery.k8s.io/v1', namespaced: true }],
] as const)
  for (const n of names) KINDS[n] = kind;

/** kubectl's Accept for a get: a Table, else the object. */
const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

export interface GetLine {
  kind: Kind;
  name?: string;
  namespace: string;
  all: boolean;
  wide: boolean;
}

/** `[kubectl] get <kind> [name] [-n ns | -A] [-o wide]`, or undefined for any other line. */
export function parseGet(line: string): GetLine | undefined {
  const words = line.trim().split(/\s+/);
  if (words[0] === 'kubectl') words.shift();
  if (words.shift() !== 'get') return undefined;
  const parsed: Partial<GetLine> = { namespace: 'default', all: false, wide: false };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '-n' || w === '--namespace') parsed.namespace = words[++i];
    else if (w.startsWith('--namespace=')) parsed.namespace = w.slice('--namespace='.length);
    else if (w === '-A' || w === '--all-namespaces') parsed.all = true;
    else if (w === '-o' && words[i + 1] === 'wide') parsed.wide = !!++i;
    else if (w === '-owide' || w === '--output=wide' || w === '-o=wide') parsed.wide = true;
    else if (w.startsWith('-')) return undefined;
    else if (!parsed.kind) {
      if (!Object.hasOwn(KINDS, w)) return undefined;
      parsed.kind = KINDS[w];
    } else if (parsed.name === undefined) parsed.name = w;
    else return undefined;
  }
  if (!parsed.kind || !parsed.namespace) return undefined;
  return parsed as GetLine;
}

interface Table {
  columnDefinitions?: { name: string; priority?: number }[];
  rows?: { cells: unknown[]; object?: { metadata?: { namespace?: string } } }[];
}

/** kubectl's output for a parsed get: the table, or what kubectl says when there is nothing. */
export async function runGet(client: KubeClient, get: GetLine): Promise<ConsoleLine[]> {
  const { kind, name } = get;
  const inNamespace = kind.namespaced && !get.all;
  const path = `${kind.prefix}${inNamespace ? `/namespaces/${encodeURIComponent(get.namespace)}` : ''}/${kind.resource}${name ? `/${encodeURIComponent(name)}` : ''}`;
  const r = await client.read(path, TABLE_ACCEPT);
  if (!r.ok) return [{ kind: 'stderr', text: refusalLine(r) }];
  const table = r.object as Table;
  const rows = table.rows ?? [];
  if (rows.length === 0)
    return [{ kind: 'stderr', text: inNamespace ? `No resources found in ${get.namespace} namespace.` : 'No resources found' }];
  // Priority 0 columns, all of them with -o wide (printers/tableprinter.go).
  const shown = (table.columnDefinitions ?? []).map((c, i) => ({ c, i })).filter(({ c }) => get.wide || !c.priority);
  const withNamespace = get.all && kind.namespaced;
  const header = [...(withNamespace ? ['NAMESPACE'] : []), ...shown.map(({ c }) => c.name.toUpperCase())];
  const body = rows.map((row) => [
    ...(withNamespace ? [row.object?.metadata?.namespace ?? ''] : []),
    ...shown.map(({ i }) => cellText(row.cells[i])),
  ]);
  return [{ kind: 'stdout', text: formatTable([header, ...body]).replace(/\n$/, '') }];
}

/** Go's %v of a cell: a number as written, a missing one as `<none>`. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined || cell === '') return cell === '' ? '' : '<none>';
  return String(cell);
}
