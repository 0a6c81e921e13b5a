// Key rules shared by ConfigMaps and Secrets (each key becomes a file name in a volume), and the
// immutability rule of `immutable: true`.
// [k8s: staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go IsConfigMapKey,
//  pkg/apis/core/validation/validation.go ValidateConfigMapUpdate, ValidateSecretUpdate]
import { type FieldError, fieldErr } from '../api/errors';
import { regexError } from '../api/validation/names';

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
/** core.MaxSecretSize: the limit for ConfigMaps too. */
export const MAX_SECRET_SIZE = 1024 * 1024;
export const IMMUTABLE_MSG = 'field is immutable when `immutable` is set';

/** IsConfigMapKey: messages, empty when the key is valid. */
export function isConfigMapKey(key: string): string[] {
  const errs: string[] = [];
  if (key.length > 253) errs.push('must be no more than 253 characters');
  if (!CONFIG_KEY.test(key))
    errs.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", '[-._a-zA-Z0-9]+', ['key.name', 'KEY_NAME', 'key-name']));
  if (key === '.') errs.push("must not be '.'");
  else if (key === '..') errs.push("must not be '..'");
  else if (key.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

export function keyErrors(bag: string, keys: string[]): FieldError[] {
  return keys.flatMap((k) => isConfigMapKey(k).map((m) => fieldErr.invalid(`${bag}[${k}]`, k, m)));
}

function same(a: unknown, b: unknown): boolean {
  // reflect.DeepEqual on maps. Stored objects never hold an empty map (etcd's protobuf drops
  // it), so an absent bag and an empty one are treated alike.
  const ka = Object.keys((a ?? {}) as object).sort();
  const kb = Object.keys((b ?? {}) as object).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/** Errors for changing an immutable object (old.immutable true): unsetting it, or any data bag. */
export function immutableErrors(obj: Record<string, unknown>, old: Record<string, unknown>, bags: string[]): FieldError[] {
  if (old.immutable !== true) return [];
  const errs: FieldError[] = [];
  if (obj.immutable !== true) errs.push(fieldErr.forbidden('immutable', IMMUTABLE_MSG));
  for (const bag of bags) if (!same(obj[bag], old[bag])) errs.push(fieldErr.forbidden(bag, IMMUTABLE_MSG));
  return errs;
}
