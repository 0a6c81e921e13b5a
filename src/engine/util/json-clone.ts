// Deep copy and deep equality for API objects (plain JSON-like data), cheaper than
// structuredClone and JSON.stringify round trips on the hot write path.
// deepClone copies own enumerable properties (undefined values included, as structuredClone
// keeps them); jsonEqual answers exactly `JSON.stringify(a) === JSON.stringify(b)` — key order
// matters and undefined members are skipped — without building the strings.
// A member named `__proto__` (JSON.parse makes one from user input) is copied as an own data
// property: plain assignment would replace the copy's prototype and lose the member.

export function deepClone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const n = value.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = deepClone(value[i]);
    return out as T;
  }
  const proto = Object.getPrototypeOf(value);
  // Anything that is not a plain object (Date, Map …) keeps structuredClone's semantics.
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in src) {
    if (k === '__proto__') Object.defineProperty(out, k, { value: deepClone(src[k]), enumerable: true, writable: true, configurable: true });
    else out[k] = deepClone(src[k]);
  }
  return out as T;
}

/** Whether JSON.stringify would drop this member (or print it as null inside an array). */
function skipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'number' || Number.isFinite(a) || JSON.stringify(a) === JSON.stringify(b);
  const ta = typeof a;
  if (ta !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // Different primitives: equal only when both print the same (NaN/Infinity as null, -0 as 0,
    // undefined and functions as nothing).
    return JSON.stringify(a) === JSON.stringify(b);
  }
  if (hasToJSON(a as object) || hasToJSON(b as object)) return JSON.stringify(a) === JSON.stringify(b);
  const aArr = Array.isArray(a);
  if (aArr !== Array.isArray(b)) return false;
  if (aArr) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) {
      const u = skipped(x[i]) ? null : x[i];
      const v = skipped(y[i]) ? null : y[i];
      if (!jsonEqual(u, v)) return false;
    }
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < kx.length && skipped(x[kx[i]])) i++;
    while (j < ky.length && skipped(y[ky[j]])) j++;
    if (i >= kx.length || j >= ky.length) return i >= kx.length && j >= ky.length;
    if (kx[i] !== ky[j] || !jsonEqual(x[kx[i]], y[ky[j]])) return false;
    i++;
    j++;
  }
}

function hasToJSON(o: object): boolean {
  return typeof (o as { toJSON?: unknown }).toJSON === 'function';
}
