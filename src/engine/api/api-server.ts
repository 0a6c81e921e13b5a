// The API server: the only writer to the store. It resolves the kind, fills metadata (uid,
// resourceVersion, creationTimestamp, generation, generateName), runs the kind's strategy
// (defaulting, admission, validation) and turns deletes into graceful deletes where the real one
// does. Every request and every watch notification is recorded in the trace.
// Mirrors staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go in spirit.
// Simplifications: no managedFields, no field selectors on watch, watches are delivered
// synchronously (components model their own latency by how long they wait before acting).
import type { KObject, NewObject, WatchEvent } from '../objects/types';
import type { Clock } from '../sim/clock';
import { generateName, uuid } from '../sim/ids';
import type { Rng } from '../sim/rng';
import { deepClone, jsonEqual } from '../util/json-clone';
import { rfc3339 } from '../util/time';
import { StatusError, apiErrors, fieldErr, goQuote } from './errors';
import { type KindInfo, apiVersionOf, kindInfo, qualifiedResource } from './kinds';
import { type StrategyContext, strategyFor } from './strategy';
import { runMutatingAdmission, runValidatingAdmission } from './admission';
import { type Store, objectKey } from './store';
import type { Trace } from './trace';
import { validateObjectMeta } from './validation/object-meta';
import { type WatchHandler, WatchHub } from './watch-hub';
import { checkDecoding, zeroNullItems } from './validation/known-fields';
import { bodyTooLarge, storedTooLarge } from './request-body';
import { type PatchOutcome, type PatchType, patchRequest } from './patch/patch-request';
import { evictPod } from '../disruption/eviction';

/** The namespaces the NamespaceLifecycle admission plugin refuses to delete. */
const IMMORTAL_NAMESPACES = ['default', 'kube-system', 'kube-public'];

const namespaceFinalizers = (ns: KObject): string[] => ((ns.spec as { finalizers?: string[] } | undefined)?.finalizers ?? []);

/** Go's time.Duration holds at most 2^63 ns (about 292 years): a longer grace period stops there. */
const MAX_DURATION_SECONDS = 9_223_372_036;

export interface DeleteOptions {
  gracePeriodSeconds?: number;
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
  /** Only delete if the object still has this uid. */
  uid?: string;
}

export type { WatchHandler } from './watch-hub';

export interface UpdateOptions {
  dryRun?: boolean;
  /** The update of a PATCH request: traced as `patch`, no write when nothing changed. */
  patch?: boolean;
}

/** A request source: components call the API as themselves so the trace shows who did what. */
export interface ApiClient {
  readonly actor: string;
  create<T extends KObject>(obj: NewObject): T;
  update<T extends KObject>(obj: KObject): T;
  updateStatus<T extends KObject>(obj: KObject): T;
  delete(kind: string, namespace: string | undefined, name: string, opts?: DeleteOptions): KObject | undefined;
  get<T extends KObject>(kind: string, namespace: string | undefined, name: string): T | undefined;
}

export class ApiServer {
  private readonly hub: WatchHub;

  constructor(
    readonly store: Store,
    private readonly clock: Clock,
    private readonly rng: Rng,
    readonly trace: Trace,
  ) {
    this.hub = new WatchHub(clock, trace);
    store.subscribe((event, resource) => this.hub.notify(event, resource));
  }

  client(actor: string): ApiClient {
    return {
      actor,
      create: <T extends KObject>(obj: NewObject) => this.create(obj, actor) as T,
      update: <T extends KObject>(obj: KObject) => this.update(obj, actor) as T,
      updateStatus: <T extends KObject>(obj: KObject) => this.update(obj, actor, 'status') as T,
      delete: (kind, ns, name, opts) => this.delete(kind, ns, name, actor, opts),
      get: <T extends KObject>(kind: string, ns: string | undefined, name: string) => this.getByKind(kind, ns, name) as T | undefined,
    };
  }

  /** Registers a component's watch on a resource (an informer). */
  watch(resource: string, name: string | ((event: WatchEvent) => string | null), handler: WatchHandler): () => void {
    return this.hub.watch(resource, name, handler);
  }

  private ctx(): StrategyContext {
    return { store: this.store, rng: this.rng, now: this.clock.now() };
  }

