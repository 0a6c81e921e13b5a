// ConfigMap (v1, cm): data (strings) and binaryData (base64 bytes), `immutable`, key and size
// validation with the real texts; nothing is defaulted and a ConfigMap has no status.
// [k8s: pkg/registry/core/configmap/strategy.go, pkg/apis/core/validation/validation.go
//  ValidateConfigMap, ValidateConfigMapUpdate]
// Simplification: Go iterates maps in random order, so with several bad keys the real error
// order varies; here it follows the manifest's key order.
import { apiErrors, type FieldError, fieldErr } from '../api/errors';
import { type KindInfo, registerKind } from '../api/kinds';
import { type Strategy, registerStrategy } from '../api/strategy';
import { SCHEMAS } from '../api/validation/schemas';
import { objectMeta } from '../api/validation/schemas';
import type { KObject } from '../objects/types';
import { CorruptInputError, decodeBase64, encodeBase64, utf8Bytes } from './base64';
import { IMMUTABLE_MSG, MAX_SECRET_SIZE, immutableErrors, keyErrors } from './config-keys';
import { hasOwn, setOwn } from '../util/own';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

export const CONFIGMAP_KIND: KindInfo = {
  kind: 'ConfigMap', group: '', version: 'v1', resource: 'configmaps', singular: 'configmap', shortNames: ['cm'],
  namespaced: true, generation: false, verbs: CRUD,
};
registerKind(CONFIGMAP_KIND);

SCHEMAS.ConfigMap = {
  struct: 'ConfigMap',
  // binaryData is map[string][]byte: a value of the wrong type is named `[]uint8` by encoding/json.
  fields: {
    apiVersion: 'string', kind: 'string', metadata: objectMeta, data: { map: 'string' }, binaryData: { map: { alias: '[]uint8', of: 'string' } },
    immutable: 'bool',
  },
};

type Bag = Record<string, string>;

/** The decode error a []byte map field gives, as `<Kind> in version "v1" cannot be handled as a <Kind>: ...`. */
export function decodeBytesBag(kind: string, bag: unknown): Bag | undefined {
  if (bag == null || typeof bag !== 'object') return undefined;
  const out: Bag = {};
  for (const [k, v] of Object.entries(bag as Record<string, unknown>)) {
    if (typeof v !== 'string') {
      setOwn(out, k, v as string); // a type error: checkDecoding reports it for kubectl
      continue;
    }
    try {
      setOwn(out, k, encodeBase64(decodeBase64(v)));
    } catch (e) {
      if (e instanceof CorruptInputError) throw apiErrors.badRequest(`${kind} in version "v1" cannot be handled as a ${kind}: ${e.message}`);
      throw e;
    }
  }
  return out;
}

/** Stored objects carry no empty maps (etcd's protobuf drops them). */
export function dropEmpty(obj: Record<string, unknown>, field: string): void {
  const v = obj[field];
  if (v != null && typeof v === 'object' && Object.keys(v).length === 0) delete obj[field];
}

function byteLength(s: unknown): number {
  return typeof s === 'string' ? utf8Bytes(s).length : 0;
}

export function validateConfigMap(cm: KObject): FieldError[] {
  const data = (cm.data ?? {}) as Bag;
  const binary = (cm.binaryData ?? {}) as Bag;
  const errs: FieldError[] = [];
  let total = 0;
  for (const [k, v] of Object.entries(data)) {
    errs.push(...keyErrors('data', [k]));
    if (hasOwn(binary, k)) errs.push(fieldErr.invalid(`data[${k}]`, k, 'duplicate of key present in binaryData'));
    total += byteLength(v);
  }
  errs.push(...keyErrors('binaryData', Object.keys(binary)));
  for (const v of Object.values(binary)) total += decodeBase64(v).length;
  // field.NewPath("") prints as "[]" in the message: the error refers to the whole object.
  if (total > MAX_SECRET_SIZE) errs.push(fieldErr.tooLong('[]', MAX_SECRET_SIZE));
  return errs;
}

export const configMapStrategy: Strategy = {
  default(obj) {
    const binary = decodeBytesBag('ConfigMap', obj.binaryData);
    if (binary) obj.binaryData = binary;
    dropEmpty(obj, 'data');
    dropEmpty(obj, 'binaryData');
  },
  validate: (obj) => validateConfigMap(obj),
  validateUpdate: (obj, old) => [...immutableErrors(obj, old, ['data', 'binaryData']), ...validateConfigMap(obj)],
  // ConfigMaps have no status: whatever a client sends there is dropped on create.
  keepStatusOnCreate: false,
};

registerStrategy('ConfigMap', configMapStrategy);
export { IMMUTABLE_MSG };
