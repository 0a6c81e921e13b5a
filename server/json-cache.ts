// Serialised objects, shared by every answer: objects in the store are never mutated (a write
// stores a new object), so an object's JSON, and its metadata's, can be kept as long as the
// object lives. A list of 3,000 pods or a Table of them then costs the changed objects only,
// as the real API server's watch cache keeps serialised objects.
// [k8s: staging/src/k8s.io/apiserver/pkg/storage/cacher/caching_object.go]
import type { KObject } from '../src/engine/objects/types';

const objects = new WeakMap<object, string>();
const metadata = new WeakMap<object, string>();

export function objectJson(o: KObject): string {
  let s = objects.get(o);
  if (s === undefined) {
    s = JSON.stringify(o);
    objects.set(o, s);
  }
  return s;
}

export function metadataJson(o: KObject): string {
  let s = metadata.get(o.metadata);
  if (s === undefined) {
    s = JSON.stringify(o.metadata);
    metadata.set(o.metadata, s);
  }
  return s;
}

/** `{"kind":…,"apiVersion":…,"metadata":…,"items":[…]}` from cached items. */
export function listJson(head: Record<string, unknown>, items: KObject[]): string {
  const start = JSON.stringify(head).slice(0, -1);
  return `${start}${start.length > 1 ? ',' : ''}"items":[${items.map(objectJson).join(',')}]}`;
}
