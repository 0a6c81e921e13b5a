// JSON merge patch (RFC 7386) as gopkg.in/evanphx/json-patch.v4 MergePatch applies it for the
// API server (application/merge-patch+json): a map merges key by key, null deletes, anything
// else (lists included) replaces; nulls inside a value that is added are pruned from its maps
// (list items stay, even null ones).
// [k8s: vendor/gopkg.in/evanphx/json-patch.v4/merge.go doMergePatch, mergeDocs, pruneNulls]
import { type JsonMap, copyJson, isMap, newMap, own, put } from './go-values';

/** merge.go's ErrBadJSONPatch: a patch that is JSON null (`null` decodes into a nil map). */
export const BAD_JSON_PATCH = 'Invalid JSON Patch';

function pruneNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (x === null ? null : pruneNulls(x)));
  if (!isMap(v)) return v;
  const out = newMap();
  for (const k of Object.keys(v)) if (v[k] !== null) put(out, k, pruneNulls(v[k]));
  return out;
}

function mergeDocs(doc: JsonMap, patch: JsonMap): void {
  for (const k of Object.keys(patch)) {
    const pv = patch[k];
    if (pv === null) {
      delete doc[k];
      continue;
    }
    const cur = own(doc, k);
    if (isMap(cur) && isMap(pv)) mergeDocs(cur, pv);
    else put(doc, k, pruneNulls(pv));
  }
}

/**
 * The merged document. `patch` is a decoded JSON object (the caller refuses any other shape);
 * `doc` is not modified.
 */
export function mergePatch(doc: JsonMap, patch: JsonMap): JsonMap {
  const out = copyJson(doc);
  mergeDocs(out, patch);
  return out;
}

