// The API server: the only writer to the store. It resolves the kind, fills metadata (uid,
// resourceVersion, creationTimestamp, generation, generateName), runs the kind's strategy
// (defaulting, admission, validation) and turns deletes into graceful deletes where the real one
// does. Every request and every watch notification is recorded in the trace.
// Mirrors staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go in spirit.
// Simplifications: no field selectors on watch, watches are delivered synchronously (components
// model their own latency by how long they wait before acting).
// The requests themselves are beside it: create.ts, update.ts, delete.ts, binding.ts; PATCH in patch/.
import type { KObject, NewObject, WatchEvent } from '../objects/types';
import type { Clock } from '../sim/clock';
import type { Rng } from '../sim/rng';
import { apiErrors } from './errors';
import { type KindInfo, apiVersionOf, kindInfo } from './kinds';
import type { StrategyContext } from './strategy';
import { type Store, objectKey } from './store';
import type { Trace } from './trace';
import { type WatchHandler, WatchHub } from './watch-hub';
import { type PatchOutcome, type PatchType, patchRequest } from './patch/patch-request';
import { evictPod } from '../disruption/eviction';
import { createRequest } from './create';
import { updateRequest } from './update';
import { deleteRequest } from './delete';
import { bindRequest } from './binding';
import { type ApplyOutcome, type ApplyRequest, serverSideApply } from './apply/server-side-apply';

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
  /** The request's field manager: its changes are recorded in metadata.managedFields (apply/managed-fields.ts). */
  fieldManager?: string;
}

export interface CreateOptions {
  dryRun?: boolean;
  fieldManager?: string;
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
    /** @internal For the request files beside this one. */
    readonly clock: Clock,
    /** @internal */
    readonly rng: Rng,
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

  /** @internal */
  strategyContext(): StrategyContext {
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

  /** @internal Traces a request. */
  record(actor: string, verb: string, info: KindInfo, namespace: string | undefined, name: string, code: number, subresource?: string, message?: string): void {
    this.trace.record({ time: this.clock.now(), from: actor, to: 'api-server', verb, resource: info.resource, namespace, name, code, subresource, message });
  }

  /** @internal The etcd write: the next revision, traced, then the store. */
  write(info: KindInfo, obj: KObject): KObject {
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

  create(input: NewObject, actor = 'kubectl', opts: CreateOptions = {}): KObject {
    return createRequest(this, input, actor, opts);
  }

  /**
   * Replaces an object. `subresource: 'status'` takes only the status from the input (the
   * /status endpoint); otherwise status is kept from the stored object, as the real strategies do.
   * A stale resourceVersion gives 409 Conflict; an omitted one means "last write wins".
   */
  update(input: KObject, actor = 'kubectl', subresource?: 'status', opts: UpdateOptions = {}): KObject {
    return updateRequest(this, input, actor, subresource, opts);
  }

  /**
   * PATCH: a JSON, merge or strategic merge patch (JSON text) applied to the stored object, then
   * the update path (strategy, validation, resourceVersion). See patch/patch-request.ts.
   */
  patch(kind: string, namespace: string | undefined, name: string, body: string, type: PatchType, actor = 'kubectl', opts: { dryRun?: boolean; fieldManager?: string } = {}): PatchOutcome {
    return patchRequest(this, { kind, namespace, name, body, type, actor, dryRun: !!opts.dryRun, fieldManager: opts.fieldManager });
  }

  /** Server-side apply (PATCH application/apply-patch+yaml): apply/server-side-apply.ts. */
  apply(req: ApplyRequest): ApplyOutcome {
    return serverSideApply(this, req);
  }

  /** Traces a request answered before it reached a write (patchRequest's early errors). */
  recordRequest(actor: string, verb: string, info: KindInfo, namespace: string | undefined, name: string, code: number): void {
    this.record(actor, verb, info, namespace, name, code);
  }

  delete(kind: string, namespace: string | undefined, name: string, actor = 'kubectl', opts: DeleteOptions = {}): KObject | undefined {
    return deleteRequest(this, kind, namespace, name, actor, opts);
  }

  /** The pods/binding subresource: sets spec.nodeName and the PodScheduled condition. */
  bind(namespace: string, name: string, node: string, actor = 'default-scheduler'): KObject {
    return bindRequest(this, namespace, name, node, actor);
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
