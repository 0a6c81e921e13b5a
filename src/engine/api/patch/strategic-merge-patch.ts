// Strategic merge patch as the API server applies it (application/strategic-merge-patch+json):
// maps merge, null deletes, lists merge or are replaced by their field's tag (patch-meta.ts), and
// the directives kubectl and people write: `$patch: replace|delete` (a map or a merging list's
// item), `$retainKeys`, `$deleteFromPrimitiveList/<field>` and `$setElementOrder/<field>`.
// Merged lists put the patch's new items before the live ones they do not name, in the order
// upstream's normalizeElementOrder gives. Messages are mergepatch's (`map: map[image:redis] does
// not contain declared merge key: name`).
// [k8s: staging/src/k8s.io/apimachinery/pkg/util/strategicpatch/patch.go mergeMap, mergeSlice,
//  StrategicMergeMapPatch (MergeParallelList, IgnoreUnmatchedNulls); util/mergepatch/errors.go]
// Go iterates a map's keys in random order; here the patch's own order is used.
import type { Schema } from '../validation/schemas';
import { type JsonMap, copyJson, goEqualScalar, goKind, goV, isMap, newMap, own, put } from './go-values';
import { type PatchMeta, patchMetaFor } from './patch-meta';

/** A mergepatch error; `code` is the status the API server answers it with (interpretStrategicMergePatchError). */
export class StrategicPatchError extends Error {
  constructor(
    message: string,
    readonly code: 400 | 422 | 500,
  ) {
    super(message);
  }
}

const DIRECTIVE = '$patch';
const RETAIN_KEYS = '$retainKeys';
const DELETE_FROM_PRIMITIVE = '$deleteFromPrimitiveList';
const SET_ELEMENT_ORDER = '$setElementOrder';

const badRetainKeys = () => new StrategicPatchError('invalid patch format of retainKeys', 400);
const badPrimitiveList = () => new StrategicPatchError('invalid patch format of primitive list', 400);
const badSetElementOrder = () => new StrategicPatchError('invalid patch format of setElementOrder list', 400);
const noMergeKey = (m: unknown, key: string) => new StrategicPatchError(`map: ${goV(m)} does not contain declared merge key: ${key}`, 500);
const badArgType = (expected: string, actual: unknown) => new StrategicPatchError(`expected a ${expected}, but received a ${goKind(actual)}`, 500);
const badPatchType = (t: unknown, m: unknown) => new StrategicPatchError(`unknown patch type: ${goV(t)} in map: ${goV(m)}`, 500);

type Plain = Exclude<Schema, { alias: string }>;
const unalias = (s: Schema | undefined): Plain | undefined => (s !== undefined && typeof s === 'object' && 'alias' in s ? unalias(s.of) : s);

/** The schema of member k of a value of schema s, and the member's patch tag. */
function lookup(s: Schema | undefined, k: string): { schema?: Schema; meta: PatchMeta } {
  const p = unalias(s);
  if (p === undefined || typeof p !== 'object') return { meta: {} };
  if ('struct' in p) return { schema: Object.hasOwn(p.fields, k) ? p.fields[k] : undefined, meta: patchMetaFor(p.struct, k) };
  if ('map' in p) return { schema: p.map, meta: {} };
  return { meta: {} };
}

function elementSchema(s: Schema | undefined): Schema | undefined {
  const p = unalias(s);
  return p !== undefined && typeof p === 'object' && 'arr' in p ? p.arr : undefined;
}

/** Go's reflect.TypeOf equality for decoded JSON (map, slice, string, float64, bool). */
function sameType(a: unknown, b: unknown): boolean {
  return goKind(a) === goKind(b);
}

function extractKey(s: string, prefix: string): string {
  const i = s.indexOf('/');
  if (i < 0 || s.slice(0, i) !== prefix) throw prefix === DELETE_FROM_PRIMITIVE ? badPrimitiveList() : badSetElementOrder();
  return s.slice(i + 1);
}

