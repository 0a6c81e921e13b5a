// The API server's watch fan-out: components register informers per resource; every stored change
// is delivered to them in registration order, each delivery recorded in the trace as
// api-server → <watcher> so the stage can show notifications travelling.
import type { WatchEvent } from '../objects/types';
import type { Clock } from '../sim/clock';
import type { Trace } from './trace';

export type WatchHandler = (event: WatchEvent) => void;

interface Watcher {
  /** The trace name of the receiver, or null to skip this event (a kubelet's field selector). */
  name: (event: WatchEvent) => string | null;
  handler: WatchHandler;
}

export class WatchHub {
  private readonly byResource = new Map<string, Watcher[]>();

  constructor(
    private readonly clock: Clock,
    private readonly trace: Trace,
  ) {}

  watch(resource: string, name: string | ((event: WatchEvent) => string | null), handler: WatchHandler): () => void {
    const w: Watcher = { name: typeof name === 'string' ? () => name : name, handler };
    let list = this.byResource.get(resource);
    if (!list) {
      list = [];
      this.byResource.set(resource, list);
    }
    list.push(w);
    return () => {
      list.splice(list.indexOf(w), 1);
    };
  }

  notify(event: WatchEvent, resource: string): void {
    const list = this.byResource.get(resource);
    if (!list) return;
    for (const w of list) {
      const to = w.name(event);
      if (to === null) continue;
      this.trace.record({
        time: this.clock.now(),
        from: 'api-server',
        to,
        verb: 'watch',
        eventType: event.type,
        resource,
        namespace: event.object.metadata.namespace,
        name: event.object.metadata.name,
        revision: Number(event.object.metadata.resourceVersion),
      });
      w.handler(event);
    }
  }
}
