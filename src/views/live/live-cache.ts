// The page's copy of a Kubernetes API's objects, as a ClusterFeed (session/source.ts): what the
// store's mirror and the views read. Lists replace a kind's objects (their differences told to
// watchers as ADDED/MODIFIED/DELETED, so a relist after a broken watch tells only what changed);
// watch lines apply one change each. There is no engine here: no components, no traffic, no trace.
import type { ClusterEvent, KObject } from '../../engine';
import type { ClusterFeed } from '../session/source';
import type { Resource } from './kube-client';

type Obj = KObject;

/**
 * The engine's epoch (virtual time 0 is 2025-01-01T00:00:00Z, engine/util/time.ts), restated here
 * so this chunk does not import the engine: the views turn timestamps into virtual ms with it.
 */
const ENGINE_EPOCH_MS = Date.UTC(2025, 0, 1);

const keyOf = (o: Obj): string => `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

export class LiveCache implements ClusterFeed {
  private readonly byKind = new Map<string, Map<string, Obj>>();
  private readonly listeners = new Set<(event: ClusterEvent) => void>();
  /** The wall clock as the engine's virtual time: ms since its epoch, so every timestamp maths holds. */
  now = (): number => Date.now() - ENGINE_EPOCH_MS;

  constructor(private readonly resources: readonly Resource[]) {}

  get<T extends KObject = KObject>(kind: string, namespace: string | undefined, name: string): T | undefined {
    return this.byKind.get(kind)?.get(`${namespace ?? ''}/${name}`) as T | undefined;
  }

  list<T extends KObject = KObject>(kind: string, namespace?: string): T[] {
    const all = [...(this.byKind.get(kind)?.values() ?? [])] as T[];
    return namespace === undefined ? all : all.filter((o) => o.metadata?.namespace === namespace);
  }

  /** No engine, no components: views that use one (traffic, metrics, volume data) draw without it. */
  component(): undefined {
    return undefined;
  }

  watch(listener: (event: ClusterEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** A list's answer: this kind's objects become exactly `items`. */
  replace(r: Resource, items: readonly Record<string, unknown>[]): void {
    const old = this.byKind.get(r.kind) ?? new Map<string, Obj>();
    const next = new Map<string, Obj>();
    for (const raw of items) {
      const o = withKind(r, raw);
      const k = keyOf(o);
      next.set(k, o);
      const prev = old.get(k);
      if (!prev) this.tell({ type: 'ADDED', object: o, resource: r.resource });
      else if (prev.metadata?.resourceVersion !== o.metadata?.resourceVersion)
        this.tell({ type: 'MODIFIED', object: o, previous: prev, resource: r.resource });
    }
    this.byKind.set(r.kind, next);
    for (const [k, prev] of old) if (!next.has(k)) this.tell({ type: 'DELETED', object: prev, previous: prev, resource: r.resource });
  }

  /** One watch line's change. */
  apply(r: Resource, type: 'ADDED' | 'MODIFIED' | 'DELETED', raw: Record<string, unknown>): void {
    const o = withKind(r, raw);
    let objects = this.byKind.get(r.kind);
    if (!objects) this.byKind.set(r.kind, (objects = new Map()));
    const k = keyOf(o);
    const prev = objects.get(k);
    if (type === 'DELETED') objects.delete(k);
    else objects.set(k, o);
    this.tell({ type: type === 'ADDED' && prev ? 'MODIFIED' : type, object: o, ...(prev ? { previous: prev } : {}), resource: r.resource });
  }

  kinds(): readonly Resource[] {
    return this.resources;
  }

  private tell(event: ClusterEvent): void {
    for (const l of [...this.listeners]) l(event);
  }
}

/** Items of a list carry no kind or apiVersion (the list does); the views expect both. */
function withKind(r: Resource, raw: Record<string, unknown>): Obj {
  return (raw.kind ? raw : { ...raw, kind: r.kind, apiVersion: r.apiVersion }) as unknown as Obj;
}
