// DaemonSet (apps/v1, `ds`): defaulting, validation, the template generation the API server keeps
// in the `deprecated.daemonset.template.generation` annotation, and the zeroed status on create.
// [k8s: pkg/apis/apps/v1/defaults.go SetDefaults_DaemonSet, pkg/registry/apps/daemonset/strategy.go
//  PrepareForCreate/PrepareForUpdate, pkg/apis/apps/validation/validation.go ValidateDaemonSet*,
//  ValidateRollingUpdateDaemonSet, pkg/apis/apps/v1/conversion.go (the annotation)]
import { type FieldError, fieldErr } from '../../api/errors';
import { registerKind } from '../../api/kinds';
import { type Strategy, registerStrategy } from '../../api/strategy';
import { intOrPercentValue, nonNegative, selectorImmutable, validatePositiveIntOrPercent, validateSelectorAndTemplate } from '../../api/validation/apps';
import { defaultPodSpec } from '../../api/validation/pod-spec';
import { I32, SCHEMAS, labelSelector, podTemplate, struct, top } from '../../api/validation/schemas';
import type { KObject } from '../../objects/types';
import { jsonEqual } from '../../util/json-clone';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

registerKind({ kind: 'DaemonSet', group: 'apps', version: 'v1', resource: 'daemonsets', singular: 'daemonset', shortNames: ['ds'], namespaced: true, generation: true, verbs: CRUD, categories: ['all'] });

SCHEMAS.DaemonSet = top('DaemonSet', {
  spec: struct('DaemonSetSpec', {
    selector: labelSelector,
    template: podTemplate,
    updateStrategy: struct('DaemonSetUpdateStrategy', {
      type: 'string',
      rollingUpdate: struct('RollingUpdateDaemonSet', { maxUnavailable: 'intstr', maxSurge: 'intstr' }),
    }),
    minReadySeconds: I32,
    revisionHistoryLimit: I32,
  }),
});

/** extensions.DaemonSetTemplateGenerationKey's annotation on apps/v1 objects. */
export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
type Json = any;

export function defaultDaemonSet(obj: KObject): void {
  const spec: Json = (obj.spec ??= {});
  if (typeof spec !== 'object') return;
  const us = (spec.updateStrategy ??= {});
  us.type ||= 'RollingUpdate';
  if (us.type === 'RollingUpdate') {
    const ru = (us.rollingUpdate ??= {});
    ru.maxUnavailable ??= 1;
    ru.maxSurge ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  defaultPodSpec(spec.template?.spec);
}

function templateGeneration(obj: KObject): number {
  const n = Number.parseInt(obj.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION] ?? '', 10);
  return Number.isFinite(n) ? n : 0;
}

function setTemplateGeneration(obj: KObject, n: number): void {
  obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [TEMPLATE_GENERATION_ANNOTATION]: String(n) };
}

function validateUpdateStrategy(us: Json): FieldError[] {
  const type = us?.type;
  if (type === 'OnDelete') return [];
  if (type !== 'RollingUpdate') return [fieldErr.notSupported('spec.updateStrategy.type', type ?? '', ['OnDelete', 'RollingUpdate'])];
  const ru = us.rollingUpdate;
  if (ru == null) return [fieldErr.required('spec.updateStrategy.rollingUpdate')];
  const p = 'spec.updateStrategy.rollingUpdate';
  const errs = [...validatePositiveIntOrPercent(ru.maxUnavailable, `${p}.maxUnavailable`), ...validatePositiveIntOrPercent(ru.maxSurge, `${p}.maxSurge`)];
  for (const f of ['maxUnavailable', 'maxSurge'])
    if (typeof ru[f] === 'string' && ru[f].endsWith('%') && intOrPercentValue(ru[f]) > 100) errs.push(fieldErr.invalid(`${p}.${f}`, ru[f], 'must not be greater than 100%'));
  const hasUnavailable = intOrPercentValue(ru.maxUnavailable) !== 0;
  const hasSurge = intOrPercentValue(ru.maxSurge) !== 0;
  if (hasUnavailable && hasSurge) errs.push(fieldErr.invalid(`${p}.maxSurge`, ru.maxSurge, 'may not be set when maxUnavailable is non-zero'));
  else if (!hasUnavailable && !hasSurge) errs.push(fieldErr.required(`${p}.maxUnavailable`, 'cannot be 0 when maxSurge is 0'));
  return errs;
}

export function validateDaemonSetSpec(spec: Json): FieldError[] {
  if (!spec || typeof spec !== 'object') return [fieldErr.required('spec.selector')];
  const errs: FieldError[] = [];
  // The selector/template checks are shared with ReplicaSets; two texts name the DaemonSet.
  for (const e of validateSelectorAndTemplate(spec, 'spec')) {
    if (e.detail === 'empty selector is invalid for deployment') errs.push({ ...e, detail: 'empty selector is invalid for daemonset' });
    else if (e.field === 'spec.template.spec.activeDeadlineSeconds') errs.push(fieldErr.forbidden(e.field, 'activeDeadlineSeconds in DaemonSet is not Supported'));
    else errs.push(e);
  }
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateUpdateStrategy(spec.updateStrategy));
  errs.push(...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  return errs;
}

export const daemonSetStrategy: Strategy = {
  default(obj) {
    defaultDaemonSet(obj);
    // PrepareForCreate: TemplateGeneration is at least 1 (an update keeps the old one, below).
    if (!obj.metadata.resourceVersion && !obj.metadata.uid && templateGeneration(obj) < 1) setTemplateGeneration(obj, 1);
  },
  prepareForUpdate(obj, old) {
    // The template generation is server-owned: the old value, plus one when the template changed.
    const gen = templateGeneration(old);
    setTemplateGeneration(obj, jsonEqual(obj.spec?.template, old.spec?.template) ? gen : gen + 1);
  },
  validate: (obj) => validateDaemonSetSpec(obj.spec),
  validateUpdate: (obj, old) => [...validateDaemonSetSpec(obj.spec), ...selectorImmutable(obj.spec, old.spec)],
  // DaemonSetStatus: these four counts have no omitempty.
  initialStatus: () => ({ currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 }),
};

registerStrategy('DaemonSet', daemonSetStrategy);
