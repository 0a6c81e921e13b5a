// Label selectors: metav1.LabelSelector (matchLabels + matchExpressions) and the string form
// kubectl -l takes ("app=web,tier!=cache,env in (a,b),!legacy").
// [k8s: staging/src/k8s.io/apimachinery/pkg/labels/selector.go]
import { isQualifiedName, isValidLabelValue } from '../api/validation/names';
import type { LabelSelector } from './types';

export type Requirement =
  | { key: string; op: 'In' | 'NotIn'; values: string[] }
  | { key: string; op: 'Exists' | 'DoesNotExist' }
  | { key: string; op: '=' | '!='; values: [string] };

export type Labels = Record<string, string> | undefined;

function matchesRequirement(r: Requirement, labels: Labels): boolean {
  const has = labels != null && Object.hasOwn(labels, r.key);
  const v = has ? (labels as Record<string, string>)[r.key] : undefined;
  switch (r.op) {
    case 'In':
    case '=':
      return has && r.values.includes(v as string);
    case 'NotIn':
    case '!=':
      return !has || !r.values.includes(v as string);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
  }
}

export function selectorRequirements(selector: LabelSelector | undefined | null): Requirement[] {
  if (!selector) return [];
  const reqs: Requirement[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) reqs.push({ key, op: 'In', values: [value] });
  for (const e of selector.matchExpressions ?? []) {
    if (e.operator === 'In' || e.operator === 'NotIn') reqs.push({ key: e.key, op: e.operator, values: e.values ?? [] });
    else if (e.operator === 'Exists' || e.operator === 'DoesNotExist') reqs.push({ key: e.key, op: e.operator });
  }
  return reqs;
}

/**
 * Whether a LabelSelector selects these labels. A nil selector selects nothing; an empty one
 * selects everything (metav1.LabelSelectorAsSelector).
 */
export function matchesSelector(selector: LabelSelector | undefined | null, labels: Labels): boolean {
  if (!selector) return false;
  // The same test as selectorRequirements(selector).every(matchesRequirement), without building
  // the requirements: this runs for every pod a controller or the scheduler looks at.
  const ml = selector.matchLabels;
  if (ml) {
    for (const key of Object.keys(ml)) {
      if (labels == null || !Object.hasOwn(labels, key) || labels[key] !== ml[key]) return false;
    }
  }
  const exprs = selector.matchExpressions;
  if (exprs) {
    for (const e of exprs) {
      const op = e.operator;
      if (op === 'In' || op === 'NotIn') {
        if (!matchesRequirement({ key: e.key, op, values: e.values ?? [] }, labels)) return false;
      } else if (op === 'Exists' || op === 'DoesNotExist') {
        if (!matchesRequirement({ key: e.key, op }, labels)) return false;
      }
    }
  }
  return true;
}

export function matchesRequirements(reqs: Requirement[], labels: Labels): boolean {
  for (let i = 0; i < reqs.length; i++) if (!matchesRequirement(reqs[i], labels)) return false;
  return true;
}

/** A map selector (Service.spec.selector, nodeSelector): every pair must match. */
export function matchesMap(selector: Record<string, string> | undefined, labels: Labels): boolean {
  if (!selector) return false;
  for (const k of Object.keys(selector)) if (labels?.[k] !== selector[k]) return false;
  return true;
}

/** The printed form kubectl uses for a LabelSelector: "app=web,tier in (a,b)". */
export function formatSelector(selector: LabelSelector | undefined | null): string {
  if (!selector) return '<none>';
  const parts: string[] = [];
  for (const r of selectorRequirements(selector)) {
    if (r.op === 'In' && r.values.length === 1 && Object.hasOwn(selector.matchLabels ?? {}, r.key)) parts.push(`${r.key}=${r.values[0]}`);
    else if (r.op === 'In' || r.op === 'NotIn') parts.push(`${r.key} ${r.op.toLowerCase()} (${[...r.values].sort().join(',')})`);
    else if (r.op === 'Exists') parts.push(r.key);
    else if (r.op === 'DoesNotExist') parts.push(`!${r.key}`);
  }
  return parts.length ? parts.sort().join(',') : '<none>';
}

export class SelectorParseError extends Error {}

/** Parses kubectl's -l syntax. Throws SelectorParseError with labels.Parse's wording. */
export function parseSelector(input: string): Requirement[] {
  const reqs: Requirement[] = [];
  const s = input.trim();
  if (s === '') return reqs;
  let i = 0;
  const skipWs = () => {
    while (i < s.length && s[i] === ' ') i++;
  };
  const readKey = (): string => {
    const start = i;
    while (i < s.length && !' ,=!()'.includes(s[i]) && !s.startsWith(' in ', i) && !s.startsWith(' notin ', i)) i++;
    return s.slice(start, i);
  };
  while (i < s.length) {
    skipWs();
    let negate = false;
    if (s[i] === '!') {
      negate = true;
      i++;
      skipWs();
    }
    const key = readKey();
    if (!key) throw new SelectorParseError(`unable to parse requirement: found '${s[i] ?? ''}', expected: identifier`);
    skipWs();
    if (negate) {
      reqs.push({ key, op: 'DoesNotExist' });
    } else if (i >= s.length || s[i] === ',') {
      reqs.push({ key, op: 'Exists' });
    } else if (s.startsWith('!=', i) || s.startsWith('==', i) || s[i] === '=') {
      const op = s.startsWith('!=', i) ? '!=' : '=';
      i += s.startsWith('!=', i) || s.startsWith('==', i) ? 2 : 1;
      skipWs();
      const start = i;
      while (i < s.length && s[i] !== ',' && s[i] !== ' ') i++;
      reqs.push({ key, op, values: [s.slice(start, i)] });
    } else if (s.startsWith('in', i) || s.startsWith('notin', i)) {
      const op = s.startsWith('notin', i) ? 'NotIn' : 'In';
      i += op === 'NotIn' ? 5 : 2;
      skipWs();
      if (s[i] !== '(') throw new SelectorParseError(`unable to parse requirement: found '${s[i] ?? ''}', expected: '('`);
      const close = s.indexOf(')', i);
      if (close < 0) throw new SelectorParseError("unable to parse requirement: found '', expected: ')'");
      const values = s
        .slice(i + 1, close)
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
      reqs.push({ key, op, values });
      i = close + 1;
    } else {
      throw new SelectorParseError(`unable to parse requirement: found '${s[i]}', expected: in, notin, =, ==, !=, gt, lt`);
    }
    const last = reqs[reqs.length - 1];
    const keyErrs = isQualifiedName(last.key);
    if (keyErrs.length) throw new SelectorParseError(`unable to parse requirement: key: Invalid value: "${last.key}": ${keyErrs[0]}`);
    if ('values' in last) {
      last.values.forEach((v, n) => {
        const errs = isValidLabelValue(v);
        if (errs.length) throw new SelectorParseError(`unable to parse requirement: values[${n}][${last.key}]: Invalid value: "${v}": ${errs[0]}`);
      });
    }
    skipWs();
    if (i < s.length) {
      if (s[i] !== ',') throw new SelectorParseError(`found '${s[i]}', expected: ',' or 'end of string'`);
      i++;
    }
  }
  return reqs;
}
