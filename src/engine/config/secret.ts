// Secret (v1): data holds base64 bytes (decoded, and rejected when invalid, by the JSON decoder),
// stringData is merged into data on every write and never stored, type defaults to Opaque, and
// each built-in type requires its keys. Same key, size and `immutable` rules as ConfigMaps.
// [k8s: pkg/apis/core/v1/conversion.go Convert_v1_Secret_To_core_Secret, pkg/apis/core/v1/defaults.go
//  SetDefaults_Secret, pkg/apis/core/validation/validation.go ValidateSecret, ValidateSecretUpdate]
// Simplification: the JSON well-formedness check of .dockercfg/.dockerconfigjson is not modelled.
import { type FieldError, fieldErr } from '../api/errors';
import { type KindInfo, registerKind } from '../api/kinds';
import { type Strategy, registerStrategy } from '../api/strategy';
import { SCHEMAS, objectMeta } from '../api/validation/schemas';
import type { KObject } from '../objects/types';
import { decodeBase64, encodeString } from './base64';
import { MAX_SECRET_SIZE, immutableErrors, keyErrors } from './config-keys';
import { decodeBytesBag, dropEmpty } from './configmap';
import { setOwn } from '../util/own';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

export const SECRET_KIND: KindInfo = {
  kind: 'Secret', group: '', version: 'v1', resource: 'secrets', singular: 'secret', shortNames: [],
  namespaced: true, generation: false, verbs: CRUD,
};
registerKind(SECRET_KIND);

SCHEMAS.Secret = {
  struct: 'Secret',
  // data is map[string][]byte: a value of the wrong type is named `[]uint8` by encoding/json.
  fields: {
    apiVersion: 'string', kind: 'string', metadata: objectMeta, data: { map: { alias: '[]uint8', of: 'string' } }, stringData: { map: 'string' },
    type: { alias: 'v1.SecretType', of: 'string' }, immutable: 'bool',
  },
};

type Bag = Record<string, string>;

/** Decoding (base64), conversion (stringData wins over data) and defaulting of one written Secret. */
export function normalizeSecret(obj: KObject): void {
  const data: Bag = decodeBytesBag('Secret', obj.data) ?? {};
  const stringData = obj.stringData as Bag | undefined;
  if (stringData && typeof stringData === 'object') for (const [k, v] of Object.entries(stringData)) setOwn(data, k, encodeString(String(v)));
  delete obj.stringData;
  obj.data = data;
  dropEmpty(obj, 'data');
  if (!obj.type) obj.type = 'Opaque';
}

function has(data: Bag, key: string): boolean {
  return  Object.hasOwn(data, key);
}

export function validateSecret(secret: KObject): FieldError[] {
  const data = (secret.data ?? {}) as Bag;
  const errs = keyErrors('data', Object.keys(data));
  const total = Object.values(data).reduce((n, v) => n + decodeBase64(v).length, 0);
  if (total > MAX_SECRET_SIZE) errs.push(fieldErr.tooLong('data', MAX_SECRET_SIZE));
  switch (secret.type) {
    case 'kubernetes.io/service-account-token':
      if (!secret.metadata.annotations?.['kubernetes.io/service-account.name'])
        errs.push(fieldErr.required('metadata.annotations[kubernetes.io/service-account.name]'));
      break;
    case 'kubernetes.io/dockercfg':
      if (!has(data, '.dockercfg')) errs.push(fieldErr.required('data[.dockercfg]'));
      break;
    case 'kubernetes.io/dockerconfigjson':
      if (!has(data, '.dockerconfigjson')) errs.push(fieldErr.required('data[.dockerconfigjson]'));
      break;
    case 'kubernetes.io/basic-auth':
      // Upstream builds these paths with NewPath("data[%s]"), so the literal `%s` shows.
      if (!has(data, 'username') && !has(data, 'password'))
        errs.push(fieldErr.required('data[%s][username]'), fieldErr.required('data[%s][password]'));
      break;
    case 'kubernetes.io/ssh-auth':
      if (!data['ssh-privatekey']) errs.push(fieldErr.required('data[%s][ssh-privatekey]'));
      break;
    case 'kubernetes.io/tls':
      if (!has(data, 'tls.crt')) errs.push(fieldErr.required('data[tls.crt]'));
      if (!has(data, 'tls.key')) errs.push(fieldErr.required('data[tls.key]'));
      break;
  }
  return errs;
}

export const secretStrategy: Strategy = {
  default: (obj) => normalizeSecret(obj),
  validate: (obj) => validateSecret(obj),
  validateUpdate(obj, old) {
    const errs: FieldError[] = [];
    if (obj.type !== old.type) errs.push({ ...fieldErr.invalid('type', obj.type, 'field is immutable') });
    return [...errs, ...immutableErrors(obj, old, ['data']), ...validateSecret(obj)];
  },
};

registerStrategy('Secret', secretStrategy);
