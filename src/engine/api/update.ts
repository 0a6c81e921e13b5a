// PUT (and the update half of PATCH): replaces an object, keeping server-owned metadata and, on
// the main resource, the stored status (the /status subresource takes only the status). A stale
// resourceVersion is 409 Conflict; generation moves when the spec changes; removing the last
// finalizer of an object being deleted completes the delete.
// [k8s: apiserver/pkg/registry/generic/registry/store.go Update, rest.BeforeUpdate]
import type { KObject } from '../objects/types';
import { deepClone, jsonEqual } from '../util/json-clone';
import type { ApiServer, UpdateOptions } from './api-server';
import { recordUpdate } from './apply/managed-fields';
import { apiVersionOf } from './kinds';
import { rfc3339 } from '../util/time';
import { namespaceFinalizers, removeNow, waitsForKubelet } from './delete';
import { StatusError, apiErrors } from './errors';
import { bodyTooLarge, storedTooLarge } from './request-body';
import { strategyFor } from './strategy';
import { checkDecoding, zeroNullItems } from './validation/known-fields';
import { validateObjectMeta } from './validation/object-meta';

/**
 * Replaces an object. `subresource: 'status'` takes only the status from the input (the
 * /status endpoint); otherwise status is kept from the stored object, as the real strategies do.
 * A stale resourceVersion gives 409 Conflict; an omitted one means "last write wins".
 */
export function updateRequest(api: ApiServer, input: KObject, actor: string, subresource: 'status' | undefined, opts: UpdateOptions): KObject {
  const info = api.infoFor(input.kind, input.apiVersion);
  const ns = info.namespaced ? input.metadata?.namespace || 'default' : undefined;
  const name = input.metadata?.name;
  try {
    // Reading and decoding the body, as in create (validation/known-fields.ts).
    // A patch's body was read and decoded by patchRequest; its result is not a request body.
    if (actor === 'kubectl' && !opts.patch) {
      const large = bodyTooLarge(input);
      if (large) throw large;
      checkDecoding(info.kind, info.version, input, true);
    }
    const old = api.store.get(info.resource, ns, name);
    if (!old) throw apiErrors.notFound(info, name);
    if (input.metadata.resourceVersion && input.metadata.resourceVersion !== old.metadata.resourceVersion)
      throw apiErrors.conflict(info, name);
    let obj: KObject;
    if (subresource === 'status') {
      obj = { ...old, metadata: { ...old.metadata }, status: deepClone(input.status) };
    } else {
      obj = deepClone(input);
      if (actor === 'kubectl') zeroNullItems(info.kind, obj);
      obj.apiVersion = old.apiVersion;
      obj.kind = old.kind;
      obj.metadata.namespace = ns;
      // Server-owned metadata cannot be changed by clients.
      obj.metadata.uid = old.metadata.uid;
      obj.metadata.creationTimestamp = old.metadata.creationTimestamp;
      if (old.metadata.deletionTimestamp) {
        obj.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
        obj.metadata.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
      } else {
        delete obj.metadata.deletionTimestamp;
        delete obj.metadata.deletionGracePeriodSeconds;
      }
      if (old.status !== undefined) obj.status = old.status;
      else delete obj.status;
      const strategy = strategyFor(info.kind);
      const ctx = api.strategyContext();
      strategy.default?.(obj, ctx);
      strategy.prepareForUpdate?.(obj, old, ctx);
      const errs = [...validateObjectMeta(info, obj), ...(strategy.validateUpdate?.(obj, old, ctx) ?? strategy.validate?.(obj, ctx) ?? [])];
      if (errs.length) throw apiErrors.invalid(info, name, errs);
      if (info.generation) {
        obj.metadata.generation = old.metadata.generation ?? 1;
        if (!jsonEqual(obj.spec, old.spec)) obj.metadata.generation += 1;
      }
      // A body without managedFields keeps the stored ones (upstream: nil means unchanged).
      if (obj.metadata.managedFields === undefined && old.metadata.managedFields !== undefined) obj.metadata.managedFields = old.metadata.managedFields;
      if (opts.fieldManager) recordUpdate(info.kind, apiVersionOf(info), old, obj, opts.fieldManager, rfc3339(api.clock.now()));
    }
    const verb = opts.patch ? 'patch' : 'update';
    // etcd3's GuaranteedUpdate writes nothing when the new object encodes as the stored one: the
    // resourceVersion stays (kubectl patch then says `(no change)`). Simplification: only patches
    // are compared; an update always writes.
    if (opts.patch && jsonEqual(obj, old)) {
      api.record(actor, verb, info, ns, name, 200, subresource, 'no change');
      return old;
    }
    if (opts.dryRun) return obj;
    if (actor === 'kubectl') storedTooLarge(obj);
    api.record(actor, verb, info, ns, name, 200, subresource);
    api.write(info, obj);
    // Removing the last finalizer of an object being deleted completes the delete.
    if (obj.metadata.deletionTimestamp && !(obj.metadata.finalizers?.length) && !waitsForKubelet(info, obj) && !(info.kind === 'Namespace' && namespaceFinalizers(obj).length)) {
      removeNow(api, info, obj, actor);
    }
    return obj;
  } catch (e) {
    if (e instanceof StatusError) api.record(actor, opts.patch ? 'patch' : 'update', info, ns, name ?? '', e.code, subresource);
    throw e;
  }
}
