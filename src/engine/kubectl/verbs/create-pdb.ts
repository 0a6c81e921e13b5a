// `kubectl create poddisruptionbudget|pdb NAME --selector=… --min-available=N|N% | --max-unavailable=…`:
// the policy/v1 PodDisruptionBudget `--dry-run=client -o yaml|json` shows (its zero status
// included: those counters are not omitempty), and kubectl's own validation errors.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/create/create_pdb.go Validate, createPodDisruptionBudgets;
//  staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go ParseToLabelSelector]
import type { NewObject } from '../../objects/types';
import { type Requirement, SelectorParseError, parseSelector } from '../../objects/labels';
import { namespaceFlag } from '../resources';
import type { Verb } from '../verb';
import { createGenerated } from './create';
import { DRY_RUN_FLAG, OUTPUT_FLAG, dryRunOf, nameArg } from './object-common';

function fail(message: string) {
  return { stdout: '', stderr: `error: ${message}\n`, exitCode: 1 };
}

/** Validate's regexp: a number or a percentage (10, 30%), not 10Gb. */
const AMOUNT = /^[0-9]+%?$/;

/** intstr.Parse: a whole number stays a number, anything else a string. */
function intOrString(v: string): number | string {
  return /^[0-9]+$/.test(v) && Number(v) <= 2 ** 31 - 1 ? Number(v) : v;
}

/**
 * ParseToLabelSelector: `k=v` / `k==v` become matchLabels, `in`/`notin`/`k`/`!k` matchExpressions
 * (labels.Parse sorts the requirements by key); `!=` has no LabelSelector form.
 */
function toLabelSelector(reqs: Requirement[]): { selector: Record<string, unknown> } | { error: string } {
  const matchLabels: Record<string, string> = {};
  const matchExpressions: Record<string, unknown>[] = [];
  for (const r of [...reqs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    if (r.op === '=') matchLabels[r.key] = r.values[0];
    else if (r.op === '!=') return { error: '"!=" is not a valid label selector operator' };
    else if (r.op === 'In' || r.op === 'NotIn') matchExpressions.push({ key: r.key, operator: r.op, values: [...r.values] });
    else matchExpressions.push({ key: r.key, operator: r.op });
  }
  const selector: Record<string, unknown> = {};
  if (Object.keys(matchLabels).length) selector.matchLabels = matchLabels;
  if (matchExpressions.length) selector.matchExpressions = matchExpressions;
  return { selector };
}

export const createPdbVerb: Verb = {
  name: 'poddisruptionbudget',
  aliases: ['pdb'],
  short: 'Create a pod disruption budget with the specified name',
  flags: [{ name: 'selector', type: 'string', default: '' }, { name: 'min-available', type: 'string', default: '' }, { name: 'max-unavailable', type: 'string', default: '' }, DRY_RUN_FLAG, OUTPUT_FLAG],
  run(inv, ctx) {
    const name = nameArg(inv);
    const selectorText = String(inv.flags.selector ?? '');
    const min = String(inv.flags['min-available'] ?? '');
    const max = String(inv.flags['max-unavailable'] ?? '');
    if (!selectorText) return fail('a selector must be specified');
    if (!min && !max) return fail('one of min-available or max-unavailable must be specified');
    if (min && max) return fail('min-available and max-unavailable cannot be both specified');
    if (min && !AMOUNT.test(min)) return fail('invalid format specified for min-available');
    if (max && !AMOUNT.test(max)) return fail('invalid format specified for max-unavailable');
    let reqs: Requirement[];
    try {
      reqs = parseSelector(selectorText);
    } catch (e) {
      if (!(e instanceof SelectorParseError)) throw e;
      return fail(`couldn't parse the selector string "${selectorText}": ${e.message}`);
    }
    const parsed = toLabelSelector(reqs);
    if ('error' in parsed) return fail(parsed.error);
    // Struct order (for -o json): minAvailable, selector, maxUnavailable.
    const spec: Record<string, unknown> = {};
    if (min) spec.minAvailable = intOrString(min);
    spec.selector = parsed.selector;
    if (max) spec.maxUnavailable = intOrString(max);
    const metadata: Record<string, unknown> = { name };
    if (inv.flags.namespace || dryRunOf(inv.flags) !== 'client') metadata.namespace = namespaceFlag(inv.flags);
    metadata.creationTimestamp = null;
    const status = { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 };
    return createGenerated(ctx, { kind: 'PodDisruptionBudget', apiVersion: 'policy/v1', metadata, spec, status } as unknown as NewObject, inv);
  },
};
