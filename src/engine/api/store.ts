// etcd, as far as the control plane can tell: a versioned key-value store. Every write takes the
// next value of one global revision counter (resourceVersion), and every change is delivered to
// subscribers as ADDED/MODIFIED/DELETED with the previous object.
// Objects handed out are shared and must be treated as read-only; writers store fresh objects.
// Indexes (per resource, pods per node, dependents per owner uid) keep the hot lookups O(1)
// at 30,000 pods; they are derived, so snapshots carry only the objects.
import type { KObject, WatchEvent } from '../objects/types';

export interface StoreState {
  revision: number;
  objects: KObject[];
}

export type StoreListener = (event: WatchEvent, resource: string) => void;

export function objectKey(resource: string, namespace: string | undefined, name: string): string {
  return namespace ? `${resource}/${namespace}/${name}` : `${resource}//${name}`;
}

/**
 * A set of keys with a cached sorted view. Readers want key order (see Store.podsOnNode), and
 * the membership changes far less often than it is read, so the sort is redone only after a
 * change.
 */
class SortedKeys {
  private readonly keys = new Set<string>();
  private sorted: string[] | null = null;
  get size(): number {
    return this.keys.size;
  }
  add(key: string): void {
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.sorted = null;
  }
  delete(key: string): void {
    if (this.keys.delete(key)) this.sorted = null;
  }
  inOrder(): readonly string[] {
    return (this.sorted ??= [...this.keys].sort());
  }
}

export class Store {
  revision = 0;
  private readonly byResource = new Map<string, Map<string, KObject>>();
  /** Every object by key: one lookup for getByKey. */
  private readonly byKey = new Map<string, KObject>();
  private readonly podsByNode = new Map<string, SortedKeys>();
  private readonly byOwner = new Map<string, SortedKeys>();
  private readonly listeners: StoreListener[] = [];
  /** Creation sequence per key: list order, for callers that gather objects from indexes. */
  private readonly created = new Map<string, number>();
  private createdSeq = 0;

