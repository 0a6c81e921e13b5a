// Decoding a request body as the API server does with fieldValidation=Strict (kubectl's default):
// wrong JSON types at typed fields fail like Go's encoding/json (via sigs.k8s.io/json), quantities
// fail with resource.ParseQuantity's errors, and unknown fields fail as a strict decoding error.
// Either way the answer is 400: `<Kind> in version "<v>" cannot be handled as a <Kind>: <error>`.
// [k8s: staging/src/k8s.io/apiserver/pkg/endpoints/handlers/create.go transformDecodeError,
//  staging/src/k8s.io/apimachinery/pkg/runtime/serializer/json/json.go, sigs.k8s.io/json]
// Field names are looked up as own properties only: `__proto__` or `constructor` in a manifest is
// an unknown field like any other.
// Simplified: only the first type error is reported (as Go does) and time strings are not parsed.
// Fields this schema leaves `any` are not checked inside, but nesting below them is bounded
// (ANY_MAX_DEPTH): their real Go types are a few levels deep, so anything deeper holds a field the
// real type does not have, reported as unknown at the first level past the bound.
import { QUANTITY_ERROR } from '../../util/quantity';
import { apiErrors } from '../errors';
import './kind-schemas';
import { SCHEMAS, type Schema } from './schemas';

/** Levels of nesting accepted below a field whose type is not modelled (`any`). */
export const ANY_MAX_DEPTH = 32;

/** The path of the first value nested deeper than `limit` levels below v, if any (iterative). */
function tooDeepPath(v: unknown, path: string, limit: number): string | undefined {
  const stack: [unknown, string, number][] = [[v, path, 0]];
  while (stack.length) {
    const [x, p, d] = stack.pop() as [unknown, string, number];
    if (x === null || typeof x !== 'object') continue;
    if (d >= limit) return p;
    if (Array.isArray(x)) {
      for (let i = x.length - 1; i >= 0; i--) stack.push([x[i], `${p}[${i}]`, d + 1]);
    } else {
      const keys = Object.keys(x);
      for (let i = keys.length - 1; i >= 0; i--) stack.push([(x as Record<string, unknown>)[keys[i]], p ? `${p}.${keys[i]}` : keys[i], d + 1]);
    }
  }
  return undefined;
}

/** The schema of a served kind (own property: a kind named `constructor` has none). */
export function schemaOf(kind: string): Schema | undefined {
  return Object.hasOwn(SCHEMAS, kind) ? SCHEMAS[kind] : undefined;
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'object' ? 'object' : typeof v; // 'string' | 'number'
}

type Plain = Exclude<Schema, { alias: string }>;

/** What a named type decodes as. */
function unalias(s: Schema): Plain {
  return typeof s === 'object' && 'alias' in s ? unalias(s.of) : s;
}

/** reflect.Type.String() of the Go type a schema node decodes into. */
function goType(s: Schema): string {
  if (typeof s === 'string') {
    if (s === 'quantity') return 'resource.Quantity';
    if (s === 'intstr') return 'intstr.IntOrString';
    if (s === 'time') return 'v1.Time';
    return s;
  }
  if ('alias' in s) return s.alias;
  if ('arr' in s) return `[]${goType(s.arr)}`;
  if ('map' in s) return `map[string]${goType(s.map)}`;
  return `${s.pkg ?? 'v1'}.${s.struct}`;
}

/** Walks obj along schema: unknown field paths go to `unknown`, the first type error is returned. */
function walk(v: unknown, schema: Schema, path: string, goPath: string[], struct: string, unknown: string[]): string | undefined {
  if (v === null || v === undefined) return undefined;
  // A named type decodes as what it names; errors print its name.
  const s = unalias(schema);
  if (s === 'any') {
    const deep = tooDeepPath(v, path, ANY_MAX_DEPTH);
    if (deep !== undefined) unknown.push(deep);
    return undefined;
  }
  const mismatch = (value = jsonKind(v)) =>
    `json: cannot unmarshal ${value} into Go struct field ${struct}.${goPath.join('.')} of type ${goType(schema)}`;
  if (typeof s === 'string') {
    switch (s) {
      case 'string':
        return typeof v === 'string' ? undefined : mismatch();
      case 'bool':
        return typeof v === 'boolean' ? undefined : mismatch();
      case 'int32':
      case 'int64': {
        if (typeof v !== 'number') return mismatch();
        const limit = s === 'int32' ? 2 ** 31 : 2 ** 63;
        return Number.isInteger(v) && v >= -limit && v < limit ? undefined : mismatch(`number ${v}`);
      }
      case 'quantity':
        return quantityError(v);
      case 'intstr':
        // IntOrString.UnmarshalJSON: a string, else decoded as an int32 (outside any struct context).
        if (typeof v === 'string') return undefined;
        if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31) return undefined;
        return `json: cannot unmarshal ${typeof v === 'number' ? `number ${v}` : jsonKind(v)} into Go value of type int32`;
      case 'time':
        return typeof v === 'string' ? undefined : `json: cannot unmarshal ${jsonKind(v)} into Go value of type string`;
    }
  }
  if ('arr' in s) {
    if (!Array.isArray(v)) return mismatch();
    for (let i = 0; i < v.length; i++) {
      const e = walk(v[i], s.arr, `${path}[${i}]`, goPath, struct, unknown);
      if (e) return e;
    }
    return undefined;
  }
  if (typeof v !== 'object' || Array.isArray(v)) return mismatch();
  if ('map' in s) {
    // Map keys are free; Go's error context does not add them to the field path.
    for (const val of Object.values(v)) {
      const e = walk(val, s.map, path, goPath, struct, unknown);
      if (e) return e;
    }
    return undefined;
  }
  for (const [k, val] of Object.entries(v)) {
    if (val === undefined) continue; // absent once serialised to JSON
    const child = Object.hasOwn(s.fields, k) ? s.fields[k] : undefined;
    const p = path ? `${path}.${k}` : k;
    if (child === undefined) {
      unknown.push(p);
      continue;
    }
    const e = walk(val, child, p, [...goPath, k], s.struct, unknown);
    if (e) return e;
  }
  return undefined;
}

