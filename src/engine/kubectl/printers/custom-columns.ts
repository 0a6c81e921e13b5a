// `-o custom-columns=HEADER:path,…`: one row per object, each column a JSONPath template.
// [k8s: staging/src/k8s.io/cli-runtime/pkg/printers/customcolumn.go]
import { findResults, goPlainV, JsonPathError } from './jsonpath';
import { parseJsonPath } from './jsonpath-parser';

/**
 * RelaxedJSONPathExpression: a column's path may be written `a.b`, `.a.b`, `{a.b}` or `{.a.b}`.
 */
function relaxed(expr: string): string {
  if (expr === '') return expr;
  const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expr);
  if (!m) throw new JsonPathError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  return `{.${m[1] || m[2]}}`;
}

/**
 * `-o custom-columns=HEADER:path,…`: one row per object, a column's several values joined by
 * commas, `<none>` where a path finds nothing; values print as Go's %v (`map[app:web]`).
 * [k8s: staging/src/k8s.io/cli-runtime/pkg/printers/customcolumn.go]
 */
export function customColumnRows(spec: string, objs: unknown[], noHeaders: boolean): string[][] {
  if (spec === '') throw new JsonPathError('custom-columns format specified but no custom columns given');
  const columns = spec.split(',').map((part) => {
    const i = part.indexOf(':');
    if (i < 0) throw new JsonPathError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, i), path: relaxed(part.slice(i + 1)) };
  });
  const parsed = columns.map((c) => parseJsonPath(c.path));
  const rows: string[][] = noHeaders ? [] : [columns.map((c) => c.header)];
  for (const obj of objs) {
    rows.push(
      parsed.map((nodes) => {
        const sets = findResults(nodes, obj, true);
        const values = sets.flat();
        return sets.length === 0 || sets[0].length === 0 ? ['<none>', ...values.map(goPlainV)].join(',') : values.map(goPlainV).join(',');
      }),
    );
  }
  return rows;
}
