// Pod: defaulting (pkg/apis/core/v1/defaults.go SetDefaults_Pod + PodSpec), admission on create,
// status.phase Pending with the computed QoS class, and the near-immutability of a pod's spec.
// [k8s: pkg/registry/core/pod/strategy.go, pkg/apis/core/validation/validation.go ValidatePod*]
// Binding (spec.nodeName) and status writes go through ApiServer.bind / updateStatus, which do
// not call validateUpdate, exactly as the real binding and status subresources skip it.
import type { KObject, PodSpec } from '../../objects/types';
import { type Strategy, registerStrategy } from '../strategy';
import { validatePodSpec, defaultPodSpec } from '../validation/pod-spec';
import { validatePodSpecUpdate } from '../validation/pod-update';
import { admitDefaultTolerations, admitPodCap, admitPriority, admitServiceAccount } from './pod-admission';
import { computeQOS } from './pod-qos';

// biome-ignore lint/suspicious/noExplicitAny: pod specs are walked as plain JSON.
type Json = any;

/** SetDefaults_Pod: what a Pod gets beyond a template (requests from limits, service links). */
export function defaultPod(pod: KObject): void {
  if (!pod.spec || typeof pod.spec !== 'object') return;
  const spec: Json = pod.spec;
  for (const list of [spec.containers, spec.initContainers]) {
    for (const c of Array.isArray(list) ? list : []) {
      const limits = c?.resources?.limits;
      if (!limits || typeof limits !== 'object') continue;
      const requests = (c.resources.requests ??= {});
      for (const [k, v] of Object.entries(limits)) if (!(k in requests)) requests[k] = v;
    }
  }
  spec.enableServiceLinks ??= true;
  defaultPodSpec(spec);
}

export const podStrategy: Strategy = {
  default: (obj) => defaultPod(obj),
  admit(obj, ctx) {
    admitServiceAccount(obj, ctx);
    admitPriority(obj, ctx);
    admitDefaultTolerations(obj);
    admitPodCap(obj, ctx);
  },
  validate: (obj) => validatePodSpec(obj.spec, 'spec'),
  validateUpdate(obj, old) {
    const errs = validatePodSpec(obj.spec, 'spec');
    if (!obj.spec || !old.spec) return errs;
    return [...errs, ...validatePodSpecUpdate(obj.spec, old.spec)];
  },
  initialStatus: (obj) => ({ phase: 'Pending', qosClass: computeQOS(obj.spec as PodSpec | undefined) }),
};

registerStrategy('Pod', podStrategy);
