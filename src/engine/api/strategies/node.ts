// Node: the kubelet registers its Node with status already filled, so create keeps it.
// Light validation of spec.taints and podCIDR.
// [k8s: pkg/registry/core/node/strategy.go, pkg/apis/core/validation/validation.go ValidateNode]
// Simplified: no checks on status (addresses, capacity) — only our own kubelets write it.
import { type FieldError, fieldErr } from '../errors';
import { type Strategy, registerStrategy } from '../strategy';
import { isQualifiedName, isValidLabelValue } from '../validation/names';
import { validateTaintEffect } from '../validation/pod-spec';

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
export function validateNodeSpec(spec: any): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  (Array.isArray(spec?.taints) ? spec.taints : []).forEach((t: { key?: string; value?: string; effect?: string }, i: number) => {
    const p = `spec.taints[${i}]`;
    for (const m of isQualifiedName(t.key ?? '')) errs.push(fieldErr.invalid(`${p}.key`, t.key ?? '', m));
    if (t.value) for (const m of isValidLabelValue(t.value)) errs.push(fieldErr.invalid(`${p}.value`, t.value, m));
    errs.push(...validateTaintEffect(t.effect, false, `${p}.effect`));
    const id = `${t.key}:${t.effect}`;
    if (seen.has(id)) errs.push({ type: 'FieldValueDuplicate', field: p, value: t, detail: 'taints must be unique by key and effect pair' });
    seen.add(id);
  });
  return errs;
}

export const nodeStrategy: Strategy = {
  keepStatusOnCreate: true,
  validate: (obj) => validateNodeSpec(obj.spec),
};

registerStrategy('Node', nodeStrategy);
