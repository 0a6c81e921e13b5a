// Node selector terms as NodeAffinity evaluates them: terms are ORed, the expressions and fields
// inside a term ANDed, and an empty term matches nothing.
// Mirrors component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity.go.
import type { Node } from '../../objects/types';

interface Requirement {
  key: string;
  operator: string;
  values?: string[];
}

interface Term {
  matchExpressions?: Requirement[];
  matchFields?: Requirement[];
}

/** strconv.ParseInt(s, 10, 64) on the values Gt/Lt compare. */
function parseInt64(s: string | undefined): number | undefined {
  if (s === undefined || !/^[+-]?\d+$/.test(s)) return undefined;
  return Number(s);
}

export function requirementMatches(r: Requirement, labels: Record<string, string> | undefined): boolean {
  const has = labels !== undefined && Object.hasOwn(labels, r.key);
  const v = has ? (labels as Record<string, string>)[r.key] : undefined;
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return has && values.includes(v as string);
    case 'NotIn':
      return !has || !values.includes(v as string);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      if (!has || values.length !== 1) return false;
      const a = parseInt64(v);
      const b = parseInt64(values[0]);
      if (a === undefined || b === undefined) return false;
      return r.operator === 'Gt' ? a > b : a < b;
    }
    default:
      return false;
  }
}

/** matchFields supports only metadata.name (with In / NotIn). */
function fieldMatches(r: Requirement, node: Node): boolean {
  if (r.key !== 'metadata.name') return false;
  return requirementMatches(r, { 'metadata.name': node.metadata.name });
}

export function termMatches(term: Term, node: Node): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  const labels = node.metadata.labels;
  for (const r of exprs) if (!requirementMatches(r, labels)) return false;
  for (const r of fields) if (!fieldMatches(r, node)) return false;
  return true;
}

export function anyTermMatches(terms: readonly Term[], node: Node): boolean {
  for (const t of terms) if (termMatches(t, node)) return true;
  return false;
}
