// HorizontalPodAutoscaler (autoscaling/v2): the kind's registration, its defaults and validation.
// [k8s: pkg/apis/autoscaling/v2/defaults.go, pkg/apis/autoscaling/validation/validation.go,
//  pkg/registry/autoscaling/horizontalpodautoscaler/strategy.go]
// Simplified: name segment checks on scaleTargetRef/metric names are not modelled; the
// HPAScaleToZero feature gate is off (minReplicas must be >= 1), as in a default cluster.
import { registerKind } from '../api/kinds';
import { type FieldError, fieldErr } from '../api/errors';
import { type Strategy, registerStrategy } from '../api/strategy';
import type { KObject } from '../objects/types';
import { parseQuantity } from '../util/quantity';

// biome-ignore lint/suspicious/noExplicitAny: HPA specs are walked as plain JSON.
type Json = any;

export const HPA_KIND = registerKindOnce();

function registerKindOnce() {
  const info = {
    kind: 'HorizontalPodAutoscaler',
    group: 'autoscaling',
    version: 'v2',
    resource: 'horizontalpodautoscalers',
    singular: 'horizontalpodautoscaler',
    shortNames: ['hpa'],
    namespaced: true,
    generation: true,
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
    categories: ['all'],
  };
  registerKind(info);
  return info;
}

/** autoscaling.DefaultCPUUtilization. */
export const DEFAULT_CPU_UTILIZATION = 80;

/** The scale-up rules the API fills in when a behavior block is given (GenerateHPAScaleUpRules). */
function defaultScaleUp(): Json {
  return {
    stabilizationWindowSeconds: 0,
    selectPolicy: 'Max',
    policies: [
      { type: 'Pods', value: 4, periodSeconds: 15 },
      { type: 'Percent', value: 100, periodSeconds: 15 },
    ],
  };
}

/** Scale-down: the stabilization window stays unset; the controller applies its 300 s flag. */
function defaultScaleDown(): Json {
  return { selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] };
}

/** copyHPAScalingRules: what the user set wins, field by field. */
function mergeRules(from: Json, to: Json): Json {
  if (!from || typeof from !== 'object') return to;
  if (from.selectPolicy != null) to.selectPolicy = from.selectPolicy;
  if (from.stabilizationWindowSeconds != null) to.stabilizationWindowSeconds = from.stabilizationWindowSeconds;
  if (from.policies != null) to.policies = from.policies;
  return to;
}

export function defaultHpa(obj: KObject): void {
  const spec: Json = (obj.spec ??= {});
  if (typeof spec !== 'object') return;
  spec.minReplicas ??= 1;
  if (!Array.isArray(spec.metrics) || spec.metrics.length === 0) {
    spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: DEFAULT_CPU_UTILIZATION } } }];
  }
  if (spec.behavior && typeof spec.behavior === 'object') {
    spec.behavior.scaleUp = mergeRules(spec.behavior.scaleUp, defaultScaleUp());
    spec.behavior.scaleDown = mergeRules(spec.behavior.scaleDown, defaultScaleDown());
  }
}

const METRIC_TYPES = ['ContainerResource', 'External', 'Object', 'Pods', 'Resource'];
const SOURCE_FIELD: Record<string, string> = { Object: 'object', Pods: 'pods', Resource: 'resource', External: 'external', ContainerResource: 'containerResource' };
const MAX_STABILIZATION_WINDOW_SECONDS = 3600;
const MAX_PERIOD_SECONDS = 1800;

function validateTarget(t: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const target = t ?? {};
  if (!target.type) errs.push(fieldErr.required(`${path}.type`, 'must specify a metric target type'));
  if (!['Utilization', 'Value', 'AverageValue'].includes(target.type))
    errs.push(fieldErr.invalid(`${path}.type`, target.type ?? '', 'must be either Utilization, Value, or AverageValue'));
  if (target.value != null && !((parseQuantity(target.value) ?? 0) > 0)) errs.push(fieldErr.invalid(`${path}.value`, target.value, 'must be positive'));
  if (target.averageValue != null && !((parseQuantity(target.averageValue) ?? 0) > 0))
    errs.push(fieldErr.invalid(`${path}.averageValue`, target.averageValue, 'must be positive'));
  // `!(x >= 1)` rather than `x < 1`: a value that is not a number (NaN, an array from an engine
  // caller) fails too instead of reaching the replica calculator as NaN.
  if (target.averageUtilization != null && !(typeof target.averageUtilization === 'number' && target.averageUtilization >= 1))
    errs.push(fieldErr.invalid(`${path}.averageUtilization`, target.averageUtilization, 'must be greater than 0'));
  return errs;
}

function validateResourceSource(src: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!src.name) errs.push(fieldErr.required(`${path}.name`, 'must specify a resource name'));
  errs.push(...validateTarget(src.target, `${path}.target`));
  const t = src.target ?? {};
  if (t.averageUtilization == null && t.averageValue == null)
    errs.push(fieldErr.required(`${path}.target.averageUtilization`, 'must set either a target raw value or a target utilization'));
  if (t.averageUtilization != null && t.averageValue != null)
    errs.push(fieldErr.forbidden(`${path}.target.averageValue`, 'may not set both a target raw value and a target utilization'));
  return errs;
}

