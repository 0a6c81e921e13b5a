// JSON values as Go's encoding/json decodes them into interface{} (map[string]interface{},
// []interface{}, float64, string, bool, nil), and the two ways upstream messages print them:
// fmt's %v (`map[image:redis name:web]`, keys sorted) and json.Marshal (keys sorted, `<>&` escaped).
// Maps are null-prototype objects or JSON.parse's plain objects; a `__proto__` key is an ordinary
// member throughout (setOwn), so user keys never reach Object.prototype.
import { setOwn } from '../../util/own';

export type JsonMap = Record<string, unknown>;

export const isMap = (v: unknown): v is JsonMap => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A fresh map with no prototype: `constructor` or `toString` keys are plain members of it. */
export function newMap(): JsonMap {
  return Object.create(null) as JsonMap;
}

/** Own member k of m, or undefined (never Object.prototype's). */
export function own(m: JsonMap, k: string): unknown {
  return Object.hasOwn(m, k) ? m[k] : undefined;
}

export function put(m: JsonMap, k: string, v: unknown): void {
  setOwn(m, k, v);
}

/** Deep copy into null-prototype maps, iteratively bounded by the caller's depth check. */
export function copyJson<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(copyJson) as T;
  const out = newMap();
  for (const k of Object.keys(v)) put(out, k, copyJson((v as JsonMap)[k]));
  return out as T;
}

/** Go's equality of two interface{} values holding scalars (maps and slices never compare equal here). */
export function goEqualScalar(a: unknown, b: unknown): boolean {
  return (a === null || typeof a !== 'object') && a === b;
}

/** strconv.FormatFloat(f, 'g', -1, 64), as %v prints a float64. */
function goFloat(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const s = String(n);
  // JavaScript writes 1e+21 and 1.5e-7 as Go does, except Go pads the exponent to two digits.
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** fmt's %v of a decoded JSON value. */
export function goV(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') return goFloat(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goV).join(' ')}]`;
  const m = v as JsonMap;
  return `map[${Object.keys(m)
    .sort()
    .map((k) => `${k}:${goV(m[k])}`)
    .join(' ')}]`;
}

/** json.Marshal of a decoded value: compact, map keys sorted, `<`, `>`, `&`, U+2028/9 escaped. */
export function goJson(v: unknown): string {
  const sorted = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(sorted);
    if (x === null || typeof x !== 'object') return x;
    const out = newMap();
    for (const k of Object.keys(x).sort()) put(out, k, sorted((x as JsonMap)[k]));
    return out;
  };
  const escapes: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };
  return JSON.stringify(sorted(v)).replace(/[<>&\u2028\u2029]/g, (c) => escapes[c]);
}

/** reflect.Kind's name for a decoded JSON value, as mergepatch.ErrBadArgType prints it. */
export function goKind(v: unknown): string {
  if (v === null || v === undefined) return 'invalid';
  if (Array.isArray(v)) return 'slice';
  if (typeof v === 'object') return 'map';
  if (typeof v === 'number') return 'float64';
  return typeof v === "boolean" ? "bool" : typeof v;
}