  infoFor(kind: string | undefined, apiVersion?: string): KindInfo {
    if (!kind) throw apiErrors.badRequest("Object 'Kind' is missing in the request");
    const info = kindInfo(kind);
    if (!info) throw apiErrors.notFound({ kind: 'Kind', group: '', version: 'v1', resource: 'kinds', singular: 'kind', shortNames: [], namespaced: false, generation: false, verbs: [] }, kind);
    if (apiVersion !== undefined && apiVersion !== apiVersionOf(info))
      throw apiErrors.badRequest(`no kind "${kind}" is registered for version "${apiVersion}"`);
    return info;
  }

  getByKind<T extends KObject>(kind: string, namespace: string | undefined, name: string): T | undefined {
    const info = kindInfo(kind);
    if (!info) return undefined;
    return this.store.get<T>(info.resource, info.namespaced ? (namespace ?? 'default') : undefined, name);
  }

  list<T extends KObject>(kind: string, namespace?: string): T[] {
    const info = kindInfo(kind);
    if (!info) return [];
    return this.store.list<T>(info.resource, info.namespaced ? namespace : undefined);
  }

  private record(actor: string, verb: string, info: KindInfo, namespace: string | undefined, name: string, code: number, subresource?: string, message?: string): void {
    this.trace.record({ time: this.clock.now(), from: actor, to: 'api-server', verb, resource: info.resource, namespace, name, code, subresource, message });
  }

  private write(info: KindInfo, obj: KObject): KObject {
    const revision = this.store.nextRevision();
    obj.metadata.resourceVersion = String(revision);
    this.trace.record({
      time: this.clock.now(),
      from: 'api-server',
      to: 'etcd',
      verb: 'write',
      resource: info.resource,
      namespace: obj.metadata.namespace,
      name: obj.metadata.name,
      revision,
    });
    this.store.put(info.resource, obj);
    return obj;
  }

  create(input: NewObject, actor = 'kubectl', opts: { dryRun?: boolean } = {}): KObject {
    const info = this.infoFor(input.kind, input.apiVersion);
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
        if (e instanceof StatusError) this.record(actor, 'create', info, ns, typeof m?.name === 'string' ? m.name : '', e.code);
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
    if (!meta.name && meta.generateName) meta.name = generateName(this.rng, meta.generateName);
    const nameForErrors = meta.name ?? '';
    try {
      // Decoding the body: wrong types and (for kubectl's fieldValidation=Strict) unknown fields give 400.
      // In-cluster components are compiled clients sending typed structs, so only text typed by
      // a person (kubectl) can be malformed; skipping them keeps status writes cheap at scale.
      if (actor === 'kubectl') zeroNullItems(info.kind, obj);
      if (!meta.name) throw apiErrors.invalid(info, '', [fieldErr.required('metadata.name', 'name or generateName is required')]);
      if (info.namespaced && info.kind !== 'Namespace') {
        const namespace = this.store.get('namespaces', undefined, meta.namespace as string);
        if (!namespace) throw apiErrors.notFound(kindInfo('Namespace') as KindInfo, meta.namespace as string);
        // NamespaceLifecycle admission: nothing new goes into a namespace being deleted.
        if (namespace.metadata.deletionTimestamp)
          throw apiErrors.forbidden(
            `${qualifiedResource(info)} ${goQuote(meta.name ?? '')} is forbidden: unable to create new content in namespace ${meta.namespace} because it is being terminated`,
          );
      }
      const existing = this.store.get(info.resource, meta.namespace, meta.name);
      const strategy = strategyFor(info.kind);
      const ctx: StrategyContext = { ...this.ctx(), requestName };
      if (!strategy.keepStatusOnCreate) {
        delete obj.status;
        const initial = strategy.initialStatus?.(obj, ctx);
        if (initial !== undefined) obj.status = initial;
      }
      const earlyUid = strategy.uidBeforeDefault ? uuid(this.rng) : undefined;
      if (earlyUid) meta.uid = earlyUid;
      strategy.default?.(obj, ctx);
      runMutatingAdmission(info, obj, ctx);
      const errs = [...validateObjectMeta(info, obj), ...(strategy.validate?.(obj, ctx) ?? [])];
      if (errs.length) throw apiErrors.invalid(info, meta.name, errs);
      if (existing) throw apiErrors.alreadyExists(info, meta.name);
      strategy.admit?.(obj, ctx);
      runValidatingAdmission(info, obj, { ...ctx, requestName: meta.name, dryRun: !!opts.dryRun, updateStatus: (o) => this.update(o, 'kube-apiserver', 'status') });
      meta.uid = earlyUid ?? uuid(this.rng);
      meta.creationTimestamp = rfc3339(this.clock.now());
      if (info.generation) meta.generation = 1;
      delete meta.deletionTimestamp;
      delete meta.deletionGracePeriodSeconds;
      delete (meta as { resourceVersion?: string }).resourceVersion;
      if (opts.dryRun) {
        this.record(actor, 'create', info, meta.namespace, meta.name, 201, undefined, 'dry run');
        return obj;
      }
      // etcd refuses a request over its limit. Size-checked for kubectl only: components write
      // bounded objects (serialising each was hot).
      if (actor === 'kubectl') storedTooLarge(obj);
      // The request is traced before its etcd write and the watch notifications it causes.
      this.record(actor, 'create', info, meta.namespace, meta.name, 201);
      this.write(info, obj);
      return obj;
    } catch (e) {
      if (e instanceof StatusError) this.record(actor, 'create', info, meta.namespace, nameForErrors, e.code);
      throw e;
    }
  }

