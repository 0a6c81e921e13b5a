// Lease (coordination.k8s.io/v1): node heartbeats and leader election. Light validation of
// leaseDurationSeconds and leaseTransitions; renewTime/acquireTime are MicroTime strings
// (RFC 3339 with microseconds), type-checked at decode time (validation/known-fields.ts).
// [k8s: pkg/apis/coordination/validation/validation.go ValidateLeaseSpec]
import { type FieldError, fieldErr } from '../errors';
import { type Strategy, registerStrategy } from '../strategy';

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
export function validateLeaseSpec(spec: any): FieldError[] {
  const errs: FieldError[] = [];
  if (spec?.leaseDurationSeconds != null && spec.leaseDurationSeconds <= 0)
    errs.push(fieldErr.invalid('spec.leaseDurationSeconds', spec.leaseDurationSeconds, 'must be greater than 0'));
  if (spec?.leaseTransitions != null && spec.leaseTransitions < 0)
    errs.push(fieldErr.invalid('spec.leaseTransitions', spec.leaseTransitions, 'must be greater than or equal to 0'));
  return errs;
}

export const leaseStrategy: Strategy = {
  validate: (obj) => validateLeaseSpec(obj.spec),
};

registerStrategy('Lease', leaseStrategy);
