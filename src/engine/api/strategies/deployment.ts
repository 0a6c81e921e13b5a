// Deployment (apps/v1): defaults from pkg/apis/apps/v1/defaults.go SetDefaults_Deployment, spec
// validation with the real texts, an immutable selector, and an empty status on create.
// [k8s: pkg/registry/apps/deployment/strategy.go, pkg/apis/apps/validation/validation.go]
// Generation bumps on spec changes are ApiServer's job (status writes leave it alone).
import type { KObject } from '../../objects/types';
import type { FieldError } from '../errors';
import { type Strategy, registerStrategy } from '../strategy';
import { NONNEGATIVE, nonNegative, selectorImmutable, validateDeploymentStrategy, validateSelectorAndTemplate } from '../validation/apps';
import { fieldErr } from '../errors';
import { defaultPodSpec } from '../validation/pod-spec';

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
type Json = any;

export function defaultDeployment(obj: KObject): void {
  const spec: Json = (obj.spec ??= {});
  if (typeof spec !== 'object') return;
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= '25%';
    ru.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  // Templates get the PodSpec and container defaults, not the Pod-only ones (no requests from limits).
  defaultPodSpec(spec.template?.spec);
}

export function validateDeploymentSpec(spec: Json): FieldError[] {
  if (!spec || typeof spec !== 'object') return [fieldErr.required('spec.selector')];
  const errs: FieldError[] = [];
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'));
  errs.push(...validateSelectorAndTemplate(spec, 'spec'));
  errs.push(...validateDeploymentStrategy(spec.strategy, 'spec.strategy'));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  if (spec.progressDeadlineSeconds != null) {
    const pds = spec.progressDeadlineSeconds;
    if (pds < 0) errs.push(fieldErr.invalid('spec.progressDeadlineSeconds', pds, NONNEGATIVE));
    if (pds <= (spec.minReadySeconds ?? 0))
      errs.push(fieldErr.invalid('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'));
  }
  return errs;
}

export const deploymentStrategy: Strategy = {
  default: (obj) => defaultDeployment(obj),
  validate: (obj) => validateDeploymentSpec(obj.spec),
  validateUpdate: (obj, old) => [...validateDeploymentSpec(obj.spec), ...selectorImmutable(obj.spec, old.spec)],
  initialStatus: () => ({}),
};

registerStrategy('Deployment', deploymentStrategy);
