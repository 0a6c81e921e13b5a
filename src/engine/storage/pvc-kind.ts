// PersistentVolumeClaim (v1, `pvc`): a request for storage. Defaults volumeMode Filesystem and
// status Pending; admission fills storageClassName from the default StorageClass
// (DefaultStorageClass) and adds the kubernetes.io/pvc-protection finalizer; the spec is
// immutable except resources.requests (growing only, bound claims) and a first volumeName.
// [k8s: pkg/apis/core/validation ValidatePersistentVolumeClaim(Spec|Update),
//  plugin/pkg/admission/storage/persistentvolume/defaultstorageclass]
// Simplification: the immutability error omits the spec diff the real server appends.
import { type FieldError, fieldErr } from '../api/errors';
import { registerKind } from '../api/kinds';
import { type Strategy, registerStrategy } from '../api/strategy';
import type { KObject } from '../objects/types';
import { jsonEqual } from '../util/json-clone';
import { parseQuantity } from '../util/quantity';
import { canonicalQuantity } from '../api/validation/resources';
import { ACCESS_MODES, PVC_PROTECTION_FINALIZER, defaultClass } from './volume-util';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

registerKind({ kind: 'PersistentVolumeClaim', group: '', version: 'v1', resource: 'persistentvolumeclaims', singular: 'persistentvolumeclaim', shortNames: ['pvc'], namespaced: true, generation: false, verbs: CRUD });

export const PVC_SPEC_IMMUTABLE = 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
export function validateClaimSpec(spec: any, path = 'spec'): FieldError[] {
  const errs: FieldError[] = [];
  const modes: string[] = spec?.accessModes ?? [];
  if (modes.length === 0) errs.push(fieldErr.required(`${path}.accessModes`, 'at least 1 access mode is required'));
  for (const m of modes) if (!ACCESS_MODES.includes(m)) errs.push(fieldErr.notSupported(`${path}.accessModes`, m, [...ACCESS_MODES].sort()));
  if (modes.includes('ReadWriteOncePod') && modes.length > 1) errs.push(fieldErr.forbidden(`${path}.accessModes`, 'may not use ReadWriteOncePod with other access modes'));
  const storage = spec?.resources?.requests?.storage;
  if (storage === undefined) errs.push(fieldErr.required(`${path}.resources[storage]`));
  else if ((parseQuantity(storage) ?? 0) <= 0) errs.push(fieldErr.invalid(`${path}.resources[storage]`, canonicalQuantity(storage), 'must be greater than zero'));
  return errs;
}

function validateClaimUpdate(pvc: KObject, old: KObject): FieldError[] {
  const errs = validateClaimSpec(pvc.spec);
  // What may change: a first volumeName (binding) and, for a bound claim, the storage request.
  const a = structuredClone(pvc.spec ?? {});
  const b = structuredClone(old.spec ?? {});
  if (!b.volumeName) a.volumeName = b.volumeName;
  if (old.status?.phase === 'Bound' && a.resources?.requests && b.resources?.requests) a.resources.requests.storage = b.resources.requests.storage;
  delete a.volumeAttributesClassName;
  delete b.volumeAttributesClassName;
  if (!jsonEqual(a, b)) errs.push(fieldErr.forbidden('spec', PVC_SPEC_IMMUTABLE));
  else if ((parseQuantity(pvc.spec?.resources?.requests?.storage) ?? 0) < (parseQuantity(old.spec?.resources?.requests?.storage) ?? 0))
    errs.push(fieldErr.forbidden('spec.resources.requests.storage', 'field can not be less than status.capacity'));
  return errs;
}

export const persistentVolumeClaimStrategy: Strategy = {
  default(pvc) {
    const spec = (pvc.spec ??= {});
    spec.volumeMode ??= 'Filesystem';
  },
  initialStatus: () => ({ phase: 'Pending' }),
  admit(pvc, ctx) {
    // DefaultStorageClass: only an absent class is filled in; "" explicitly asks for none.
    if (pvc.spec && pvc.spec.storageClassName === undefined && !pvc.metadata.annotations?.['volume.beta.kubernetes.io/storage-class']) {
      const sc = defaultClass(ctx.store);
      if (sc) pvc.spec.storageClassName = sc.metadata.name;
    }
    const f = pvc.metadata.finalizers ?? [];
    if (!f.includes(PVC_PROTECTION_FINALIZER)) pvc.metadata.finalizers = [...f, PVC_PROTECTION_FINALIZER];
  },
  validate: (pvc) => validateClaimSpec(pvc.spec),
  validateUpdate: (pvc, old) => validateClaimUpdate(pvc, old),
};

registerStrategy('PersistentVolumeClaim', persistentVolumeClaimStrategy);