/** Applies a strategic merge patch to a copy of original along the kind's schema. */
export function strategicMergePatch(original: JsonMap, patch: JsonMap, schema: Schema): JsonMap {
  return mergeMap(copyJson(original), copyJson(patch), schema);
}

function mergeMap(original: JsonMap | undefined, patch: JsonMap, schema: Schema | undefined): JsonMap {
  if (Object.hasOwn(patch, DIRECTIVE)) {
    const d = patch[DIRECTIVE];
    if (d === 'replace') {
      delete patch[DIRECTIVE];
      return patch;
    }
    if (d === 'delete') return newMap();
    throw badPatchType(d, patch);
  }
  const out = original ?? newMap();
  applyRetainKeys(out, patch);
  mergeSetElementOrder(out, patch, schema);
  for (const rawKey of Object.keys(patch)) {
    let k = rawKey;
    const patchV = patch[rawKey];
    let isDeleteList = false;
    if (k.startsWith(DELETE_FROM_PRIMITIVE)) {
      k = extractKey(k, DELETE_FROM_PRIMITIVE);
      isDeleteList = true;
    }
    if (patchV === null) {
      delete out[k];
      continue; // IgnoreUnmatchedNulls
    }
    if (!Object.hasOwn(out, k)) {
      if (!isDeleteList) put(out, k, patchV);
      continue;
    }
    const cur = out[k];
    if (!sameType(cur, patchV)) {
      if (!isDeleteList) put(out, k, patchV);
      continue;
    }
    const { schema: sub, meta } = lookup(schema, k);
    if (isMap(cur)) put(out, k, mergeMap(cur, patchV as JsonMap, sub));
    else if (Array.isArray(cur)) put(out, k, meta.strategy === 'merge' ? mergeSlice(cur, patchV as unknown[], elementSchema(sub), meta.key ?? '', isDeleteList) : patchV);
    else put(out, k, patchV);
  }
  return out;
}

function applyRetainKeys(original: JsonMap, patch: JsonMap): void {
  if (!Object.hasOwn(patch, RETAIN_KEYS)) return;
  const list = patch[RETAIN_KEYS];
  delete patch[RETAIN_KEYS];
  if (!Array.isArray(list)) throw badRetainKeys();
  const keep = new Set(list);
  for (const k of Object.keys(patch)) {
    if (patch[k] === null || k.startsWith(DELETE_FROM_PRIMITIVE) || k.startsWith(SET_ELEMENT_ORDER)) continue;
    if (!keep.has(k)) throw badRetainKeys();
  }
  for (const k of Object.keys(original)) if (!keep.has(k)) delete original[k];
}

function elementKind(...lists: unknown[][]): string {
  let kind: string | undefined;
  for (const l of lists)
    for (const v of l) {
      const k = goKind(v);
      if (kind === undefined) {
        kind = k;
        if (k === 'slice') throw new StrategicPatchError('lists of lists are not supported', 422);
      } else if (k !== kind) throw new StrategicPatchError(`list element types are not identical: ${goV(lists)}`, 500);
    }
  if (kind === undefined) throw new StrategicPatchError('no elements in any of the given slices', 500);
  return kind;
}

