// ReplicaSet (apps/v1): replicas default 1, template defaults, validation shared with Deployment,
// immutable selector, a zeroed status on create.
// [k8s: pkg/apis/apps/v1/defaults.go SetDefaults_ReplicaSet, pkg/registry/apps/replicaset/strategy.go]
import type { KObject } from '../../objects/types';
import { type FieldError, fieldErr } from '../errors';
import { type Strategy, registerStrategy } from '../strategy';
import { nonNegative, selectorImmutable, validateSelectorAndTemplate } from '../validation/apps';
import { defaultPodSpec } from '../validation/pod-spec';

export function defaultReplicaSet(obj: KObject): void {
  const spec = (obj.spec ??= {});
  if (typeof spec !== 'object') return;
  spec.replicas ??= 1;
  defaultPodSpec(spec.template?.spec);
}

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
export function validateReplicaSetSpec(spec: any): FieldError[] {
  if (!spec || typeof spec !== 'object') return [fieldErr.required('spec.selector')];
  return [
    ...nonNegative(spec.replicas, 'spec.replicas'),
    ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...validateSelectorAndTemplate(spec, 'spec'),
  ];
}

export const replicaSetStrategy: Strategy = {
  default: (obj) => defaultReplicaSet(obj),
  validate: (obj) => validateReplicaSetSpec(obj.spec),
  validateUpdate: (obj, old) => [...validateReplicaSetSpec(obj.spec), ...selectorImmutable(obj.spec, old.spec)],
  // ReplicaSetStatus.replicas has no omitempty, so even a fresh status serialises it.
  initialStatus: () => ({ replicas: 0 }),
};

registerStrategy('ReplicaSet', replicaSetStrategy);
