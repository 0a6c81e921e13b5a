// The garbage collector: background cascading deletion (an owner is gone → its dependents without
// another live owner are deleted, references to dead owners are stripped from the others) and
// foreground deletion (an owner with the foregroundDeletion finalizer waits until its
// blockOwnerDeletion dependents are gone, then the GC removes the finalizer).
// [k8s: pkg/controller/garbagecollector/garbagecollector.go attemptToDeleteItem, graph_builder.go]
// Simplifications: the store's dependents(uid) index stands in for the dependency graph; the
// cycle check of foreground chains is skipped; `orphan` is done by the API server itself.
import { KINDS, kindInfo } from '../../api/kinds';
import type { ComponentFactory } from '../../cluster/component';
import type { KObject, WatchEvent } from '../../objects/types';
import { jsonEqual } from '../../util/json-clone';
import { WorkQueue, type WorkQueueState, newWorkQueueState } from '../work-queue';
import { FOREGROUND_FINALIZER, ORPHAN_FINALIZER, blockingDependents, classifyReferences, isDeletingDependents, ownerOf } from './owners';

export const GARBAGE_COLLECTOR = 'garbage-collector-controller';
/** The GC acts from its own work queue, a beat after the change it reacts to. */
export const GC_LATENCY_MS = 100;
/** The real GC ignores events (DefaultIgnoredResources). */
const IGNORED_KINDS = new Set(['Event']);

export interface GarbageCollectorState {
  queue: WorkQueueState;
}

export function gcKey(obj: KObject): string {
  return `${obj.kind}|${obj.metadata.namespace ?? ''}|${obj.metadata.name}|${obj.metadata.uid}`;
}

function refsChanged(a: KObject | undefined, b: KObject): boolean {
  return !jsonEqual(a?.metadata.ownerReferences ?? [], b.metadata.ownerReferences ?? []);
}

