// Events as client-go's EventRecorder writes them: core/v1 Event objects named
// `<involved>.<hex timestamp>`, in the involved object's namespace (cluster-scoped objects use
// `default`). An identical event (same source, object, type, reason and message) increments
// `count` and `lastTimestamp` instead of creating another. Events expire an hour after their last
// update (kube-apiserver --event-ttl=1h), which keeps memory bounded over days of churn.
// Simplification: client-go's "similar events" spam filter (10 per 10 minutes combined into
// "(combined from similar events)") is not modelled.
import type { ApiClient, ApiServer } from '../api/api-server';
import { objectKey } from '../api/store';
import type { KObject } from '../objects/types';
import type { Clock, Timer } from '../sim/clock';
import { rfc3339, rfc3339Micro } from '../util/time';

export const EVENT_TTL_MS = 60 * 60 * 1000;
const TARGET = 'event-recorder';

export interface RecorderState {
  /** aggregation key → event name. */
  byKey: Record<string, string>;
  /** name counter for deterministic uniqueness within one millisecond */
  serial: number;
}

export function newRecorderState(): RecorderState {
  return { byKey: {}, serial: 0 };
}

export interface EventSource {
  component: string;
  host?: string;
}

export interface Involved {
  kind: string;
  apiVersion: string;
  name: string;
  namespace?: string;
  uid: string;
  resourceVersion?: string;
  fieldPath?: string;
}

export function involvedOf(obj: KObject, fieldPath?: string): Involved {
  const inv: Involved = { kind: obj.kind, apiVersion: obj.apiVersion, name: obj.metadata.name, uid: obj.metadata.uid, resourceVersion: obj.metadata.resourceVersion };
  if (obj.metadata.namespace) inv.namespace = obj.metadata.namespace;
  if (fieldPath) inv.fieldPath = fieldPath;
  return inv;
}

export class EventRecorder {
  constructor(
    private readonly api: ApiServer,
    private readonly clock: Clock,
    readonly state: RecorderState,
  ) {
    clock.on(TARGET, (t) => this.expire(t));
  }

  /** A recorder bound to one source, the way each component gets its own. */
  for(source: EventSource): (obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string) => void {
    return (obj, type, reason, message, fieldPath) => this.record(source, involvedOf(obj, fieldPath), type, reason, message);
  }

  record(source: EventSource, involved: Involved, type: 'Normal' | 'Warning', reason: string, message: string): void {
    const namespace = involved.namespace ?? 'default';
    const aggKey = [source.component, source.host ?? '', involved.kind, namespace, involved.name, involved.uid, involved.fieldPath ?? '', type, reason, message].join('\u0000');
    const now = this.clock.now();
    const existingName = this.state.byKey[aggKey];
    const client = this.clientFor(source.host ? `${source.component}/${source.host}` : source.component);
    if (existingName) {
      const existing = this.api.store.get('events', namespace, existingName);
      if (existing) {
        client.update({
          ...existing,
          metadata: { ...existing.metadata, resourceVersion: undefined as unknown as string },
          count: ((existing.count as number) ?? 1) + 1,
          lastTimestamp: rfc3339(now),
        } as KObject);
        return;
      }
    }
    const name = `${involved.name}.${this.hexName(now)}`;
    const event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace },
      involvedObject: involved,
      reason,
      message,
      source,
      firstTimestamp: rfc3339(now),
      lastTimestamp: rfc3339(now),
      count: 1,
      type,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    };
    try {
      client.create(event);
    } catch {
      return; // the real recorder drops events it cannot write
    }
    this.state.byKey[aggKey] = name;
    this.clock.schedule(EVENT_TTL_MS, TARGET, 'expire', { namespace, name, key: aggKey });
  }

  private readonly clients = new Map<string, ApiClient>();

  private clientFor(actor: string): ApiClient {
    let c = this.clients.get(actor);
    if (!c) {
      c = this.api.client(actor);
      this.clients.set(actor, c);
    }
    return c;
  }

  /** time.UnixNano() in hex, as client-go names events; a serial keeps same-ms names unique. */
  private hexName(now: number): string {
    const ns = BigInt(Math.floor(now)) * 1000000n + BigInt(1735689600) * 1000000000n + BigInt(this.state.serial++ % 1000000);
    return ns.toString(16);
  }

  private expire(timer: Timer): void {
    const { namespace, name, key } = timer.data as { namespace: string; name: string; key: string };
    const ev = this.api.store.get('events', namespace, name);
    if (!ev) {
      if (this.state.byKey[key] === name) delete this.state.byKey[key];
      return;
    }
    const last = Date.parse(ev.lastTimestamp as string) - Date.parse(ev.firstTimestamp as string);
    const lastAt = this.firstAt(ev) + last;
    const due = lastAt + EVENT_TTL_MS;
    if (due > this.clock.now() + 1000) {
      this.clock.scheduleAt(due, TARGET, 'expire', timer.data);
      return;
    }
    if (this.state.byKey[key] === name) delete this.state.byKey[key];
    this.api.delete('Event', namespace, name, 'api-server');
  }

  private firstAt(ev: KObject): number {
    return Date.parse(ev.firstTimestamp as string) - Date.parse(rfc3339(0));
  }
}

export function eventKey(namespace: string, name: string): string {
  return objectKey('events', namespace, name);
}

export { rfc3339Micro };
