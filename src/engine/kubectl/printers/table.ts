// The table layout of `kubectl get`: rows of cells aligned by Go's text/tabwriter as cli-runtime
// configures it (minwidth 6, padding 3, pad char ' ', no trailing padding on the last cell).
// [k8s: staging/src/k8s.io/cli-runtime/pkg/printers/tablewriter.go, go/src/text/tabwriter]
// A blank line ends a column block, so tables separated by one align independently (`get all`).

const MIN_WIDTH = 6;
const PADDING = 3;

/** Go's tabwriter counts runes, not UTF-16 units. */
function width(s: string): number {
  return [...s].length;
}

/**
 * Aligns rows (the first is usually the header) as tabwriter would: every column but the last
 * is padded to max(minwidth, widest cell + padding). Returns lines ending in "\n".
 */
export function formatTable(rows: string[][]): string {
  if (rows.length === 0) return '';
  const cols = Math.max(...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < cols - 1; c++) {
    let w = MIN_WIDTH;
    for (const r of rows) if (c < r.length - 1) w = Math.max(w, width(r[c]) + PADDING);
    widths.push(w);
  }
  let out = '';
  for (const r of rows) {
    let line = '';
    for (let c = 0; c < r.length; c++) {
      line += c < r.length - 1 ? r[c] + ' '.repeat(widths[c] - width(r[c])) : r[c];
    }
    out += `${line}\n`;
  }
  return out;
}

/** Several tables, one blank line apart (kubectl get all, get deploy,rs). */
export function formatTables(tables: string[][][]): string {
  return tables
    .filter((t) => t.length > 0)
    .map(formatTable)
    .join('\n');
}
