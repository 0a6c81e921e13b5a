// `kubectl patch --dry-run=client`: kubectl applies the patch itself to the object it fetched
// (getPatchedJSON) and prints the result; nothing is sent. Its errors are the libraries' own
// words with kubectl's `error: ` (no Status), a JSON patch's missing key reads `Object to be
// patched is missing field (…)`, and the result is not decoded into the kind's type (unknown
// fields stay, nothing is validated). [k8s: staging/src/k8s.io/kubectl/pkg/cmd/patch/patch.go]
import { schemaOf } from '../validation/known-fields';
import { nestsDeeperThan } from '../../kubectl/nesting';
import type { PatchType } from './decode-patch';
import { MAX_PATCH_DEPTH } from './decode-patch';
import { type JsonMap, isMap } from './go-values';
import { JsonPatchError, type Operation, applyJsonPatch } from './json-patch';
import { BAD_JSON_PATCH, mergePatch } from './merge-patch';
import { StrategicPatchError, strategicMergePatch } from './strategic-merge-patch';

function parse(body: string): { value: unknown } | { error: string } {
  try {
    const value = JSON.parse(body);
    if (nestsDeeperThan(value, MAX_PATCH_DEPTH)) return { error: `invalid character '${body.trimStart()[0]}' exceeded max depth` };
    return { value };
  } catch {
    return { error: 'unexpected end of JSON input' };
  }
}

export function applyPatchLocally(current: JsonMap, body: string, type: PatchType, kind: string): { object: JsonMap } | { error: string } {
  const p = parse(body);
  if ('error' in p) return type === 'strategic' ? { error: 'invalid JSON document' } : p;
  const v = p.value;
  try {
    if (type === 'json') {
      if (!Array.isArray(v)) return { error: `json: cannot unmarshal ${isMap(v) ? 'object' : typeof v} into Go value of type jsonpatch.Patch` };
      return { object: applyJsonPatch(current, v.map((op) => (isMap(op) ? op : {})) as Operation[]) };
    }
    if (type === 'merge') {
      if (!isMap(v)) return { error: BAD_JSON_PATCH };
      return { object: mergePatch(current, v) };
    }
    const schema = schemaOf(kind);
    if (!schema) return { error: `strategic merge patch is not supported for ${kind} locally, try --type merge` };
    if (!isMap(v)) return { error: 'invalid JSON document' };
    return { object: strategicMergePatch(current, v, schema) };
  } catch (e) {
    if (e instanceof JsonPatchError) {
      const m = /doc is missing key: (.*)$/.exec(e.message);
      return { error: m ? `Object to be patched is missing field (${m[1]})` : e.message };
    }
    if (e instanceof StrategicPatchError) return { error: e.message };
    throw e;
  }
}
