// DELETE: graceful deletion (a pod bound to a node waits for its kubelet), finalizers,
// propagation policies (Foreground's finalizer, Orphan), UID preconditions and the namespace
// lifecycle's refusals. [k8s: apiserver/pkg/registry/generic/registry/store.go Delete,
//  rest.BeforeDelete; pkg/registry/core/namespace/storage/storage.go Delete]
import type { KObject } from '../objects/types';
import { rfc3339 } from '../util/time';
import type { ApiServer, DeleteOptions } from './api-server';
import { StatusError, apiErrors, goQuote } from './errors';
import { type KindInfo, kindInfo } from './kinds';

/** The namespaces the NamespaceLifecycle admission plugin refuses to delete. */
const IMMORTAL_NAMESPACES = ['default', 'kube-system', 'kube-public'];

export const namespaceFinalizers = (ns: KObject): string[] => ((ns.spec as { finalizers?: string[] } | undefined)?.finalizers ?? []);

/** Go's time.Duration holds at most 2^63 ns (about 292 years): a longer grace period stops there. */
const MAX_DURATION_SECONDS = 9_223_372_036;

/** A pod bound to a node is only removed once its kubelet confirms (grace period 0). */
export function waitsForKubelet(info: KindInfo, obj: KObject): boolean {
  return info.kind === 'Pod' && !!obj.spec?.nodeName && (obj.metadata.deletionGracePeriodSeconds ?? 0) > 0;
}

export function deleteRequest(api: ApiServer, kind: string, namespace: string | undefined, name: string, actor: string, opts: DeleteOptions): KObject | undefined {
  const info = api.infoFor(kind);
  const ns = info.namespaced ? namespace || 'default' : undefined;
  try {
    const old = api.store.get(info.resource, ns, name);
    if (!old) throw apiErrors.notFound(info, name);
    if (opts.uid && old.metadata.uid !== opts.uid)
      throw new StatusError({
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        reason: 'Conflict',
        code: 409,
        message: `Operation cannot be fulfilled on ${info.resource} "${name}": Precondition failed: UID in precondition: ${opts.uid}, UID in object meta: ${old.metadata.uid}`,
      });
    // NamespaceLifecycle admission: the system namespaces cannot be deleted.
    if (info.kind === 'Namespace' && IMMORTAL_NAMESPACES.includes(name)) throw apiErrors.forbidden(`namespaces ${goQuote(name)} is forbidden: this namespace may not be deleted`);
    api.record(actor, 'delete', info, ns, name, 200);
    return applyDelete(api, info, old, actor, opts);
  } catch (e) {
    if (e instanceof StatusError && e.code !== 200) api.record(actor, 'delete', info, ns, name, e.code);
    throw e;
  }
}

function applyDelete(api: ApiServer, info: KindInfo, old: KObject, actor: string, opts: DeleteOptions): KObject | undefined {
  const policy = opts.propagationPolicy ?? 'Background';
  if (policy === 'Orphan') orphanDependents(api, old, actor);
  let grace = 0;
  if (info.kind === 'Pod') {
    const phase = old.status?.phase;
    const scheduled = !!old.spec?.nodeName;
    grace = opts.gracePeriodSeconds ?? old.spec?.terminationGracePeriodSeconds ?? 30;
    // An unscheduled or finished pod has nothing to stop: it goes at once (pod strategy CheckGracefulDelete).
    if (!scheduled || phase === 'Succeeded' || phase === 'Failed') grace = 0;
    // A negative terminationGracePeriodSeconds passes validation; deleting treats it as 1 s.
    if (grace < 0) grace = 1;
  }
  // A namespace with spec.finalizers goes Terminating; the namespace controller empties it, then
  // clears the finalizer, and the update that does so removes it (namespace REST Delete).
  if (info.kind === 'Namespace' && namespaceFinalizers(old).length > 0) {
    if (old.metadata.deletionTimestamp) return old;
    const obj: KObject = {
      ...old,
      metadata: { ...old.metadata, deletionTimestamp: rfc3339(api.clock.now()), deletionGracePeriodSeconds: 0 },
      status: { ...old.status, phase: 'Terminating' },
    };
    return api.write(info, obj);
  }
  const finalizers = [...(old.metadata.finalizers ?? [])];
  if (policy === 'Foreground' && info.generation && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
  const already = old.metadata.deletionTimestamp;
  if (grace > 0 || finalizers.length > 0) {
    // Graceful: mark, let the kubelet (or finalizers' owners) finish. A shorter grace on a
    // second delete shortens it, a longer one does not (as the real API server does).
    const currentGrace = old.metadata.deletionGracePeriodSeconds;
    if (already && finalizers.length === (old.metadata.finalizers ?? []).length && (currentGrace === undefined || currentGrace <= grace)) return old;
    const obj: KObject = { ...old, metadata: { ...old.metadata, finalizers: finalizers.length ? finalizers : undefined } };
    if (!obj.metadata.finalizers) delete obj.metadata.finalizers;
    obj.metadata.deletionTimestamp = already && currentGrace !== undefined && currentGrace <= grace ? already : rfc3339(api.clock.now() + Math.min(grace, MAX_DURATION_SECONDS) * 1000);
    obj.metadata.deletionGracePeriodSeconds = grace;
    if (info.kind === 'Pod' && grace === 0 && old.spec?.nodeName) {
      // force delete of a bound pod: remove now
      return removeNow(api, info, old, actor);
    }
    return api.write(info, obj);
  }
  return removeNow(api, info, old, actor);
}

export function removeNow(api: ApiServer, info: KindInfo, old: KObject, _actor: string): KObject {
  const revision = api.store.nextRevision();
  const obj: KObject = { ...old, metadata: { ...old.metadata, resourceVersion: String(revision) } };
  api.trace.record({ time: api.clock.now(), from: 'api-server', to: 'etcd', verb: 'delete', resource: info.resource, namespace: obj.metadata.namespace, name: obj.metadata.name, revision });
  api.store.remove(info.resource, obj);
  return obj;
}

/**
 * --cascade=orphan. Simplification: the real API server adds the `orphan` finalizer and the
 * garbage collector strips the references; we strip them here, synchronously.
 */
function orphanDependents(api: ApiServer, owner: KObject, actor: string): void {
  for (const dep of api.store.dependents(owner.metadata.uid)) {
    const info = kindInfo(dep.kind);
    if (!info) continue;
    const refs = (dep.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
    const obj: KObject = { ...dep, metadata: { ...dep.metadata } };
    if (refs.length) obj.metadata.ownerReferences = refs;
    else delete obj.metadata.ownerReferences;
    api.record(actor, 'update', info, obj.metadata.namespace, obj.metadata.name, 200);
    api.write(info, obj);
  }
}
