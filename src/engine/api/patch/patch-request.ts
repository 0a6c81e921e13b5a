// A PATCH request to the API server: read the body (3 MiB limit), find the object, apply the
// patch (apply-patch.ts), check the name and namespace, then the update path (strategy,
// validation, generation, resourceVersion precondition when the patch sets one, etcd's size
// limit), where an unchanged object is not written. [k8s: apiserver/pkg/endpoints/handlers/patch.go
//  PatchResource, patcher.applyPatch, checkName; rest.EnsureObjectNamespaceMatchesRequestNamespace]
// Simplification: no field managers (managedFields) and no retries on conflict (nothing else
// writes between reading and writing here).
import type { KObject } from '../../objects/types';
import type { ApiServer } from '../api-server';
import { StatusError, apiErrors } from '../errors';
import { MAX_REQUEST_BODY_BYTES } from '../request-body';
import { utf8Length } from '../../util/utf8';
import { type PatchType, applyPatch } from './apply-patch';
import { isMap } from './go-values';

export type { PatchType } from './apply-patch';

export interface PatchRequest {
  kind: string;
  namespace: string | undefined;
  name: string;
  /** The patch as JSON text (kubectl converts YAML first). */
  body: string;
  type: PatchType;
  actor: string;
  dryRun: boolean;
  /** The request's field manager: its changes are recorded in metadata.managedFields (apply/managed-fields.ts). */
  fieldManager?: string;
}

export interface PatchOutcome {
  /** The object after the patch (the stored one when nothing changed, or what would be stored on a dry run). */
  object: KObject;
  warnings: string[];
}

export function patchRequest(server: ApiServer, req: PatchRequest): PatchOutcome {
  const info = server.infoFor(req.kind);
  const ns = info.namespaced ? req.namespace || 'default' : undefined;
  let patched: KObject;
  let warnings: string[];
  try {
    if (req.body.length * 3 > MAX_REQUEST_BODY_BYTES && utf8Length(req.body) > MAX_REQUEST_BODY_BYTES)
      throw apiErrors.tooLarge(`Request entity too large: limit is ${MAX_REQUEST_BODY_BYTES}`);
    const current = server.store.get(info.resource, ns, req.name);
    if (!current) throw apiErrors.notFound(info, req.name);
    const result = applyPatch(current as unknown as Record<string, unknown>, req.body, req.type, info.kind);
    warnings = result.warnings;
    const meta = isMap(result.object.metadata) ? result.object.metadata : {};
    const name = typeof meta.name === 'string' ? meta.name : '';
    if (name !== req.name) throw apiErrors.badRequest(`the name of the object (${name}) does not match the name on the URL (${req.name})`);
    if (info.namespaced && typeof meta.namespace === 'string' && meta.namespace !== '' && meta.namespace !== ns)
      throw apiErrors.badRequest('the namespace of the provided object does not match the namespace sent on the request');
    patched = { ...result.object, apiVersion: current.apiVersion, kind: current.kind } as unknown as KObject;
  } catch (e) {
    if (e instanceof StatusError) server.recordRequest(req.actor, 'patch', info, ns, req.name, e.code);
    throw e;
  }
  // The update path traces its own answer.
  const stored = server.update(patched, req.actor, undefined, { dryRun: req.dryRun, patch: true, fieldManager: req.fieldManager });
  return { object: stored, warnings };
}
