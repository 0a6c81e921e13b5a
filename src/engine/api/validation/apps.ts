// apps/v1 workload validation shared by Deployment and ReplicaSet: selectors, the pod template
// and its match with the selector, rolling-update parameters.
// [k8s: pkg/apis/apps/validation/validation.go ValidateDeploymentSpec, ValidateReplicaSetSpec,
//  ValidatePodTemplateSpecForReplicaSet, ValidateRollingUpdateDeployment;
//  staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabelSelector]
import { matchesSelector } from '../../objects/labels';
import type { LabelSelector } from '../../objects/types';
import { type FieldError, fieldErr } from '../errors';
import { isQualifiedName, isValidLabelValue, regexError, validateAnnotations, validateLabels } from './names';
import { nonNegative } from './numbers';
import { validatePodSpec } from './pod-spec';

// biome-ignore lint/suspicious/noExplicitAny: workload specs are walked as plain JSON.
type Json = any;

export { NONNEGATIVE, nonNegative } from './numbers';

/** ValidateLabelSelector; returns also whether LabelSelectorAsSelector would fail. */
function validateLabelSelector(sel: Json, path: string): { errs: FieldError[]; parseable: boolean } {
  const errs = validateLabels(sel.matchLabels, `${path}.matchLabels`);
  let parseable = true;
  (Array.isArray(sel.matchExpressions) ? sel.matchExpressions : []).forEach((e: Json, i: number) => {
    const p = `${path}.matchExpressions[${i}]`;
    const values: unknown[] = Array.isArray(e?.values) ? e.values : [];
    switch (e?.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) {
          errs.push(fieldErr.required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
          parseable = false;
        }
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) {
          errs.push(fieldErr.forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
          parseable = false;
        }
        break;
      default:
        errs.push(fieldErr.invalid(`${p}.operator`, e?.operator ?? '', 'not a valid selector operator'));
        parseable = false;
    }
    for (const m of isQualifiedName(e?.key ?? '')) errs.push(fieldErr.invalid(`${p}.key`, e?.key ?? '', m));
    values.forEach((v, j) => {
      for (const m of isValidLabelValue(String(v))) errs.push(fieldErr.invalid(`${p}.values[${j}]`, v, m));
    });
  });
  return { errs, parseable };
}

/** The selector (required, non-empty, valid) and the template it must select. */
export function validateSelectorAndTemplate(spec: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const sel = spec.selector;
  let parseable = true;
  if (sel == null) errs.push(fieldErr.required(`${path}.selector`));
  else {
    const r = validateLabelSelector(sel, `${path}.selector`);
    errs.push(...r.errs);
    parseable = r.parseable;
    // Upstream says "deployment" here for ReplicaSets too.
    if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0)
      errs.push(fieldErr.invalid(`${path}.selector`, sel, 'empty selector is invalid for deployment'));
  }
  if (!parseable) {
    errs.push(fieldErr.invalid(`${path}.selector`, sel, 'invalid label selector'));
    return errs;
  }
  errs.push(...validateTemplate(spec.template, sel, `${path}.template`));
  return errs;
}

/** ValidatePodTemplateSpecForReplicaSet. A nil selector matches nothing, an empty one is skipped. */
function validateTemplate(template: Json, sel: LabelSelector | undefined, path: string): FieldError[] {
  if (!template || typeof template !== 'object') return [fieldErr.required(path)];
  const errs: FieldError[] = [];
  const labels = template.metadata?.labels;
  const empty = sel != null && Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0;
  if (!empty && !matchesSelector(sel, labels))
    errs.push(fieldErr.invalid(`${path}.metadata.labels`, labels ?? null, '`selector` does not match template `labels`'));
  // Upstream validates template labels at `<path>.labels` (ObjectMeta is embedded in the path).
  errs.push(...validateLabels(labels, `${path}.labels`));
  errs.push(...validateAnnotations(template.metadata?.annotations, `${path}.annotations`));
  errs.push(...validatePodSpec(template.spec, `${path}.spec`));
  const restart = template.spec?.restartPolicy;
  if (restart !== 'Always') errs.push(fieldErr.notSupported(`${path}.spec.restartPolicy`, restart ?? '', ['Always']));
  if (template.spec?.activeDeadlineSeconds != null)
    errs.push(fieldErr.forbidden(`${path}.spec.activeDeadlineSeconds`, 'activeDeadlineSeconds in ReplicaSet is not Supported'));
  return errs;
}

const PERCENT = /^[0-9]+%$/;

export function intOrPercentValue(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && PERCENT.test(v)) return Number(v.slice(0, -1));
  // intstr.IntValue on a non-numeric string is 0.
  const n = Number.parseInt(String(v), 10);
  return Number.isNaN(n) ? 0 : n;
}

export function validatePositiveIntOrPercent(v: unknown, path: string): FieldError[] {
  if (typeof v === 'string') {
    return PERCENT.test(v)
      ? []
      : [fieldErr.invalid(path, v, regexError("a valid percent string must be a numeric string followed by an ending '%'", '[0-9]+%', ['1%', '93%']))];
  }
  if (typeof v === 'number') return nonNegative(v, path);
  return [fieldErr.invalid(path, v, "must be an integer or percentage (e.g '5%%')")];
}

/** ValidateDeploymentStrategy. */
export function validateDeploymentStrategy(strategy: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const type = strategy?.type;
  if (type === 'Recreate') {
    if (strategy.rollingUpdate != null)
      errs.push(fieldErr.forbidden(`${path}.rollingUpdate`, "may not be specified when strategy `type` is 'Recreate'"));
  } else if (type === 'RollingUpdate') {
    const ru = strategy.rollingUpdate;
    if (ru == null) return [fieldErr.required(`${path}.rollingUpdate`, 'this should be defaulted and never be nil')];
    const p = `${path}.rollingUpdate`;
    errs.push(...validatePositiveIntOrPercent(ru.maxUnavailable, `${p}.maxUnavailable`));
    errs.push(...validatePositiveIntOrPercent(ru.maxSurge, `${p}.maxSurge`));
    if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0)
      errs.push(fieldErr.invalid(`${p}.maxUnavailable`, ru.maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
    if (typeof ru.maxUnavailable === 'string' && PERCENT.test(ru.maxUnavailable) && intOrPercentValue(ru.maxUnavailable) > 100)
      errs.push(fieldErr.invalid(`${p}.maxUnavailable`, ru.maxUnavailable, 'must not be greater than 100%'));
  } else {
    errs.push(fieldErr.notSupported(path, strategy ?? null, ['Recreate', 'RollingUpdate']));
  }
  return errs;
}

/** The selector may not change after create (apps/v1). */
export function selectorImmutable(next: Json, old: Json): FieldError[] {
  const a = JSON.stringify(normalizeSelector(next?.selector));
  const b = JSON.stringify(normalizeSelector(old?.selector));
  return a === b ? [] : [fieldErr.invalid('spec.selector', next?.selector ?? null, 'field is immutable')];
}

function normalizeSelector(sel: Json): unknown {
  if (sel == null) return null;
  const labels = sel.matchLabels ?? {};
  return {
    matchLabels: Object.fromEntries(Object.keys(labels).sort().map((k) => [k, labels[k]])),
    matchExpressions: sel.matchExpressions ?? [],
  };
}
