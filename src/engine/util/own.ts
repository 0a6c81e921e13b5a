// Maps keyed by what a user types (labels, annotations, ConfigMap and Secret keys, names) are
// plain objects because they are JSON. Reading them goes through own properties only, so
// `constructor` or `toString` is an absent key, not Object.prototype's; writing `__proto__`
// defines an ordinary member instead of replacing the object's prototype.

/** `o[k]` when k is o's own member, else undefined. */
export function getOwn<T>(o: Record<string, T> | null | undefined, k: string): T | undefined {
  return o != null && Object.hasOwn(o, k) ? o[k] : undefined;
}

/** Whether k is o's own member. */
export function hasOwn(o: object | null | undefined, k: string): boolean {
  return o != null && Object.hasOwn(o, k);
}

/** `o[k] = v`, also for k = `__proto__` (an own enumerable member, as JSON.parse makes it). */
export function setOwn<T>(o: Record<string, T>, k: string, v: NoInfer<T>): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}