/** `$setElementOrder/<field>`: merge that list now and order it as the directive says. */
function mergeSetElementOrder(original: JsonMap, patch: JsonMap, schema: Schema | undefined): void {
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(SET_ELEMENT_ORDER)) continue;
    const order = patch[key];
    delete patch[key];
    if (!Array.isArray(order)) throw badArgType('slice', order);
    const field = extractKey(key, SET_ELEMENT_ORDER);
    const foundOriginal = Object.hasOwn(original, field);
    const foundPatch = Object.hasOwn(patch, field);
    const originalList = foundOriginal ? original[field] : undefined;
    const patchList = foundPatch ? patch[field] : undefined;
    if (foundOriginal && !Array.isArray(originalList)) throw badArgType('slice', originalList);
    if (foundPatch && !Array.isArray(patchList)) throw badArgType('slice', patchList);
    const { schema: sub, meta } = lookup(schema, field);
    const mergeKey = meta.key ?? '';
    validateSetOrder((patchList as unknown[] | undefined) ?? [], order, mergeKey);
    let merged: unknown[];
    if (foundOriginal && !foundPatch) merged = originalList as unknown[];
    else if (!foundOriginal && foundPatch) merged = patchList as unknown[];
    else if (foundOriginal && foundPatch)
      merged = meta.strategy === 'merge' ? mergeSlice(originalList as unknown[], patchList as unknown[], elementSchema(sub), mergeKey, false) : (patchList as unknown[]);
    else return;
    const kind = elementKind((originalList as unknown[] | undefined) ?? [], (patchList as unknown[] | undefined) ?? []);
    const [patchItems, serverOnly] = partition(merged, order, mergeKey, kind);
    put(original, field, normalizeElementOrder(patchItems, serverOnly, order, (originalList as unknown[] | undefined) ?? [], mergeKey, kind));
    delete patch[field];
  }
}

function mergeKeyOf(v: unknown, key: string): unknown {
  if (!isMap(v)) throw badArgType('map', v);
  if (!Object.hasOwn(v, key)) throw noMergeKey(v, key);
  return v[key];
}

function validateSetOrder(patchList: unknown[], order: unknown[], mergeKey: string): void {
  if (order.length === 0 || patchList.length === 0) return;
  const nonDelete = mergeKey ? patchList.filter((v) => !(isMap(v) && v[DIRECTIVE] === 'delete')) : patchList;
  let p = 0;
  let o = 0;
  while (p < nonDelete.length && o < order.length) {
    if (isMap(nonDelete[p]) && Object.hasOwn(nonDelete[p] as JsonMap, DIRECTIVE)) {
      p++;
      continue;
    }
    const equal = mergeKey ? goEqualScalar(mergeKeyOf(nonDelete[p], mergeKey), mergeKeyOf(order[o], mergeKey)) : goEqualScalar(nonDelete[p], order[o]);
    if (equal) p++;
    o++;
  }
  if (p < nonDelete.length && o >= order.length)
    throw new StrategicPatchError(`The order in patch list:\n${goV(patchList)}\n doesn't match ${SET_ELEMENT_ORDER} list:\n${goV(order)}\n`, 500);
}

function findByKey(list: unknown[], key: string, value: unknown): number {
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (!isMap(v)) throw new StrategicPatchError(`value for key ${i} is not a map.`, 500);
    if (Object.hasOwn(v, key) && goEqualScalar(v[key], value)) return i;
  }
  return -1;
}

function mergeSlice(original: unknown[], patch: unknown[], elemSchema: Schema | undefined, mergeKey: string, isDeleteList: boolean): unknown[] {
  if (original.length === 0 && patch.length === 0) return original;
  const kind = elementKind(original, patch);
  let merged: unknown[];
  let orig = original;
  let pat = patch;
  if (kind !== 'map') {
    if (isDeleteList) return original.filter((v) => !patch.some((d) => goEqualScalar(d, v)));
    merged = deduplicateScalars([...original, ...patch]);
  } else {
    if (mergeKey === '') throw new StrategicPatchError('cannot merge lists without merge key for type struct', 500);
    // Special elements: `$patch: delete` removes the items with its key, `$patch: replace` makes the
    // list the patch's other items.
    const plain: unknown[] = [];
    let replace = false;
    for (const v of pat) {
      const m = v as JsonMap;
      if (!Object.hasOwn(m, DIRECTIVE)) {
        plain.push(v);
        continue;
      }
      const d = m[DIRECTIVE];
      if (d === 'delete') {
        if (!Object.hasOwn(m, mergeKey)) throw noMergeKey(m, mergeKey);
        for (let i = findByKey(orig, mergeKey, m[mergeKey]); i >= 0; i = findByKey(orig, mergeKey, m[mergeKey])) orig = [...orig.slice(0, i), ...orig.slice(i + 1)];
      } else if (d === 'replace') replace = true;
      else if (d === 'merge') throw new StrategicPatchError('merging lists cannot yet be specified in the patch', 500);
      else throw badPatchType(d, m);
    }
    if (replace) {
      orig = plain;
      pat = [];
    } else pat = plain;
    merged = [...orig];
    for (const v of pat) {
      const m = v as JsonMap;
      if (!Object.hasOwn(m, mergeKey)) throw noMergeKey(m, mergeKey);
      const i = findByKey(merged, mergeKey, m[mergeKey]);
      if (i >= 0) merged[i] = mergeMap(merged[i] as JsonMap, m, elemSchema);
      else merged.push(v);
    }
  }
  const [patchItems, serverOnly] = partition(merged, pat, mergeKey, kind);
  return normalizeElementOrder(patchItems, serverOnly, pat, orig, mergeKey, kind);
}