function validateMetricSpec(m: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const spec = m ?? {};
  if (!spec.type) errs.push(fieldErr.required(`${path}.type`, 'must specify a metric source type'));
  if (!METRIC_TYPES.includes(spec.type)) errs.push(fieldErr.notSupported(`${path}.type`, spec.type ?? '', METRIC_TYPES));
  const present = Object.values(SOURCE_FIELD).filter((f) => spec[f] != null);
  // Only Resource sources are checked in depth; the other sources need metrics APIs this cluster lacks.
  if (spec.resource != null && present[0] === 'resource') errs.push(...validateResourceSource(spec.resource, `${path}.resource`));
  const expected = Object.hasOwn(SOURCE_FIELD, spec.type) ? SOURCE_FIELD[spec.type] : undefined;
  if (expected && spec[expected] == null) errs.push(fieldErr.required(`${path}.${expected}`, 'must populate information for the given metric source'));
  if (METRIC_TYPES.includes(spec.type) && present.length !== 1)
    for (const f of present) if (f !== expected) errs.push(fieldErr.forbidden(`${path}.${f}`, 'must populate the given metric source only'));
  return errs;
}

function validateRules(rules: Json, path: string): FieldError[] {
  if (!rules || typeof rules !== 'object') return [];
  const errs: FieldError[] = [];
  const w = rules.stabilizationWindowSeconds;
  if (w != null && !(typeof w === 'number' && w >= 0)) errs.push(fieldErr.invalid(`${path}.stabilizationWindowSeconds`, w, 'must be greater than or equal to zero'));
  if (w != null && w > MAX_STABILIZATION_WINDOW_SECONDS)
    errs.push(fieldErr.invalid(`${path}.stabilizationWindowSeconds`, w, `must be less than or equal to ${MAX_STABILIZATION_WINDOW_SECONDS}`));
  if (rules.selectPolicy != null && !['Disabled', 'Max', 'Min'].includes(rules.selectPolicy))
    errs.push(fieldErr.notSupported(`${path}.selectPolicy`, rules.selectPolicy, ['Disabled', 'Max', 'Min']));
  const policies: Json[] = Array.isArray(rules.policies) ? rules.policies : [];
  if (policies.length === 0) errs.push(fieldErr.required(`${path}.policies`, 'must specify at least one Policy'));
  policies.forEach((p, i) => {
    const pp = `${path}.policies[${i}]`;
    if (p?.type !== 'Pods' && p?.type !== 'Percent') errs.push(fieldErr.notSupported(`${pp}.type`, p?.type ?? '', ['Percent', 'Pods']));
    if (!(typeof p?.value === 'number' && p.value > 0)) errs.push(fieldErr.invalid(`${pp}.value`, p?.value ?? 0, 'must be greater than zero'));
    if (!(typeof p?.periodSeconds === 'number' && p.periodSeconds > 0)) errs.push(fieldErr.invalid(`${pp}.periodSeconds`, p?.periodSeconds ?? 0, 'must be greater than zero'));
    if (p?.periodSeconds > MAX_PERIOD_SECONDS)
      errs.push(fieldErr.invalid(`${pp}.periodSeconds`, p.periodSeconds, `must be less than or equal to ${MAX_PERIOD_SECONDS}`));
  });
  return errs;
}

export function validateHpaSpec(spec: Json): FieldError[] {
  const s = spec && typeof spec === 'object' ? spec : {};
  const errs: FieldError[] = [];
  const max = s.maxReplicas ?? 0;
  const min = s.minReplicas;
  // Checked as `!(x >= 1)` so that NaN or a non-number fails (the controller would scale to NaN).
  if (min != null && !(typeof min === 'number' && min >= 1)) errs.push(fieldErr.invalid('spec.minReplicas', min, 'must be greater than or equal to 1'));
  if (!(typeof max === 'number' && max >= 1)) errs.push(fieldErr.invalid('spec.maxReplicas', max, 'must be greater than 0'));
  if (min != null && !(max >= min)) errs.push(fieldErr.invalid('spec.maxReplicas', max, 'must be greater than or equal to `minReplicas`'));
  const ref = s.scaleTargetRef ?? {};
  if (!ref.kind) errs.push(fieldErr.required('spec.scaleTargetRef.kind'));
  if (!ref.name) errs.push(fieldErr.required('spec.scaleTargetRef.name'));
  (Array.isArray(s.metrics) ? s.metrics : []).forEach((m: Json, i: number) => errs.push(...validateMetricSpec(m, `spec.metrics[${i}]`)));
  if (s.behavior && typeof s.behavior === 'object') {
    errs.push(...validateRules(s.behavior.scaleUp, 'spec.behavior.scaleUp'));
    errs.push(...validateRules(s.behavior.scaleDown, 'spec.behavior.scaleDown'));
  }
  return errs;
}

export const hpaStrategy: Strategy = {
  default: (obj) => defaultHpa(obj),
  validate: (obj) => validateHpaSpec(obj.spec),
  // HorizontalPodAutoscalerStatus.desiredReplicas has no omitempty: a new object shows 0.
  initialStatus: () => ({ desiredReplicas: 0 }),
};

registerStrategy('HorizontalPodAutoscaler', hpaStrategy);