  subscribe(listener: StoreListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  nextRevision(): number {
    return ++this.revision;
  }

  get<T extends KObject = KObject>(resource: string, namespace: string | undefined, name: string): T | undefined {
    return this.byKey.get(objectKey(resource, namespace, name)) as T | undefined;
  }

  getByKey(key: string): KObject | undefined {
    return this.byKey.get(key);
  }

  /** Objects of a resource, in creation order; optionally one namespace. */
  list<T extends KObject = KObject>(resource: string, namespace?: string): T[] {
    const m = this.byResource.get(resource);
    if (!m) return [];
    const out: T[] = [];
    for (const o of m.values()) if (namespace === undefined || o.metadata.namespace === namespace) out.push(o as T);
    return out;
  }

  /** Sorts objects of one resource into list() order (creation order). */
  inListOrder<T extends KObject>(resource: string, objects: T[]): T[] {
    const seq = (o: T) => this.created.get(objectKey(resource, o.metadata.namespace, o.metadata.name)) ?? Number.MAX_SAFE_INTEGER;
    return objects.sort((a, b) => seq(a) - seq(b));
  }

  count(resource: string): number {
    return this.byResource.get(resource)?.size ?? 0;
  }

  /**
   * Pods bound to a node (spec.nodeName), ordered by key. Sorted rather than in index insertion
   * order because that order depends on history (binding order), which a restored snapshot
   * cannot reproduce — and callers' iteration order decides event names and timer order.
   */
  podsOnNode(node: string): KObject[] {
    return this.resolve(this.podsByNode.get(node));
  }

  /** Objects with an ownerReference to this uid, ordered by key (see podsOnNode for why). */
  dependents(ownerUid: string): KObject[] {
    return this.resolve(this.byOwner.get(ownerUid));
  }

  private resolve(keys: SortedKeys | undefined): KObject[] {
    if (!keys) return [];
    const out: KObject[] = [];
    for (const k of keys.inOrder()) {
      const o = this.byKey.get(k);
      if (o) out.push(o);
    }
    return out;
  }

  /** Writes an object that already carries its new resourceVersion. */
  put(resource: string, object: KObject): void {
    const key = objectKey(resource, object.metadata.namespace, object.metadata.name);
    let m = this.byResource.get(resource);
    if (!m) {
      m = new Map();
      this.byResource.set(resource, m);
    }
    const previous = m.get(key);
    // Most writes (status updates) keep the node and the owners: the indexes are left alone.
    if (previous) this.reindex(key, resource, previous, object);
    else {
      this.index(key, resource, object);
      this.created.set(key, ++this.createdSeq);
    }
    // Map.set on an existing key keeps its position: Map order stays creation order.
    m.set(key, object);
    this.byKey.set(key, object);
    this.emit(previous ? { type: 'MODIFIED', object, previous } : { type: 'ADDED', object }, resource);
  }

  remove(resource: string, object: KObject): void {
    const key = objectKey(resource, object.metadata.namespace, object.metadata.name);
    const m = this.byResource.get(resource);
    const previous = m?.get(key);
    if (!m || !previous) return;
    m.delete(key);
    // An empty resource leaves the dump order: a restored store only knows resources that have
    // objects, and the next object of this one must land at the same place in both.
    if (m.size === 0) this.byResource.delete(resource);
    this.byKey.delete(key);
    this.created.delete(key);
    this.unindex(key, resource, previous);
    this.emit({ type: 'DELETED', object, previous }, resource);
  }

  private emit(event: WatchEvent, resource: string): void {
    for (const l of this.listeners) l(event, resource);
  }

  private reindex(key: string, resource: string, before: KObject, after: KObject): void {
    const sameNode = resource !== 'pods' || before.spec?.nodeName === after.spec?.nodeName;
    if (sameNode && sameOwnerUids(before, after)) return;
    this.unindex(key, resource, before);
    this.index(key, resource, after);
  }

  private index(key: string, resource: string, o: KObject): void {
    if (resource === 'pods') {
      const node = o.spec?.nodeName as string | undefined;
      if (node) addTo(this.podsByNode, node, key);
    }
    const refs = o.metadata.ownerReferences;
    if (refs) for (const ref of refs) addTo(this.byOwner, ref.uid, key);
  }

  private unindex(key: string, resource: string, o: KObject): void {
    if (resource === 'pods') {
      const node = o.spec?.nodeName as string | undefined;
      if (node) removeFrom(this.podsByNode, node, key);
    }
    const refs = o.metadata.ownerReferences;
    if (refs) for (const ref of refs) removeFrom(this.byOwner, ref.uid, key);
  }

  /** Every object with its resource, in a stable order (for snapshots). */
  dump(): StoreState {
    const objects: KObject[] = [];
    for (const m of this.byResource.values()) for (const o of m.values()) objects.push(o);
    return { revision: this.revision, objects };
  }

  /** Loads a dump without notifying subscribers (components rebuild from the loaded state). */
  load(state: StoreState, resourceOf: (o: KObject) => string): void {
    this.byResource.clear();
    this.podsByNode.clear();
    this.byOwner.clear();
    this.byKey.clear();
    this.created.clear();
    this.revision = state.revision;
    const saved = this.listeners.splice(0);
    for (const o of state.objects) this.put(resourceOf(o), o);
    this.listeners.push(...saved);
  }
}

function sameOwnerUids(a: KObject, b: KObject): boolean {
  const x = a.metadata.ownerReferences;
  const y = b.metadata.ownerReferences;
  if (x === y) return true;
  if ((x?.length ?? 0) !== (y?.length ?? 0)) return false;
  for (let i = 0; i < (x?.length ?? 0); i++) if (x?.[i].uid !== y?.[i].uid) return false;
  return true;
}

function addTo(index: Map<string, SortedKeys>, at: string, key: string): void {
  let s = index.get(at);
  if (!s) {
    s = new SortedKeys();
    index.set(at, s);
  }
  s.add(key);
}

function removeFrom(index: Map<string, SortedKeys>, at: string, key: string): void {
  const s = index.get(at);
  if (!s) return;
  s.delete(key);
  if (s.size === 0) index.delete(at);
}
