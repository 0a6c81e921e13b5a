// POST: a new object through the API server. Reads and strictly decodes kubectl's body, fills
// metadata (generateName, uid, creationTimestamp, generation), runs the kind's strategy
// (initial status, defaulting), admission and validation, then writes to etcd.
// [k8s: apiserver/pkg/registry/generic/registry/store.go Create, rest.BeforeCreate]
import type { KObject, NewObject } from '../objects/types';
import { generateName, uuid } from '../sim/ids';
import { deepClone } from '../util/json-clone';
import { rfc3339 } from '../util/time';
import { runMutatingAdmission, runValidatingAdmission } from './admission';
import type { ApiServer, CreateOptions } from './api-server';
import { recordUpdate } from './apply/managed-fields';
import { StatusError, apiErrors, fieldErr, goQuote } from './errors';
import { type KindInfo, apiVersionOf, kindInfo, qualifiedResource } from './kinds';
import { bodyTooLarge, storedTooLarge } from './request-body';
import { type StrategyContext, strategyFor } from './strategy';
import { checkDecoding, zeroNullItems } from './validation/known-fields';
import { validateObjectMeta } from './validation/object-meta';

export function createRequest(api: ApiServer, input: NewObject, actor: string, opts: CreateOptions): KObject {
  const info = api.infoFor(input.kind, input.apiVersion);
  // A body over the limit is refused as it is read; one that does not decode before anything
  // walks it (checkDecoding bounds depth).
  if (actor === 'kubectl') {
    try {
      const large = bodyTooLarge(input);
      if (large) throw large;
      checkDecoding(info.kind, info.version, input, true);
    } catch (e) {
      const m = input.metadata as { namespace?: unknown; name?: unknown } | undefined;
      const ns = info.namespaced ? (typeof m?.namespace === 'string' && m.namespace) || 'default' : undefined;
      if (e instanceof StatusError) api.record(actor, 'create', info, ns, typeof m?.name === 'string' ? m.name : '', e.code);
      throw e;
    }
  }
  const obj = deepClone(input) as KObject;
  obj.apiVersion = apiVersionOf(info);
  obj.kind = info.kind;
  const meta = (obj.metadata ??= {} as KObject['metadata']);
  if (info.namespaced) meta.namespace = meta.namespace || 'default';
  else delete meta.namespace;
  // Mutating admission and the strategy see the request as sent (a generateName prefix); the
  // validating plugins run inside the store's create, after BeforeCreate generated the name, and
  // their errors name it ("in case the generated name is populated").
  // [k8s: staging/src/k8s.io/apiserver/pkg/registry/rest/create.go AdmissionToValidateObjectFunc]
  const requestName = (meta.name || meta.generateName || '') as string;
  if (!meta.name && meta.generateName) meta.name = generateName(api.rng, meta.generateName);
  const nameForErrors = meta.name ?? '';
  try {
    // Decoding the body: wrong types and (for kubectl's fieldValidation=Strict) unknown fields give 400.
    // In-cluster components are compiled clients sending typed structs, so only text typed by
    // a person (kubectl) can be malformed; skipping them keeps status writes cheap at scale.
    if (actor === 'kubectl') zeroNullItems(info.kind, obj);
    if (!meta.name) throw apiErrors.invalid(info, '', [fieldErr.required('metadata.name', 'name or generateName is required')]);
    if (info.namespaced && info.kind !== 'Namespace') {
      const namespace = api.store.get('namespaces', undefined, meta.namespace as string);
      if (!namespace) throw apiErrors.notFound(kindInfo('Namespace') as KindInfo, meta.namespace as string);
      // NamespaceLifecycle admission: nothing new goes into a namespace being deleted.
      if (namespace.metadata.deletionTimestamp)
        throw apiErrors.forbidden(
          `${qualifiedResource(info)} ${goQuote(meta.name ?? '')} is forbidden: unable to create new content in namespace ${meta.namespace} because it is being terminated`,
        );
    }
    const existing = api.store.get(info.resource, meta.namespace, meta.name);
    const strategy = strategyFor(info.kind);
    const ctx: StrategyContext = { ...api.strategyContext(), requestName };
    if (!strategy.keepStatusOnCreate) {
      delete obj.status;
      const initial = strategy.initialStatus?.(obj, ctx);
      if (initial !== undefined) obj.status = initial;
    }
    const earlyUid = strategy.uidBeforeDefault ? uuid(api.rng) : undefined;
    if (earlyUid) meta.uid = earlyUid;
    strategy.default?.(obj, ctx);
    runMutatingAdmission(info, obj, ctx);
    const errs = [...validateObjectMeta(info, obj), ...(strategy.validate?.(obj, ctx) ?? [])];
    if (errs.length) throw apiErrors.invalid(info, meta.name, errs);
    if (existing) throw apiErrors.alreadyExists(info, meta.name);
    strategy.admit?.(obj, ctx);
    runValidatingAdmission(info, obj, { ...ctx, requestName: meta.name, dryRun: !!opts.dryRun, updateStatus: (o) => api.update(o, 'kube-apiserver', 'status') });
    meta.uid = earlyUid ?? uuid(api.rng);
    meta.creationTimestamp = rfc3339(api.clock.now());
    if (info.generation) meta.generation = 1;
    delete meta.deletionTimestamp;
    delete meta.deletionGracePeriodSeconds;
    delete (meta as { resourceVersion?: string }).resourceVersion;
    if (opts.fieldManager) recordUpdate(info.kind, apiVersionOf(info), undefined, obj, opts.fieldManager, meta.creationTimestamp);
    if (opts.dryRun) {
      api.record(actor, 'create', info, meta.namespace, meta.name, 201, undefined, 'dry run');
      return obj;
    }
    // etcd refuses a request over its limit. Size-checked for kubectl only: components write
    // bounded objects (serialising each was hot).
    if (actor === 'kubectl') storedTooLarge(obj);
    // The request is traced before its etcd write and the watch notifications it causes.
    api.record(actor, 'create', info, meta.namespace, meta.name, 201);
    api.write(info, obj);
    return obj;
  } catch (e) {
    if (e instanceof StatusError) api.record(actor, 'create', info, meta.namespace, nameForErrors, e.code);
    throw e;
  }
}
