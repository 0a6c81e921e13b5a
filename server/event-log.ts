// The watch cache: the recent changes of the store, by resourceVersion, so a watch can start
// from a version a client listed at ("give me what changed after 1234"). The store's revision
// is global, as etcd's is; a version older than the oldest change kept is answered 410 Gone
// ("too old resource version"), and the client lists again, as client-go's reflector does.
// [k8s: staging/src/k8s.io/apiserver/pkg/storage/cacher/watch_cache.go (a ring of events,
//  capacity 100–102400), errors.NewResourceExpired]
// Simplification: one ring for every resource (the real one keeps one per resource type).
import type { Store } from '../src/engine/api/store';
import type { KObject, WatchEventType } from '../src/engine/objects/types';

export interface LoggedEvent {
  type: WatchEventType;
  resource: string;
  object: KObject;
  previous?: KObject;
  rv: number;
}

export type EventListener = (e: LoggedEvent) => void;

export class EventLog {
  private readonly ring: LoggedEvent[] = [];
  private start = 0;
  private readonly listeners = new Set<EventListener>();
  /** The revision before the oldest kept event: versions from here on can be watched. */
  oldestWatchable: number;

  constructor(
    private readonly store: Store,
    readonly capacity = 20_000,
  ) {
    this.oldestWatchable = store.revision;
    store.subscribe((event, resource) => {
      const e: LoggedEvent = {
        type: event.type,
        resource,
        object: event.object,
        previous: event.previous,
        rv: Number(event.object.metadata.resourceVersion),
      };
      this.push(e);
      for (const l of this.listeners) l(e);
    });
  }

  private push(e: LoggedEvent): void {
    if (this.ring.length < this.capacity) this.ring.push(e);
    else {
      const dropped = this.ring[this.start];
      this.ring[this.start] = e;
      this.start = (this.start + 1) % this.capacity;
      this.oldestWatchable = dropped.rv;
    }
  }

  revision(): number {
    return this.store.revision;
  }

  /** Events after `rv`, in order, or undefined when they are no longer kept. */
  since(rv: number): LoggedEvent[] | undefined {
    if (rv < this.oldestWatchable) return undefined;
    const out: LoggedEvent[] = [];
    for (let i = 0; i < this.ring.length; i++) {
      const e = this.ring[(this.start + i) % this.ring.length];
      if (e.rv > rv) out.push(e);
    }
    return out;
  }

  subscribe(l: EventListener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}