/** upstream's deduplicateScalars, order quirks included (a duplicate is replaced by the last item). */
function deduplicateScalars(s: unknown[]): unknown[] {
  let length = s.length - 1;
  for (let i = 0; i < length; i++)
    for (let j = i + 1; j <= length; j++)
      if (goEqualScalar(s[i], s[j])) {
        s[j] = s[length];
        s.length = length;
        length--;
        j--;
      }
  return s;
}

/** Items present in `by` (by merge key for maps), and the others. */
function partition(list: unknown[], by: unknown[], mergeKey: string, kind: string): [unknown[], unknown[]] {
  const inPatch: unknown[] = [];
  const serverOnly: unknown[] = [];
  for (const v of list) {
    const found = kind === 'map' ? findByKey(by, mergeKey, mergeKeyOf(v, mergeKey)) >= 0 : by.some((b) => goEqualScalar(b, v));
    (found ? inPatch : serverOnly).push(v);
  }
  return [inPatch, serverOnly];
}

function indexIn(list: unknown[], v: unknown, mergeKey: string, kind: string): number {
  const val = (x: unknown) => (kind === 'map' ? (isMap(x) ? own(x, mergeKey) : undefined) : x);
  const want = val(v);
  return list.findIndex((x) => goEqualScalar(val(x), want));
}

function normalizeSliceOrder(toSort: unknown[], order: unknown[], mergeKey: string, kind: string): unknown[] {
  let keep = toSort;
  let toDelete: unknown[] = [];
  if (kind === 'map') {
    for (const v of [...toSort, ...order]) mergeKeyOf(v, mergeKey);
    keep = toSort.filter((v) => (v as JsonMap)[DIRECTIVE] !== 'delete');
    toDelete = toSort.filter((v) => (v as JsonMap)[DIRECTIVE] === 'delete');
  }
  // Every item here is found in `order` (they were partitioned by it), so a stable sort by position
  // is what sort.SliceStable gives.
  const pos = keep.map((v) => indexIn(order, v, mergeKey, kind));
  const idx = keep.map((_, i) => i).sort((a, b) => (pos[a] >= 0 && pos[b] >= 0 ? pos[a] - pos[b] : 0));
  return [...idx.map((i) => keep[i]), ...toDelete];
}

function normalizeElementOrder(patch: unknown[], serverOnly: unknown[], patchOrder: unknown[], serverOrder: unknown[], mergeKey: string, kind: string): unknown[] {
  const right = normalizeSliceOrder(patch, patchOrder, mergeKey, kind);
  const left = normalizeSliceOrder(serverOnly, serverOrder, mergeKey, kind);
  // mergeSortedSlice: a live-only item goes first only if the live list had it before the patch item.
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++]);
    else if (j >= right.length) out.push(left[i++]);
    else {
      const li = indexIn(serverOrder, left[i], mergeKey, kind);
      const ri = indexIn(serverOrder, right[j], mergeKey, kind);
      if (li >= 0 && ri >= 0 && li < ri) out.push(left[i++]);
      else out.push(right[j++]);
    }
  }
  return out;
}
