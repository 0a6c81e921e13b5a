// StorageClass (storage.k8s.io/v1, cluster-scoped): how dynamic volumes are made. Defaults
// reclaimPolicy Delete and volumeBindingMode Immediate; provisioner, parameters and reclaimPolicy
// cannot change after create. [k8s: pkg/apis/storage/v1/defaults.go,
// pkg/apis/storage/validation/validation.go ValidateStorageClass/ValidateStorageClassUpdate]
import { type FieldError, fieldErr } from '../api/errors';
import { registerKind } from '../api/kinds';
import { type Strategy, registerStrategy } from '../api/strategy';
import type { KObject } from '../objects/types';
import { jsonEqual } from '../util/json-clone';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

registerKind({ kind: 'StorageClass', group: 'storage.k8s.io', version: 'v1', resource: 'storageclasses', singular: 'storageclass', shortNames: ['sc'], namespaced: false, generation: false, verbs: CRUD });

function validateStorageClass(sc: KObject): FieldError[] {
  const errs: FieldError[] = [];
  if (!sc.provisioner) errs.push(fieldErr.required('provisioner'));
  const rp = sc.reclaimPolicy;
  if (rp !== 'Delete' && rp !== 'Retain') errs.push(fieldErr.notSupported('reclaimPolicy', rp ?? '', ['Delete', 'Retain']));
  const mode = sc.volumeBindingMode;
  if (mode !== 'Immediate' && mode !== 'WaitForFirstConsumer') errs.push(fieldErr.notSupported('volumeBindingMode', mode ?? '', ['Immediate', 'WaitForFirstConsumer']));
  return errs;
}

export const storageClassStrategy: Strategy = {
  default(sc) {
    sc.reclaimPolicy ??= 'Delete';
    sc.volumeBindingMode ??= 'Immediate';
  },
  validate: (sc) => validateStorageClass(sc),
  validateUpdate(sc, old) {
    const errs = validateStorageClass(sc);
    if (!jsonEqual(sc.parameters ?? {}, old.parameters ?? {})) errs.push(fieldErr.forbidden('parameters', 'updates to parameters are forbidden.'));
    if (sc.provisioner !== old.provisioner) errs.push(fieldErr.forbidden('provisioner', 'updates to provisioner are forbidden.'));
    if (sc.reclaimPolicy !== old.reclaimPolicy) errs.push(fieldErr.forbidden('reclaimPolicy', 'updates to reclaimPolicy are forbidden.'));
    if (sc.volumeBindingMode !== old.volumeBindingMode) errs.push(fieldErr.invalid('volumeBindingMode', sc.volumeBindingMode, 'field is immutable'));
    return errs;
  },
};

registerStrategy('StorageClass', storageClassStrategy);
