// The three patch types applied to a stored object, as the API server's patch handler does before
// the result goes through update (strategy, validation, resourceVersion): decode the body, apply
// it to the object's JSON, decode the result into the kind's type. Errors are the API server's
// metav1.Status (StatusError); unknown fields are dropped with a warning (fieldValidation=Warn,
// what kubectl patch gets). [k8s: apiserver/pkg/endpoints/handlers/patch.go jsonPatcher,
//  smpPatcher, applyPatchToObject, interpretStrategicMergePatchError]
import { StatusError, apiErrors, fieldErr, fieldErrorBody } from '../errors';
import { findDecodeError, schemaOf } from '../validation/known-fields';
import { type PatchType, decodeJsonPatch, decodeMapPatch } from './decode-patch';
import { type JsonMap, goJson, goV, isMap } from './go-values';
import { JsonPatchError, applyJsonPatch } from './json-patch';
import { mergePatch } from './merge-patch';
import { pruneUnknown } from './prune-unknown';
import { StrategicPatchError, strategicMergePatch } from './strategic-merge-patch';

export type { PatchType } from './decode-patch';

export interface PatchResult {
  object: JsonMap;
  /** The API server's warnings (`unknown field "spec.foo"`), printed by kubectl as `Warning: …`. */
  warnings: string[];
}

/** NewGenericServerResponse(422): the reason is Invalid and the cause is lost (details are empty). */
function unprocessable(): StatusError {
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    message: 'the server rejected our request due to an error in our request',
    reason: 'Invalid',
    details: {},
    code: 422,
  });
}

/** An error that is not a Status: ErrorToAPIStatus makes it a 500 with no reason. */
export function unknownServerError(message: string): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message, reason: '', code: 500 });
}

/** NewInvalid(GroupKind{}, "", patch: Invalid value): a result that does not decode. */
function patchInvalid(value: string, detail: string): StatusError {
  const e = fieldErr.invalid('patch', value, detail);
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    message: ` "" is invalid: patch: ${fieldErrorBody(e)}`,
    reason: 'Invalid',
    details: { causes: [{ reason: e.type, message: fieldErrorBody(e), field: 'patch' }] },
    code: 422,
  });
}

/**
 * Applies `body` (JSON text) of `type` to `current` (a stored object of `kind`). Returns the
 * decoded result and warnings, or throws the API server's StatusError.
 */
export function applyPatch(current: JsonMap, body: string, type: PatchType, kind: string): PatchResult {
  const schema = schemaOf(kind);
  if (!schema) throw unknownServerError(`${type}: unimplemented patch type`);
  let patched: JsonMap;
  let warnings: string[] = [];
  let shown: () => string;
  if (type === 'json') {
    const decoded = decodeJsonPatch(body);
    warnings = decoded.warnings;
    try {
      patched = applyJsonPatch(current, decoded.ops);
    } catch (e) {
      if (e instanceof JsonPatchError) throw unprocessable();
      throw e;
    }
    shown = () => goJson(patched);
  } else if (type === 'merge') {
    patched = mergePatch(current, decodeMapPatch(body, 'merge'));
    shown = () => goJson(patched);
  } else {
    const patch = decodeMapPatch(body, 'strategic');
    const printedPatch = goV(patch);
    try {
      patched = strategicMergePatch(current, patch, schema);
    } catch (e) {
      if (!(e instanceof StrategicPatchError)) throw e;
      if (e.code === 400) throw apiErrors.badRequest(e.message);
      if (e.code === 422) throw unprocessable();
      throw unknownServerError(e.message);
    }
    shown = () => printedPatch;
  }
  if (!isMap(patched)) throw unprocessable();
  const typeError = findDecodeError(kind, patched);
  if (typeError) throw patchInvalid(shown(), typeError);
  const unknown = pruneUnknown(patched, schema);
  return { object: patched, warnings: [...warnings, ...unknown.map((p) => `unknown field "${p}"`)] };
}
