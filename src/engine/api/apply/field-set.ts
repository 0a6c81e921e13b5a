// The set of fields an object sets, as structured-merge-diff names them: a path of `f:name`
// (struct field or map key), `k:{"name":"nginx"}` (an item of a list keyed by its merge keys) and
// `v:"x"` (a value of a set list), walked along the kind's decoding schema (validation/schemas.ts).
// Leaves are scalars, atomic lists and structs, empty maps; an item of a keyed list is itself a
// member (FieldsV1's `.`). Server-owned metadata and status are not tracked (fieldmanager's
// stripSet and the main resource's reset fields).
// [k8s: sigs.k8s.io/structured-merge-diff/v4/fieldpath (Set, PathElement, FieldsV1 serialization),
//  typed/tofieldset.go; apiserver/pkg/endpoints/handlers/fieldmanager/internal/stripmeta.go]
// Simplifications: list types come from the strategic merge patch tags (patch-meta.ts) rather than
// from the OpenAPI x-kubernetes-list-type markers; they agree for the fields this simulator types,
// and the port lists use upstream's two keys (port or containerPort, and protocol, defaulted to
// TCP). Structs marked atomic upstream: LabelSelector only.
import { patchMetaFor } from '../patch/patch-meta';
import type { Schema } from '../validation/schemas';

/** One step of a path, in FieldsV1's spelling: `f:spec`, `k:{"name":"nginx"}`, `v:"x"`. */
export type PathElement = string;
/** A path: its elements joined by `\n` (never inside an element: JSON escapes it). */
export type FieldPath = string;

