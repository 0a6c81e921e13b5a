// The human-readable `kubectl get` output: one table per resource type, a NAMESPACE column with
// -A, a LABELS column with --show-labels, `kind/name` names when several types print together.
// [k8s: staging/src/k8s.io/cli-runtime/pkg/printers/tableprinter.go, kubectl/pkg/cmd/get/get.go]
import { type KindInfo, qualifiedSingular } from '../../api/kinds';
import type { KObject } from '../../objects/types';
import { headersFor, tableFor } from './columns';
import { formatTables } from './table';

export interface TableOptions {
  now: number;
  wide?: boolean;
  /** Prefix names with `pod/`, `deployment.apps/` (several types requested). */
  withKind?: boolean;
  /** -A: a leading NAMESPACE column (namespaced kinds only). */
  allNamespaces?: boolean;
  showLabels?: boolean;
  /** Omit the header row (--no-headers). */
  noHeaders?: boolean;
}

/** labels.FormatLabels: sorted `k=v` pairs, `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${(labels as Record<string, string>)[k]}`).join(',') : '<none>';
}

/** Rows (header first) of one resource type's table. */
export function tableRows(info: KindInfo, objs: KObject[], opts: TableOptions): string[][] {
  const wide = !!opts.wide;
  const withNs = !!opts.allNamespaces && info.namespaced;
  const rows: string[][] = [];
  if (!opts.noHeaders) {
    const h = [...headersFor(info.kind, wide)];
    if (withNs) h.unshift('NAMESPACE');
    if (opts.showLabels) h.push('LABELS');
    rows.push(h);
  }
  const table = tableFor(info.kind);
  for (const o of objs) {
    const cells = table.row(o, opts.now, wide);
    // The NAME column is the first one, except for events (whose name column comes last in wide).
    if (opts.withKind && info.kind !== 'Event') cells[0] = `${qualifiedSingular(info)}/${cells[0]}`;
    if (withNs) cells.unshift(o.metadata.namespace ?? '');
    if (opts.showLabels) cells.push(formatLabels(o.metadata.labels));
    rows.push(cells);
  }
  return rows;
}

/** Several types' tables, blank-line separated; empty types print nothing. */
export function printTables(groups: { info: KindInfo; objs: KObject[] }[], opts: TableOptions): string {
  return formatTables(groups.filter((g) => g.objs.length > 0).map((g) => tableRows(g.info, g.objs, opts)));
}
