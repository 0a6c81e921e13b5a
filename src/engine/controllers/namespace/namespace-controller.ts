// The namespace controller: when a namespace is deleted (Terminating), it deletes everything in
// it, waits for those objects to go (pods end gracefully on their kubelets), then removes the
// `kubernetes` finalizer, and the API server removes the namespace.
// [k8s: pkg/controller/namespace/namespace_controller.go, deletion/namespaced_resources_deleter.go]
// Simplification: the real controller requeues with an estimate of the longest pod grace
// period; this one looks again every 5 s of virtual time until the namespace is empty.
import { KINDS } from '../../api/kinds';
import type { ComponentFactory } from '../../cluster/component';
import type { KObject, WatchEvent } from '../../objects/types';
import type { Timer } from '../../sim/clock';

export const NAMESPACE_CONTROLLER = 'namespace-controller';
export const RECHECK_MS = 5_000;

export const namespaceController: ComponentFactory = (ctx) => {
  const api = ctx.api;
  const client = api.client(NAMESPACE_CONTROLLER);
  const namespaced = KINDS.filter((k) => k.namespaced && k.kind !== 'Namespace');

  /** One pass over a terminating namespace: delete what is left; finalize once nothing is. */
  function sync(name: string): void {
    const ns = api.store.get('namespaces', undefined, name);
    if (!ns?.metadata.deletionTimestamp) return;
    for (const info of namespaced) {
      for (const obj of api.store.list(info.resource, name)) {
        if (obj.metadata.deletionTimestamp) continue;
        try {
          client.delete(info.kind, name, obj.metadata.name);
        } catch {
          // gone already, or refused: the next pass looks again
        }
      }
    }
    // What could go at once is gone now; pods on kubelets and objects with finalizers take longer.
    if (namespaced.every((info) => api.store.list(info.resource, name).length === 0)) {
      const spec = { ...(ns.spec as Record<string, unknown>), finalizers: [] };
      try {
        client.update({ ...ns, spec } as KObject);
      } catch {
        ctx.clock.schedule(RECHECK_MS, NAMESPACE_CONTROLLER, 'sync', { name });
      }
      return;
    }
    ctx.clock.schedule(RECHECK_MS, NAMESPACE_CONTROLLER, 'sync', { name });
  }

  return {
    name: NAMESPACE_CONTROLLER,
    start() {
      ctx.clock.on(NAMESPACE_CONTROLLER, (t: Timer) => sync((t.data as { name: string }).name));
      // Only a namespace that has just started terminating needs a first pass; later passes
      // are timers, which a snapshot keeps.
      const starts = (e: WatchEvent) => e.type === 'MODIFIED' && !!e.object.metadata.deletionTimestamp && !e.previous?.metadata.deletionTimestamp;
      api.watch(
        'namespaces',
        (e) => (starts(e) ? NAMESPACE_CONTROLLER : null),
        (e) => {
          if (starts(e)) ctx.clock.schedule(0, NAMESPACE_CONTROLLER, 'sync', { name: e.object.metadata.name });
        },
      );
    },
  };
};
