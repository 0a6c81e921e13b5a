// PodDisruptionBudget (policy/v1, pdb): minAvailable or maxUnavailable (int or percent), a
// selector (empty selects every pod of the namespace in policy/v1), unhealthyPodEvictionPolicy;
// status starts zeroed and belongs to the disruption controller and the eviction subresource.
// [k8s: pkg/registry/policy/poddisruptionbudget/strategy.go, pkg/apis/policy/validation/validation.go
//  ValidatePodDisruptionBudgetSpec, pkg/apis/extensions/validation ValidatePositiveIntOrPercent]
// Simplification: selector matchExpressions are checked for their operator only.
import { type FieldError, fieldErr } from '../api/errors';
import { type KindInfo, registerKind } from '../api/kinds';
import { type Strategy, registerStrategy } from '../api/strategy';
import { regexError, validateLabels } from '../api/validation/names';
import { SCHEMAS, objectMeta } from '../api/validation/schemas';
import type { KObject } from '../objects/types';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

export const PDB_KIND: KindInfo = {
  kind: 'PodDisruptionBudget', group: 'policy', version: 'v1', resource: 'poddisruptionbudgets', singular: 'poddisruptionbudget',
  shortNames: ['pdb'], namespaced: true, generation: true, verbs: CRUD,
};
registerKind(PDB_KIND);

const selectorSchema = {
  struct: 'LabelSelector',
  fields: { matchLabels: { map: 'string' as const }, matchExpressions: { arr: { struct: 'LabelSelectorRequirement', fields: { key: 'string' as const, operator: 'string' as const, values: { arr: 'string' as const } } } } },
};
SCHEMAS.PodDisruptionBudget = {
  struct: 'PodDisruptionBudget',
  fields: {
    apiVersion: 'string', kind: 'string', metadata: objectMeta, status: 'any',
    spec: { struct: 'PodDisruptionBudgetSpec', fields: { minAvailable: 'intstr', selector: selectorSchema, maxUnavailable: 'intstr', unhealthyPodEvictionPolicy: 'string' } },
  },
};

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
type Json = any;

const PERCENT = /^[0-9]+%$/;
export const POLICIES = ['IfHealthyBudget', 'AlwaysAllow'];

/** ValidatePositiveIntOrPercent + IsNotMoreThan100Percent. */
function intOrPercent(v: unknown, path: string): FieldError[] {
  if (v == null) return [];
  if (typeof v === 'number') return v < 0 ? [fieldErr.invalid(path, v, 'must be greater than or equal to 0')] : [];
  if (typeof v !== 'string') return [fieldErr.invalid(path, v, "must be an integer or percentage (e.g '5%%')")];
  if (!PERCENT.test(v))
    return [fieldErr.invalid(path, v, regexError("a valid percent string must be a numeric string followed by an ending '%'", '[0-9]+%', ['1%', '93%']))];
  return Number(v.slice(0, -1)) > 100 ? [fieldErr.invalid(path, v, 'must not be greater than 100%')] : [];
}

/**
 * The both-set error prints the internal spec with Go's %#v: pointers as addresses. These are
 * fixed, made-up addresses (real ones differ on every request).
 */
function goSpecValue(spec: Json): string {
  const ptr = (set: boolean, type: string, addr: string) => `(*${type})(${set ? addr : 'nil'})`;
  return (
    `policy.PodDisruptionBudgetSpec{MinAvailable:${ptr(spec.minAvailable != null, 'intstr.IntOrString', '0xc0009a4e20')}, ` +
    `Selector:${ptr(spec.selector != null, 'v1.LabelSelector', '0xc0009a4e40')}, ` +
    `MaxUnavailable:${ptr(spec.maxUnavailable != null, 'intstr.IntOrString', '0xc0009a4e60')}, ` +
    `UnhealthyPodEvictionPolicy:${ptr(spec.unhealthyPodEvictionPolicy != null, 'policy.UnhealthyPodEvictionPolicyType', '0xc0009a4e80')}}`
  );
}

export function validatePdbSpec(spec: Json): FieldError[] {
  const s = spec && typeof spec === 'object' ? spec : {};
  const errs: FieldError[] = [];
  if (s.minAvailable != null && s.maxUnavailable != null)
    errs.push({ type: 'FieldValueInvalid', field: 'spec', detail: `${goSpecValue(s)}: minAvailable and maxUnavailable cannot be both set` });
  errs.push(...intOrPercent(s.minAvailable, 'spec.minAvailable'), ...intOrPercent(s.maxUnavailable, 'spec.maxUnavailable'));
  const sel = s.selector;
  if (sel && typeof sel === 'object') {
    errs.push(...validateLabels(sel.matchLabels, 'spec.selector.matchLabels'));
    (Array.isArray(sel.matchExpressions) ? sel.matchExpressions : []).forEach((e: Json, i: number) => {
      if (!['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(e?.operator))
        errs.push(fieldErr.invalid(`spec.selector.matchExpressions[${i}].operator`, e?.operator ?? '', 'not a valid selector operator'));
    });
  }
  const policy = s.unhealthyPodEvictionPolicy;
  if (policy != null && !POLICIES.includes(policy)) errs.push(fieldErr.notSupported('spec.unhealthyPodEvictionPolicy', policy, POLICIES));
  return errs;
}

export const pdbStrategy: Strategy = {
  default(obj: KObject) {
    obj.spec ??= {};
  },
  validate: (obj) => validatePdbSpec(obj.spec),
  // policy/v1 allows spec updates (the old "updates to poddisruptionbudget spec are forbidden" is gone).
  validateUpdate: (obj) => validatePdbSpec(obj.spec),
  // PodDisruptionBudgetStatus: the int32 counters have no omitempty.
  initialStatus: () => ({ disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 }),
};

registerStrategy('PodDisruptionBudget', pdbStrategy);