const ATOMIC_STRUCTS = new Set(['LabelSelector']);
const STRIPPED_META = ['name', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields', 'selfLink'];

export type ListKind = { type: 'map'; keys: string[] } | { type: 'set' } | { type: 'atomic' };

/** The list type of `struct.field`. */
export function listKind(struct: string, field: string): ListKind {
  if (struct === 'Container' || struct === 'EphemeralContainer') if (field === 'ports') return { type: 'map', keys: ['containerPort', 'protocol'] };
  if (struct === 'ServiceSpec' && field === 'ports') return { type: 'map', keys: ['port', 'protocol'] };
  const meta = patchMetaFor(struct, field);
  if (meta.strategy === 'merge') return meta.key ? { type: 'map', keys: [meta.key] } : { type: 'set' };
  return { type: 'atomic' };
}

type Plain = Exclude<Schema, { alias: string }>;
export function unalias(s: Schema): Plain {
  return typeof s === 'object' && 'alias' in s ? unalias(s.of) : s;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The key of a keyed list's item (protocol defaults to TCP, as upstream's schema default). */
export function itemKey(item: unknown, keys: string[]): PathElement | undefined {
  if (!isObject(item)) return undefined;
  const key: Record<string, unknown> = {};
  for (const k of keys) {
    const v = item[k] ?? (k === 'protocol' ? 'TCP' : undefined);
    if (v === undefined) return undefined;
    key[k] = v;
  }
  return `k:${JSON.stringify(key)}`;
}

/** fieldpath.Path.String(): `.spec.containers[name="nginx"].image`, `[="x"]` for a set value. */
export function pathString(path: FieldPath): string {
  return path
    .split('\n')
    .map((e) => {
      if (e.startsWith('f:')) return `.${e.slice(2)}`;
      if (e.startsWith('v:')) return `[=${e.slice(2)}]`;
      const key = JSON.parse(e.slice(2)) as Record<string, unknown>;
      return `[${Object.entries(key).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}]`;
    })
    .join('');
}

/** Walks `v` along `schema`, adding its leaf paths (and keyed items) to `out`. */
function walk(v: unknown, schema: Schema | undefined, prefix: FieldPath, struct: string, field: string, out: Set<FieldPath>): void {
  const join = (e: PathElement) => (prefix ? `${prefix}\n${e}` : e);
  const s = schema === undefined ? 'any' : unalias(schema);
  if (typeof s === 'string') {
    if (prefix) out.add(prefix);
    return;
  }
  if ('arr' in s) {
    const kind = listKind(struct, field);
    if (!Array.isArray(v) || kind.type === 'atomic' || v.length === 0) {
      out.add(prefix);
      return;
    }
    for (const item of v) {
      if (kind.type === 'set') out.add(join(`v:${JSON.stringify(item)}`));
      else {
        const key = itemKey(item, kind.keys);
        if (!key) continue;
        out.add(join(key)); // the item is a member even when it has children
        walk(item, s.arr, join(key), struct, field, out);
      }
    }
    return;
  }
  if (!isObject(v)) {
    if (prefix) out.add(prefix);
    return;
  }
  if ('map' in s) {
    const keys = Object.keys(v);
    if (!keys.length && prefix) out.add(prefix);
    for (const k of keys) if (v[k] !== null) walk(v[k], s.map, join(`f:${k}`), struct, field, out);
    return;
  }
  if (ATOMIC_STRUCTS.has(s.struct) || !Object.keys(v).length) {
    if (prefix) out.add(prefix);
    return;
  }
  for (const [k, child] of Object.entries(v)) {
    if (child === null || child === undefined) continue;
    walk(child, Object.hasOwn(s.fields, k) ? s.fields[k] : undefined, join(`f:${k}`), s.struct, k, out);
  }
}

/** The fields `obj` sets, less server-owned metadata and status. */
export function fieldSet(obj: Record<string, unknown>, schema: Schema | undefined): Set<FieldPath> {
  const out = new Set<FieldPath>();
  const meta = isObject(obj.metadata) ? { ...obj.metadata } : undefined;
  if (meta) for (const k of STRIPPED_META) delete meta[k];
  const top: Record<string, unknown> = { ...obj, metadata: meta };
  delete top.apiVersion;
  delete top.kind;
  delete top.status;
  const s = schema ? unalias(schema) : undefined;
  const fields = s && typeof s === 'object' && 'fields' in s ? s.fields : {};
  for (const [k, v] of Object.entries(top)) {
    if (v === null || v === undefined) continue;
    if (k === 'metadata' && isObject(v) && !Object.keys(v).length) continue;
    walk(v, Object.hasOwn(fields, k) ? fields[k] : undefined, `f:${k}`, s && typeof s === 'object' && 'struct' in s ? s.struct : '', k, out);
  }
  return out;
}

/** The value at `path` in `obj`, or undefined. */
export function valueAt(obj: unknown, path: FieldPath): unknown {
  let cur: unknown = obj;
  for (const e of path.split('\n')) {
    if (e.startsWith('f:')) cur = isObject(cur) ? cur[e.slice(2)] : undefined;
    else if (e.startsWith('v:')) cur = Array.isArray(cur) && cur.some((x) => JSON.stringify(x) === e.slice(2)) ? JSON.parse(e.slice(2)) : undefined;
    else {
      const keys = Object.keys(JSON.parse(e.slice(2)));
      cur = Array.isArray(cur) ? cur.find((item) => itemKey(item, keys) === e) : undefined;
    }
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** FieldsV1: the set as a tree, `.` marking a node that is itself a member. */
export function toFieldsV1(set: Set<FieldPath>): Record<string, unknown> {
  const root: Record<string, Record<string, unknown>> = {};
  for (const path of [...set].sort()) {
    let node: Record<string, unknown> = root;
    const elements = path.split('\n');
    for (const e of elements) node = (node[e] ??= {}) as Record<string, unknown>;
  }
  // A member that also has children carries `.`.
  const mark = (node: Record<string, unknown>, path: string) => {
    for (const [k, child] of Object.entries(node)) {
      if (k === '.') continue;
      const p = path ? `${path}\n${k}` : k;
      const c = child as Record<string, unknown>;
      if (Object.keys(c).some((x) => x !== '.') && set.has(p)) c['.'] = {};
      mark(c, p);
    }
  };
  mark(root, '');
  return sortKeys(root) as Record<string, unknown>;
}

function sortKeys(v: unknown): unknown {
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort((a, b) => (a === '.' ? -1 : b === '.' ? 1 : a < b ? -1 : a > b ? 1 : 0))) out[k] = sortKeys(v[k]);
  return out;
}

/** The set a FieldsV1 tree describes. */
export function fromFieldsV1(tree: unknown, prefix = '', out = new Set<FieldPath>()): Set<FieldPath> {
  if (!isObject(tree)) return out;
  for (const [k, child] of Object.entries(tree)) {
    if (k === '.') {
      if (prefix) out.add(prefix);
      continue;
    }
    const p = prefix ? `${prefix}\n${k}` : k;
    if (isObject(child) && Object.keys(child).length) fromFieldsV1(child, p, out);
    else out.add(p);
  }
  return out;
}