  /**
   * Replaces an object. `subresource: 'status'` takes only the status from the input (the
   * /status endpoint); otherwise status is kept from the stored object, as the real strategies do.
   * A stale resourceVersion gives 409 Conflict; an omitted one means "last write wins".
   */
  update(input: KObject, actor = 'kubectl', subresource?: 'status', opts: UpdateOptions = {}): KObject {
    const info = this.infoFor(input.kind, input.apiVersion);
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
      const old = this.store.get(info.resource, ns, name);
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
        const ctx = this.ctx();
        strategy.default?.(obj, ctx);
        strategy.prepareForUpdate?.(obj, old, ctx);
        const errs = [...validateObjectMeta(info, obj), ...(strategy.validateUpdate?.(obj, old, ctx) ?? strategy.validate?.(obj, ctx) ?? [])];
        if (errs.length) throw apiErrors.invalid(info, name, errs);
        if (info.generation) {
          obj.metadata.generation = old.metadata.generation ?? 1;
          if (!jsonEqual(obj.spec, old.spec)) obj.metadata.generation += 1;
        }
      }
      const verb = opts.patch ? 'patch' : 'update';
      // etcd3's GuaranteedUpdate writes nothing when the new object encodes as the stored one: the
      // resourceVersion stays (kubectl patch then says `(no change)`). Simplification: only patches
      // are compared; an update always writes.
      if (opts.patch && jsonEqual(obj, old)) {
        this.record(actor, verb, info, ns, name, 200, subresource, 'no change');
        return old;
      }
      if (opts.dryRun) return obj;
      if (actor === 'kubectl') storedTooLarge(obj);
      this.record(actor, verb, info, ns, name, 200, subresource);
      this.write(info, obj);
      // Removing the last finalizer of an object being deleted completes the delete.
      if (obj.metadata.deletionTimestamp && !(obj.metadata.finalizers?.length) && !this.waitsForKubelet(info, obj) && !(info.kind === 'Namespace' && namespaceFinalizers(obj).length)) {
        this.removeNow(info, obj, actor);
      }
      return obj;
    } catch (e) {
      if (e instanceof StatusError) this.record(actor, opts.patch ? 'patch' : 'update', info, ns, name ?? '', e.code, subresource);
      throw e;
    }
  }

  /**
   * PATCH: a JSON, merge or strategic merge patch (JSON text) applied to the stored object, then
   * the update path (strategy, validation, resourceVersion). See patch/patch-request.ts.
   */
  patch(kind: string, namespace: string | undefined, name: string, body: string, type: PatchType, actor = 'kubectl', opts: { dryRun?: boolean } = {}): PatchOutcome {
    return patchRequest(this, { kind, namespace, name, body, type, actor, dryRun: !!opts.dryRun });
  }

  /** Traces a request answered before it reached a write (patchRequest's early errors). */
  recordRequest(actor: string, verb: string, info: KindInfo, namespace: string | undefined, name: string, code: number): void {
    this.record(actor, verb, info, namespace, name, code);
  }

  /** A pod bound to a node is only removed once its kubelet confirms (grace period 0). */
  private waitsForKubelet(info: KindInfo, obj: KObject): boolean {
    return info.kind === 'Pod' && !!obj.spec?.nodeName && (obj.metadata.deletionGracePeriodSeconds ?? 0) > 0;
  }

  delete(kind: string, namespace: string | undefined, name: string, actor = 'kubectl', opts: DeleteOptions = {}): KObject | undefined {
    const info = this.infoFor(kind);
    const ns = info.namespaced ? namespace || 'default' : undefined;
    try {
      const old = this.store.get(info.resource, ns, name);
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
      this.record(actor, 'delete', info, ns, name, 200);
      return this.applyDelete(info, old, actor, opts);
    } catch (e) {
      if (e instanceof StatusError && e.code !== 200) this.record(actor, 'delete', info, ns, name, e.code);
      throw e;
    }
  }

  private applyDelete(info: KindInfo, old: KObject, actor: string, opts: DeleteOptions): KObject | undefined {
    const policy = opts.propagationPolicy ?? 'Background';
    if (policy === 'Orphan') this.orphanDependents(old, actor);
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
        metadata: { ...old.metadata, deletionTimestamp: rfc3339(this.clock.now()), deletionGracePeriodSeconds: 0 },
        status: { ...old.status, phase: 'Terminating' },
      };
      return this.write(info, obj);
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
      obj.metadata.deletionTimestamp = already && currentGrace !== undefined && currentGrace <= grace ? already : rfc3339(this.clock.now() + Math.min(grace, MAX_DURATION_SECONDS) * 1000);
      obj.metadata.deletionGracePeriodSeconds = grace;
      if (info.kind === 'Pod' && grace === 0 && old.spec?.nodeName) {
        // force delete of a bound pod: remove now
        return this.removeNow(info, old, actor);
      }
      return this.write(info, obj);
    }
    return this.removeNow(info, old, actor);
  }

  private removeNow(info: KindInfo, old: KObject, _actor: string): KObject {
    const revision = this.store.nextRevision();
    const obj: KObject = { ...old, metadata: { ...old.metadata, resourceVersion: String(revision) } };
    this.trace.record({ time: this.clock.now(), from: 'api-server', to: 'etcd', verb: 'delete', resource: info.resource, namespace: obj.metadata.namespace, name: obj.metadata.name, revision });
    this.store.remove(info.resource, obj);
    return obj;
  }

  /**
   * --cascade=orphan. Simplification: the real API server adds the `orphan` finalizer and the
   * garbage collector strips the references; we strip them here, synchronously.
   */
  private orphanDependents(owner: KObject, actor: string): void {
    for (const dep of this.store.dependents(owner.metadata.uid)) {
      const info = kindInfo(dep.kind);
      if (!info) continue;
      const refs = (dep.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
      const obj: KObject = { ...dep, metadata: { ...dep.metadata } };
      if (refs.length) obj.metadata.ownerReferences = refs;
      else delete obj.metadata.ownerReferences;
      this.record(actor, 'update', info, obj.metadata.namespace, obj.metadata.name, 200);
      this.write(info, obj);
    }
  }

  /** The pods/binding subresource: sets spec.nodeName and the PodScheduled condition. */
  bind(namespace: string, name: string, node: string, actor = 'default-scheduler'): KObject {
    const info = kindInfo('Pod') as KindInfo;
    const old = this.store.get(info.resource, namespace, name);
    if (!old) {
      this.record(actor, 'create', info, namespace, name, 404, 'binding');
      throw apiErrors.notFound(info, name);
    }
    if (old.spec?.nodeName) {
      this.record(actor, 'create', info, namespace, name, 409, 'binding');
      throw new StatusError({
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        reason: 'Conflict',
        code: 409,
        message: `Operation cannot be fulfilled on pods/binding "${name}": pod ${name} is already assigned to node "${old.spec.nodeName}"`,
      });
    }
    if (old.metadata.deletionTimestamp) {
      this.record(actor, 'create', info, namespace, name, 409, 'binding');
      throw apiErrors.conflict(info, name);
    }
    const now = rfc3339(this.clock.now());
    const conditions = [...(old.status?.conditions ?? []).filter((c: { type: string }) => c.type !== 'PodScheduled')];
    conditions.push({ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now });
    const obj: KObject = {
      ...old,
      metadata: { ...old.metadata },
      spec: { ...old.spec, nodeName: node },
      status: { ...old.status, conditions },
    };
    this.record(actor, 'create', info, namespace, name, 201, 'binding');
    this.write(info, obj);
    return obj;
  }

  /** The pods/eviction subresource: a PDB-checked graceful delete (disruption/eviction.ts). */
  evict(namespace: string, name: string, opts: DeleteOptions = {}, actor = 'kubectl'): void {
    const info = kindInfo('Pod') as KindInfo;
    evictPod(this, { namespace, name, opts, now: this.clock.now(), trace: (code) => this.record(actor, 'create', info, namespace, name, code, 'eviction') });
  }

  keyOf(obj: KObject): string {
    const info = kindInfo(obj.kind) as KindInfo;
    return objectKey(info.resource, obj.metadata.namespace, obj.metadata.name);
  }
}
