// Reading a patch body as the API server does before applying it: JSON only (kubectl turns YAML
// into JSON first), one decode per patch type with sigs.k8s.io/json's words, and the operation
// limit of a JSON patch. [k8s: apiserver/pkg/endpoints/handlers/patch.go applyJSPatch,
//  strategicPatchObject (fieldValidation defaults to Warn: strict decoding, unknown fields warned)]
// Simplifications: a syntax error is worded by its first bad character (`invalid character 'x'
// looking for beginning of value`, `unexpected end of JSON input`), not by the scanner's state;
// bodies nested deeper than MAX_PATCH_DEPTH levels are refused with encoding/json's depth words
// at that (lower) limit, as kubectl/nesting.ts does for YAML: no field decodes that deep.
import { apiErrors } from '../errors';
import { nestsDeeperThan } from '../../kubectl/nesting';
import { type JsonMap, isMap } from './go-values';
import { MAX_JSON_PATCH_OPERATIONS, type Operation } from './json-patch';
import { BAD_JSON_PATCH } from './merge-patch';

export type PatchType = 'json' | 'merge' | 'strategic';

export const MAX_PATCH_DEPTH = 100;

/** Go's json type word for a value (`cannot unmarshal array into …`). */
function jsonWord(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'object' ? 'object' : typeof v;
}

function syntaxError(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    if (!m || Number(m[1]) >= text.trimEnd().length) return 'unexpected end of JSON input';
    const c = text[Number(m[1])];
    return `invalid character '${c}' looking for beginning of value`;
  }
  return 'unexpected end of JSON input';
}

function firstNonFinite(v: unknown): boolean {
  const stack = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'number' && !Number.isFinite(x)) return true;
    if (x !== null && typeof x === 'object') for (const c of Array.isArray(x) ? x : Object.values(x)) stack.push(c);
  }
  return false;
}

function parse(body: string, prefix: string): unknown {
  let v: unknown;
  try {
    v = body.trim() === '' ? undefined : JSON.parse(body);
  } catch {
    throw apiErrors.badRequest(prefix + syntaxError(body));
  }
  if (v === undefined) throw apiErrors.badRequest(`${prefix}unexpected end of JSON input`);
  if (nestsDeeperThan(v, MAX_PATCH_DEPTH)) throw apiErrors.badRequest(`${prefix}invalid character '${body.trimStart()[0]}' exceeded max depth`);
  // encoding/json refuses a number float64 cannot hold; JSON.parse makes it Infinity.
  if (firstNonFinite(v)) throw apiErrors.badRequest(`${prefix}json: cannot unmarshal number into Go value of type float64`);
  return v;
}

/** A strategic or merge patch: a JSON object. */
export function decodeMapPatch(body: string, type: 'merge' | 'strategic'): JsonMap {
  const prefix = type === 'merge' ? 'error decoding patch: ' : '';
  const v = parse(body, prefix);
  if (v === null) {
    // `null` decodes into a nil map: merge.go refuses it, a strategic merge of nothing is no change.
    if (type === 'merge') throw apiErrors.badRequest(BAD_JSON_PATCH);
    return {};
  }
  if (!isMap(v)) throw apiErrors.badRequest(`${prefix}json: cannot unmarshal ${jsonWord(v)} into Go value of type map[string]interface {}`);
  return v;
}

const OP_FIELDS = ['op', 'path', 'from', 'value'];

/** A JSON patch: a list of operations; unknown members of an operation are warned about. */
export function decodeJsonPatch(body: string): { ops: Operation[]; warnings: string[] } {
  const prefix = 'error decoding patch: ';
  const v = parse(body, prefix);
  if (!Array.isArray(v)) throw apiErrors.badRequest(`${prefix}json: cannot unmarshal ${jsonWord(v)} into Go value of type []handlers.jsonPatchOp`);
  const warnings: string[] = [];
  const ops: Operation[] = [];
  for (const op of v) {
    if (op === null) {
      ops.push({});
      continue;
    }
    if (!isMap(op)) throw apiErrors.badRequest(`${prefix}json: cannot unmarshal ${jsonWord(op)} into Go value of type handlers.jsonPatchOp`);
    for (const f of ['op', 'path', 'from'])
      if (Object.hasOwn(op, f) && op[f] !== null && typeof op[f] !== 'string')
        throw apiErrors.badRequest(`${prefix}json: cannot unmarshal ${jsonWord(op[f])} into Go struct field jsonPatchOp.${f} of type string`);
    for (const k of Object.keys(op)) if (!OP_FIELDS.includes(k)) warnings.push(`json patch unknown field "${k}"`);
    ops.push(op);
  }
  if (ops.length > MAX_JSON_PATCH_OPERATIONS)
    throw apiErrors.tooLarge(`Request entity too large: The allowed maximum operations in a JSON patch is ${MAX_JSON_PATCH_OPERATIONS}, got ${ops.length}`);
  return { ops, warnings };
}
