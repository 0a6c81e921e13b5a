// Reading a JSON record by a name a learner typed. `record[name]` on a plain object also finds
// what the object inherits: `__proto__` yields Object.prototype (and writing through it pollutes
// every object in the page), `constructor` yields Object. Records kept in snapshots must stay
// plain JSON objects, so lookups by outside names go through `own` instead of a Map.

/** The record's own member `key`, never an inherited one. */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
