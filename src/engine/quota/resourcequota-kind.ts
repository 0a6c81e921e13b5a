// ResourceQuota (v1, `quota`): the hard limits of a namespace, with the status (hard, used) the
// quota controller and the quota admission plugin keep. [k8s: pkg/apis/core/validation/validation.go
// ValidateResourceQuota, ValidateResourceQuotaSpec, validateResourceQuotaScopes;
// pkg/registry/core/resourcequota/strategy.go]
// Simplified: scopeSelector is stored but only the named scopes are enforced; the resource
// names are checked for syntax, not against the list of standard quota resources.
import { type FieldError, fieldErr } from '../api/errors';
import { registerKind } from '../api/kinds';
import { type Strategy, registerStrategy } from '../api/strategy';
import { NONNEGATIVE } from '../api/validation/numbers';
import { ANY, SCHEMAS, resourceList, strings, struct, top } from '../api/validation/schemas';
import { qty } from './quantity';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

registerKind({ kind: 'ResourceQuota', group: '', version: 'v1', resource: 'resourcequotas', singular: 'resourcequota', shortNames: ['quota'], namespaced: true, generation: false, verbs: CRUD });

SCHEMAS.ResourceQuota = top('ResourceQuota', {
  spec: struct('ResourceQuotaSpec', { hard: resourceList, scopes: strings, scopeSelector: ANY }),
});

export const QUOTA_SCOPES = ['BestEffort', 'CrossNamespacePodAffinity', 'NotBestEffort', 'NotTerminating', 'PriorityClass', 'Terminating'];

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
type Json = any;

export function validateResourceQuotaSpec(spec: Json): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries((spec?.hard ?? {}) as Record<string, unknown>)) {
    const q = qty(v);
    if (q && q.milli < 0n) errs.push(fieldErr.invalid(`spec.hard[${k}]`, v, NONNEGATIVE));
  }
  const scopes: unknown[] = Array.isArray(spec?.scopes) ? spec.scopes : [];
  scopes.forEach((s, i) => {
    if (!QUOTA_SCOPES.includes(String(s))) errs.push(fieldErr.notSupported(`spec.scopes[${i}]`, s, QUOTA_SCOPES));
  });
  const has = (s: string) => scopes.includes(s);
  if (has('Terminating') && has('NotTerminating')) errs.push(fieldErr.invalid('spec.scopes', scopes, 'conflicting scopes'));
  if (has('BestEffort') && has('NotBestEffort')) errs.push(fieldErr.invalid('spec.scopes', scopes, 'conflicting scopes'));
  return errs;
}

export const resourceQuotaStrategy: Strategy = {
  validate: (obj) => validateResourceQuotaSpec(obj.spec),
  validateUpdate: (obj) => validateResourceQuotaSpec(obj.spec),
  // PrepareForCreate drops any status: the controller fills hard and used.
  initialStatus: () => ({}),
};

registerStrategy('ResourceQuota', resourceQuotaStrategy);