export const garbageCollector: ComponentFactory = (ctx) => {
  const api = ctx.api;
  const client = api.client(GARBAGE_COLLECTOR);
  const state = ctx.state<GarbageCollectorState>(GARBAGE_COLLECTOR, () => ({ queue: newWorkQueueState() }));
  const queue = new WorkQueue(ctx.clock, GARBAGE_COLLECTOR, state.queue);

  /** Owners of refsOf that are deleting in the foreground: they may be waiting for it. */
  function waitingOwners(refsOf: KObject, out: KObject[]): void {
    for (const ref of refsOf.metadata.ownerReferences ?? []) {
      const owner = ownerOf(api, refsOf, ref);
      if (owner && owner !== 'unknown-kind' && isDeletingDependents(owner)) out.push(owner);
    }
  }

  /** The graph builder's reaction to one change: which objects to look at again. */
  function interesting(e: WatchEvent): KObject[] {
    const o = e.object;
    const out: KObject[] = [];
    if (e.type === 'DELETED') {
      out.push(...api.store.dependents(o.metadata.uid));
      waitingOwners(o, out); // a dependent gone may unblock a foreground deletion
      return out;
    }
    if (isDeletingDependents(o) && (e.type === 'ADDED' || !e.previous || !isDeletingDependents(e.previous))) {
      out.push(...api.store.dependents(o.metadata.uid), o);
    }
    if (e.type === 'ADDED' || refsChanged(e.previous, o)) {
      const c = classifyReferences(api, o);
      if (c.dangling.length || c.waiting.length) out.push(o);
      // A reference removed (or made non-blocking) may unblock an owner.
      if (e.previous) waitingOwners(e.previous, out);
    }
    return out;
  }

  function enqueue(objs: KObject[]): void {
    for (const o of objs) queue.add(gcKey(o), GC_LATENCY_MS);
  }

  /** processDeletingDependentsItem. */
  function processDeletingDependents(owner: KObject): void {
    const blocking = blockingDependents(api, owner);
    if (blocking.length === 0) {
      const finalizers = (owner.metadata.finalizers ?? []).filter((f) => f !== FOREGROUND_FINALIZER);
      const metadata: KObject['metadata'] = { ...owner.metadata, finalizers };
      if (finalizers.length === 0) delete metadata.finalizers;
      // Removing the last finalizer lets the API server finish the delete.
      client.update({ ...owner, metadata });
      return;
    }
    for (const d of blocking) if (!isDeletingDependents(d)) queue.add(gcKey(d), GC_LATENCY_MS);
  }

  /** attemptToDeleteItem. Throws to retry with back-off. */
  function attemptToDelete(key: string): void {
    const [kind, ns, name, uid] = key.split('|');
    const obj = api.getByKind(kind, ns || undefined, name);
    if (!obj || obj.metadata.uid !== uid) return;
    if (obj.metadata.deletionTimestamp && !isDeletingDependents(obj)) return; // a one-way trip already
    if (isDeletingDependents(obj)) {
      processDeletingDependents(obj);
      return;
    }
    const refs = obj.metadata.ownerReferences ?? [];
    if (refs.length === 0) return;
    const c = classifyReferences(api, obj);
    if (c.solid.length > 0) {
      if (c.dangling.length === 0 && c.waiting.length === 0) return;
      // Another owner keeps it alive: only the references to dead or departing owners go.
      const drop = new Set([...c.dangling, ...c.waiting].map((r) => r.uid));
      client.update({ ...obj, metadata: { ...obj.metadata, ownerReferences: refs.filter((r) => !drop.has(r.uid)) } });
      return;
    }
    const info = kindInfo(kind);
    const hasDependents = api.store.dependents(uid).length > 0;
    let policy: 'Background' | 'Foreground' | 'Orphan' = 'Background';
    if (c.waiting.length > 0 && hasDependents && info?.generation) policy = 'Foreground';
    else if ((obj.metadata.finalizers ?? []).includes(ORPHAN_FINALIZER)) policy = 'Orphan';
    else if ((obj.metadata.finalizers ?? []).includes(FOREGROUND_FINALIZER)) policy = 'Foreground';
    client.delete(kind, ns || undefined, name, { uid, propagationPolicy: policy });
  }

  return {
    name: GARBAGE_COLLECTOR,
    start() {
      ctx.clock.on(GARBAGE_COLLECTOR, (t) => {
        const key = queue.take(t);
        if (key === undefined) return;
        try {
          attemptToDelete(key);
          queue.forget(key);
        } catch {
          queue.addRateLimited(key);
        }
      });
      for (const info of KINDS) {
        if (IGNORED_KINDS.has(info.kind)) continue;
        // The real GC sees every change; to keep the trace readable ours is only shown (and only
        // acts on) the changes that matter to ownership.
        let pending: { event: WatchEvent; objs: KObject[] } | undefined;
        api.watch(
          info.resource,
          (e) => {
            const objs = interesting(e);
            pending = { event: e, objs };
            return objs.length ? GARBAGE_COLLECTOR : null;
          },
          (e) => {
            if (pending?.event === e) enqueue(pending.objs);
            pending = undefined;
          },
        );
      }
      // Startup sweep (the graph builder's first list): dependents of owners that no longer
      // exist (e.g. a hand-made snapshot), and foreground owners with nothing left to wait for.
      // Keys already queued are left alone, so restoring a snapshot adds no timers.
      for (const info of KINDS) {
        if (IGNORED_KINDS.has(info.kind)) continue;
        for (const o of api.store.list(info.resource)) {
          const key = gcKey(o);
          if (queue.has(key)) continue;
          const stuckForeground = isDeletingDependents(o) && blockingDependents(api, o).length === 0;
          const orphaned = !o.metadata.deletionTimestamp && o.metadata.ownerReferences?.length && classifyReferences(api, o).dangling.length > 0;
          if (stuckForeground || orphaned) queue.add(key, GC_LATENCY_MS);
        }
      }
    },
  };
};
