// What decoding into the kind's Go type keeps of a patched object: fields the type does not have
// are dropped (with fieldValidation=Warn the API server warns `unknown field "spec.foo"`), and so
// are null members (a nil pointer or zero value, which omitempty leaves out of the stored object)
// and values nested deeper than an unmodelled (`any`) field may hold.
// [k8s: apimachinery/pkg/runtime/converter.go FromUnstructuredWithValidation]
import { ANY_MAX_DEPTH } from '../validation/known-fields';
import { nestsDeeperThan } from '../../kubectl/nesting';
import type { Schema } from '../validation/schemas';
import { type JsonMap, isMap } from './go-values';

type Plain = Exclude<Schema, { alias: string }>;
const unalias = (s: Schema): Plain => (typeof s === 'object' && 'alias' in s ? unalias(s.of) : s);

/** Removes in place what the type does not decode; returns the unknown fields' paths. */
export function pruneUnknown(obj: JsonMap, schema: Schema): string[] {
  const unknown: string[] = [];
  // Iterative: [value, schema, path].
  const stack: [unknown, Schema, string][] = [[obj, schema, '']];
  while (stack.length) {
    const [v, sch, path] = stack.pop() as [unknown, Schema, string];
    const s = unalias(sch);
    if (v === null || typeof v !== 'object') continue;
    if (s === 'any') {
      continue;
    }
    if (typeof s !== 'object') continue;
    if ('arr' in s) {
      if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, s.arr, `${path}[${i}]`]));
      continue;
    }
    if (!isMap(v)) continue;
    for (const k of Object.keys(v)) {
      const child = v[k];
      const p = path ? `${path}.${k}` : k;
      if (child === null && !('map' in s)) {
        delete v[k];
        continue;
      }
      const sub = 'map' in s ? s.map : Object.hasOwn(s.fields, k) ? s.fields[k] : undefined;
      if (sub === undefined || (unalias(sub) === 'any' && nestsDeeperThan(child, ANY_MAX_DEPTH))) {
        // status is not modelled (the strategies keep the stored one): no warning for it.
        if (!(path === '' && k === 'status')) unknown.push(p);
        delete v[k];
        continue;
      }
      stack.push([child, sub, p]);
    }
  }
  return unknown.sort();
}
