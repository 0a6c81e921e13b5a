// ValidateObjectMeta: the name rule of the kind, namespace, labels, annotations and owner
// references. [k8s: staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go]
import type { KObject } from '../../objects/types';
import { type FieldError, fieldErr } from '../errors';
import type { KindInfo } from '../kinds';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, validateAnnotations, validateLabels } from './names';

/** How a kind's names are checked; most kinds use DNS-1123 subdomains. */
const NAME_RULES: Record<string, (name: string) => string[]> = {
  Namespace: isDNS1123Label,
  Service: isDNS1035Label,
};

export function validateObjectMeta(info: KindInfo, obj: KObject): FieldError[] {
  const errs: FieldError[] = [];
  const meta = obj.metadata;
  const rule = NAME_RULES[info.kind] ?? isDNS1123Subdomain;
  for (const m of rule(meta.name)) errs.push(fieldErr.invalid('metadata.name', meta.name, m));
  if (info.namespaced) {
    for (const m of isDNS1123Label(meta.namespace ?? '')) errs.push(fieldErr.invalid('metadata.namespace', meta.namespace, m));
  }
  errs.push(...validateLabels(meta.labels, 'metadata.labels'));
  errs.push(...validateAnnotations(meta.annotations, 'metadata.annotations'));
  const controllers = (meta.ownerReferences ?? []).filter((r) => r.controller);
  if (controllers.length > 1)
    errs.push(fieldErr.invalid('metadata.ownerReferences', meta.ownerReferences, 'Only one reference can have Controller set to true'));
  return errs;
}