const QUANTITY_SHAPE = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const QUANTITY_STRICT = /^[+-]?(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

/** resource.ParseQuantity's errors for what Quantity.UnmarshalJSON receives. */
function quantityError(v: unknown): string | undefined {
  const text = (typeof v === 'string' ? v : JSON.stringify(v)).trim();
  if (QUANTITY_STRICT.test(text)) return undefined;
  const m = QUANTITY_SHAPE.exec(text);
  if (!m) return QUANTITY_ERROR;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(m[1]) ? "unable to parse quantity's suffix" : 'unable to parse numeric part of quantity';
}

/** Paths of fields the kind's type does not have (`spec.replicass`, `spec.template.spec.containers[0].imagee`). */
export function findUnknownFields(kind: string, obj: unknown): string[] {
  const schema = schemaOf(kind);
  if (!schema) return [];
  const unknown: string[] = [];
  walk(obj, schema, '', [], kind, unknown);
  return unknown;
}

/** The decoder's type error for obj, if any (`json: cannot unmarshal string into Go struct field ...`). */
export function findDecodeError(kind: string, obj: unknown): string | undefined {
  const schema = schemaOf(kind);
  if (!schema) return undefined;
  return walk(obj, schema, '', [], kind, []);
}

/**
 * The first type error decoding v into the Go type `s` describes, ignoring unknown fields (a
 * non-strict json.Unmarshal, as kubectl's client-side decoders do).
 */
export function findTypeError(s: Schema, v: unknown): string | undefined {
  return walk(v, s, '', [], typeof s === 'object' && 'struct' in s ? s.struct : '', []);
}

/**
 * Throws the API server's 400 for a body that does not decode. `strict` is fieldValidation=Strict
 * (kubectl); in-cluster clients send no fieldValidation, and the server then only warns about
 * unknown fields, so for them only type errors fail.
 */
export function checkDecoding(kind: string, version: string, obj: unknown, strict: boolean): void {
  const schema = schemaOf(kind);
  if (!schema) return;
  const unknown: string[] = [];
  const typeError = walk(obj, schema, '', [], kind, unknown);
  const prefix = `${kind} in version "${version}" cannot be handled as a ${kind}: `;
  if (typeError) throw apiErrors.badRequest(prefix + typeError);
  if (strict && unknown.length)
    throw apiErrors.badRequest(`${prefix}strict decoding error: ${unknown.map((p) => `unknown field "${p}"`).join(', ')}`);
}

/**
 * encoding/json decodes a null list item into the item type's zero value: `containers: [null]`
 * is one container with no name and no image (which validation then reports), not a crash.
 * Rewrites such items in place, along the kind's schema.
 */
export function zeroNullItems(kind: string, obj: unknown): void {
  const schema = schemaOf(kind);
  if (schema) zeroWalk(obj, schema);
}

function zeroOf(schema: Schema): unknown {
  const s = unalias(schema);
  if (s === 'string' || s === 'time') return '';
  if (s === 'int32' || s === 'int64') return 0;
  if (s === 'bool') return false;
  if (typeof s === 'object' && 'fields' in s) return {};
  return null;
}

function zeroWalk(v: unknown, schema: Schema): void {
  const s = unalias(schema);
  if (v === null || typeof v !== 'object' || typeof s !== 'object') return;
  if ('arr' in s) {
    if (!Array.isArray(v)) return;
    for (let i = 0; i < v.length; i++) {
      if (v[i] === null) v[i] = zeroOf(s.arr);
      zeroWalk(v[i], s.arr);
    }
    return;
  }
  if (Array.isArray(v)) return;
  const o = v as Record<string, unknown>;
  if ('map' in s) {
    for (const k of Object.keys(o)) zeroWalk(o[k], s.map);
    return;
  }
  for (const [k, child] of Object.entries(s.fields)) if (Object.hasOwn(o, k)) zeroWalk(o[k], child);
}
