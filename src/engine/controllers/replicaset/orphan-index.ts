// A cache of orphan pods (no controller ownerReference) per namespace, so a ReplicaSet sync looks
// at its own pods (store.dependents) plus this namespace's orphans instead of every pod: the real
// controller lists the namespace from its informer cache, which is cheap there and not here with
// 30,000 pods in one store. Rebuilt from the store in start(); never part of a snapshot.
// The Deployment controller keeps one of orphan ReplicaSets the same way.
import { controllerRef } from '../../objects/pod';
import type { KObject, Pod, WatchEvent } from '../../objects/types';

export class OrphanIndex<T extends KObject = Pod> {
  private readonly byNamespace = new Map<string, Map<string, T>>();

  rebuild(pods: T[]): void {
    this.byNamespace.clear();
    for (const p of pods) this.put(p);
  }

  /** Keeps the index current; call from the pods watch before anything else. */
  observe(event: WatchEvent): void {
    const pod = event.object as T;
    if (event.type === 'DELETED') this.drop(pod);
    else if (controllerRef(pod)) this.drop(pod);
    else this.put(pod);
  }

  /** Orphan pods of a namespace, in the order they became orphans. */
  inNamespace(namespace: string): T[] {
    const m = this.byNamespace.get(namespace);
    return m ? [...m.values()] : [];
  }

  private put(pod: T): void {
    if (controllerRef(pod)) return;
    const ns = pod.metadata.namespace ?? 'default';
    let m = this.byNamespace.get(ns);
    if (!m) {
      m = new Map();
      this.byNamespace.set(ns, m);
    }
    m.set(pod.metadata.name, pod);
  }

  private drop(pod: T): void {
    const ns = pod.metadata.namespace ?? 'default';
    const m = this.byNamespace.get(ns);
    if (!m) return;
    m.delete(pod.metadata.name);
    if (m.size === 0) this.byNamespace.delete(ns);
  }
}
