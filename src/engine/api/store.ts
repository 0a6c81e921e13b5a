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

export class Store {
  revision = 0;
  private readonly byResource = new Map<string, Map<string, KObject>>();
  private readonly podsByNode = new Map<string, Set<string>>();
  private readonly byOwner = new Map<string, Set<string>>();
  private readonly keyResource = new Map<string, string>();
  private readonly listeners: StoreListener[] = [];

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
    return this.byResource.get(resource)?.get(objectKey(resource, namespace, name)) as T | undefined;
  }

  getByKey(key: string): KObject | undefined {
    const resource = this.keyResource.get(key);
    return resource ? this.byResource.get(resource)?.get(key) : undefined;
  }

  /** Objects of a resource, in creation order; optionally one namespace. */
  list<T extends KObject = KObject>(resource: string, namespace?: string): T[] {
    const m = this.byResource.get(resource);
    if (!m) return [];
    const out: T[] = [];
    for (const o of m.values()) if (namespace === undefined || o.metadata.namespace === namespace) out.push(o as T);
    return out;
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
    const keys = this.podsByNode.get(node);
    if (!keys) return [];
    const out: KObject[] = [];
    for (const k of [...keys].sort()) {
      const o = this.getByKey(k);
      if (o) out.push(o);
    }
    return out;
  }

  /** Objects with an ownerReference to this uid, ordered by key (see podsOnNode for why). */
  dependents(ownerUid: string): KObject[] {
    const keys = this.byOwner.get(ownerUid);
    if (!keys) return [];
    const out: KObject[] = [];
    for (const k of [...keys].sort()) {
      const o = this.getByKey(k);
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
    if (previous) this.unindex(key, resource, previous);
    // Re-inserting keeps Map order = creation order only if we don't delete first; Map.set on an
    // existing key keeps its position, which is what we want.
    m.set(key, object);
    this.keyResource.set(key, resource);
    this.index(key, resource, object);
    this.emit(previous ? { type: 'MODIFIED', object, previous } : { type: 'ADDED', object }, resource);
  }

  remove(resource: string, object: KObject): void {
    const key = objectKey(resource, object.metadata.namespace, object.metadata.name);
    const m = this.byResource.get(resource);
    const previous = m?.get(key);
    if (!m || !previous) return;
    m.delete(key);
    this.keyResource.delete(key);
    this.unindex(key, resource, previous);
    this.emit({ type: 'DELETED', object, previous }, resource);
  }

  private emit(event: WatchEvent, resource: string): void {
    for (const l of this.listeners) l(event, resource);
  }

  private index(key: string, resource: string, o: KObject): void {
    if (resource === 'pods') {
      const node = o.spec?.nodeName as string | undefined;
      if (node) {
        let s = this.podsByNode.get(node);
        if (!s) {
          s = new Set();
          this.podsByNode.set(node, s);
        }
        s.add(key);
      }
    }
    for (const ref of o.metadata.ownerReferences ?? []) {
      let s = this.byOwner.get(ref.uid);
      if (!s) {
        s = new Set();
        this.byOwner.set(ref.uid, s);
      }
      s.add(key);
    }
  }

  private unindex(key: string, resource: string, o: KObject): void {
    if (resource === 'pods') {
      const node = o.spec?.nodeName as string | undefined;
      if (node) {
        const s = this.podsByNode.get(node);
        s?.delete(key);
        if (s && s.size === 0) this.podsByNode.delete(node);
      }
    }
    for (const ref of o.metadata.ownerReferences ?? []) {
      const s = this.byOwner.get(ref.uid);
      s?.delete(key);
      if (s && s.size === 0) this.byOwner.delete(ref.uid);
    }
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
    this.keyResource.clear();
    this.revision = state.revision;
    const saved = this.listeners.splice(0);
    for (const o of state.objects) this.put(resourceOf(o), o);
    this.listeners.push(...saved);
  }
}
