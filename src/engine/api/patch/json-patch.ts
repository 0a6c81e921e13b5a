// JSON patch (RFC 6902: add, remove, replace, move, copy, test) as gopkg.in/evanphx/json-patch.v4
// applies it for the API server, with its words and its quirks: a path is split at `/` and its
// first segment dropped (so `spec/replicas` addresses `replicas` at the top); `replace` and `test`
// of an absent map key succeed (a map lookup never fails in v4); `-N` counts from a list's end;
// `add` at `-` appends. Errors read `add operation does not apply: doc is missing path: "/a/b":
// missing value`; the API server answers them with 422 and the generic text (see apply-patch.ts).
// [k8s: vendor/gopkg.in/evanphx/json-patch.v4/patch.go]
import { type JsonMap, copyJson, isMap, own, put } from './go-values';

export class JsonPatchError extends Error {}

/** The API server refuses more operations than this (handlers/patch.go maxJSONPatchOperations). */
export const MAX_JSON_PATCH_OPERATIONS = 10000;


const MISSING = 'missing value';
const INVALID_INDEX = 'invalid index referenced';

function decodeKey(k: string): string {
  return k.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** strconv.Atoi: an optional sign and decimal digits, within int64. */
function atoi(s: string): number | undefined {
  if (!/^[+-]?\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

function atoiError(s: string): string {
  return /^[+-]?\d+$/.test(s) ? `strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range` : `strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`;
}

/** A reference to a list element or map member: the list is replaced through `set` (Go reslices). */
interface Target {
  get(key: string): unknown;
  has(key: string): boolean;
  set(key: string, v: unknown): void;
  add(key: string, v: unknown): void;
  remove(key: string): void;
}

function mapTarget(m: JsonMap): Target {
  return {
    get: (k) => own(m, k),
    has: () => true, // partialDoc.get never fails
    set: (k, v) => put(m, k, v),
    add: (k, v) => put(m, k, v),
    remove: (k) => {
      if (!Object.hasOwn(m, k)) throw new JsonPatchError(`Unable to remove nonexistent key: ${k}: ${MISSING}`);
      delete m[k];
    },
  };
}

function listTarget(list: unknown[]): Target {
  const index = (k: string, len: number): number => {
    const i = atoi(k);
    if (i === undefined) throw new JsonPatchError(atoiError(k));
    if (i < 0) {
      if (i < -len) throw new JsonPatchError(`Unable to access invalid index: ${i}: ${INVALID_INDEX}`);
      return i + len;
    }
    return i;
  };
  return {
    get: (k) => {
      const i = index(k, list.length);
      if (i >= list.length) throw new JsonPatchError(`Unable to access invalid index: ${atoi(k)}: ${INVALID_INDEX}`);
      return list[i];
    },
    has: (k) => {
      try {
        const i = index(k, list.length);
        return i < list.length;
      } catch {
        return false;
      }
    },
    set: (k, v) => {
      list[index(k, list.length)] = v;
    },
    add: (k, v) => {
      if (k === '-') {
        list.push(v);
        return;
      }
      const i = atoi(k);
      if (i === undefined) throw new JsonPatchError(`value was not a proper array index: '${k}': ${atoiError(k)}`);
      const size = list.length + 1;
      if (i >= size) throw new JsonPatchError(`Unable to access invalid index: ${i}: ${INVALID_INDEX}`);
      if (i < -size) throw new JsonPatchError(`Unable to access invalid index: ${i}: ${INVALID_INDEX}`);
      list.splice(i < 0 ? i + size : i, 0, v);
    },
    remove: (k) => {
      const i = atoi(k);
      if (i === undefined) throw new JsonPatchError(atoiError(k));
      if (i >= list.length) throw new JsonPatchError(`Unable to access invalid index: ${i}: ${INVALID_INDEX}`);
      if (i < -list.length) throw new JsonPatchError(`Unable to access invalid index: ${i}: ${INVALID_INDEX}`);
      list.splice(i < 0 ? i + list.length : i, 1);
    },
  };
}

/** findObject: the container holding the path's last segment, and that segment; undefined when a step is missing. */
function findObject(doc: JsonMap, path: string): { target: Target; key: string } | undefined {
  const split = path.split('/');
  if (split.length < 2) return undefined;
  let cur: unknown = doc;
  for (const part of split.slice(1, -1)) {
    const t = isMap(cur) ? mapTarget(cur) : listTarget(cur as unknown[]);
    let next: unknown;
    try {
      next = t.get(decodeKey(part));
    } catch {
      return undefined;
    }
    if (next === null || next === undefined || typeof next !== 'object') return undefined;
    cur = next;
  }
  return { target: isMap(cur) ? mapTarget(cur) : listTarget(cur as unknown[]), key: decodeKey(split[split.length - 1]) };
}

/** Go's equality of the lazyNode values test compares (structural for maps and lists). */
function jsonEqualValues(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqualValues(x, b[i]));
  }
  if (isMap(a) || isMap(b)) {
    if (!isMap(a) || !isMap(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.hasOwn(b, k) && jsonEqualValues(a[k], b[k]));
  }
  return a === b;
}

export type Operation = JsonMap;

function str(op: Operation, field: 'path' | 'from'): string | undefined {
  const v = own(op, field);
  return typeof v === 'string' ? v : undefined;
}

/** Applies the operations in order to a copy of doc; throws JsonPatchError with v4's words. */
export function applyJsonPatch(doc: JsonMap, ops: Operation[]): JsonMap {
  const root = copyJson(doc);
  for (const op of ops) {
    const kind = typeof own(op, 'op') === 'string' ? (own(op, 'op') as string) : 'unknown';
    const hasValue = Object.hasOwn(op, 'value');
    const value = () => copyJson(own(op, 'value') ?? null);
    const path = str(op, 'path');
    switch (kind) {
      case 'add': {
        if (path === undefined) throw new JsonPatchError(`add operation failed to decode path: ${MISSING}`);
        const found = findObject(root, path);
        if (!found) throw new JsonPatchError(`add operation does not apply: doc is missing path: "${path}": ${MISSING}`);
        try {
          found.target.add(found.key, value());
        } catch (e) {
          throw new JsonPatchError(`error in add for path: '${path}': ${(e as Error).message}`);
        }
        break;
      }
      case 'remove': {
        if (path === undefined) throw new JsonPatchError(`remove operation failed to decode path: ${MISSING}`);
        const found = findObject(root, path);
        if (!found) throw new JsonPatchError(`remove operation does not apply: doc is missing path: "${path}": ${MISSING}`);
        try {
          found.target.remove(found.key);
        } catch (e) {
          throw new JsonPatchError(`error in remove for path: '${path}': ${(e as Error).message}`);
        }
        break;
      }
      case 'replace': {
        if (path === undefined) throw new JsonPatchError(`replace operation failed to decode path: operation missing path field: ${MISSING}`);
        if (path === '') {
          // v4 wraps a nil error here (pkg/errors' Wrapf(nil) is nil): a scalar replaces nothing.
          // Simplification: a list at the root is refused the same way (no object decodes from one).
          const v = value();
          if (!isMap(v)) break;
          for (const k of Object.keys(root)) delete root[k];
          Object.assign(root, v);
          break;
        }
        const found = findObject(root, path);
        if (!found) throw new JsonPatchError(`replace operation does not apply: doc is missing path: ${path}: ${MISSING}`);
        if (!found.target.has(found.key)) throw new JsonPatchError(`replace operation does not apply: doc is missing key: ${path}: ${MISSING}`);
        found.target.set(found.key, hasValue ? value() : null);
        break;
      }
      case 'move':
      case 'copy': {
        const from = str(op, 'from');
        if (from === undefined) throw new JsonPatchError(`${kind} operation failed to decode from: operation, missing from field: ${MISSING}`);
        const src = findObject(root, from);
        if (!src) throw new JsonPatchError(`${kind} operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
        let v: unknown;
        try {
          v = src.target.get(src.key);
          if (kind === 'move') src.target.remove(src.key);
        } catch (e) {
          throw new JsonPatchError(kind === 'move' ? `error in move for path: '${src.key}': ${(e as Error).message}` : `error in copy for from: '${from}': ${(e as Error).message}`);
        }
        if (path === undefined) throw new JsonPatchError(`${kind} operation failed to decode path: ${kind === 'move' ? 'operation missing path field: ' : ''}${MISSING}`);
        const dst = findObject(root, path);
        if (!dst) throw new JsonPatchError(`${kind} operation does not apply: doc is missing destination path: ${path}: ${MISSING}`);
        try {
          dst.target.add(dst.key, kind === 'copy' ? copyJson(v ?? null) : (v ?? null));
        } catch (e) {
          throw new JsonPatchError(kind === 'move' ? `error in move for path: '${path}': ${(e as Error).message}` : `error while adding value during copy: ${(e as Error).message}`);
        }
        break;
      }
      case 'test': {
        if (path === undefined) throw new JsonPatchError(`test operation failed to decode path: operation missing path field: ${MISSING}`);
        if (path === '') {
          if (!jsonEqualValues(root, own(op, 'value'))) throw new JsonPatchError(`testing value ${path} failed: test failed`);
          break;
        }
        const found = findObject(root, path);
        if (!found) throw new JsonPatchError(`test operation does not apply: is missing path: ${path}: ${MISSING}`);
        let cur: unknown;
        try {
          cur = found.target.get(found.key);
        } catch (e) {
          throw new JsonPatchError(`error in test for path: '${path}': ${(e as Error).message}`);
        }
        const want = own(op, 'value');
        if (cur === undefined || cur === null) {
          if (want === undefined || want === null) break;
          throw new JsonPatchError(`testing value ${path} failed: test failed`);
        }
        if (!hasValue || !jsonEqualValues(cur, want)) throw new JsonPatchError(`testing value ${path} failed: test failed`);
        break;
      }
      default:
        throw new JsonPatchError(`Unexpected kind: ${kind}`);
    }
  }
  return root;
}

