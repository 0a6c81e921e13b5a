// The Events table at the end of every description: the involved object's events, oldest
// first, `Age` as `<last> (x<count> over <first>)` for aggregated ones.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go DescribeEvents, searchEvents;
//  staging/src/k8s.io/kubectl/pkg/util/event/sorted_event_list.go]
import type { ApiServer } from '../../api/api-server';
import type { Event, KObject } from '../../objects/types';
import { parseTime } from '../../util/time';
import { translateTimestampSince } from '../printers/age';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './writer';

export interface EventQuery {
  name: string;
  /** undefined = all namespaces (cluster-scoped objects). */
  namespace?: string;
  kind?: string;
  /** Any of these uids matches (nodes: the uid and the name, as kubelets use the name). */
  uids: string[];
}

/** The events of one describe command by involvedObject.name, and the API they were read from. */
let index: { api: ApiServer; byName: Map<string, Event[]> } | undefined;

/**
 * Runs one describe command with the store's events indexed by involved object, once: describing
 * 1,700 pods used to scan all 35,000 events for each pod (23 s). The server answers the real
 * field-selector query from its own storage; what it returns is the same.
 */
export function withEventIndex<T>(api: ApiServer, run: () => T): T {
  if (index) return run();
  const byName = new Map<string, Event[]>();
  for (const e of api.store.list<Event>('events')) {
    const name = e.involvedObject?.name ?? '';
    const list = byName.get(name);
    if (list) list.push(e);
    else byName.set(name, [e]);
  }
  index = { api, byName };
  try {
    return run();
  } finally {
    index = undefined;
  }
}

/** Events of the namespace (all namespaces when undefined) that may be about `name`, in list order. */
function candidates(api: ApiServer, name: string, namespace: string | undefined): Event[] {
  if (index?.api !== api) return api.store.list<Event>('events', namespace);
  const named = index.byName.get(name) ?? [];
  return namespace === undefined ? named : named.filter((e) => e.metadata.namespace === namespace);
}

/** searchEvents: the involvedObject field selector, over the store. */
export function searchEvents(api: ApiServer, q: EventQuery): Event[] {
  return candidates(api, q.name, q.namespace).filter((e) => {
    const io = e.involvedObject ?? {};
    return io.name === q.name && (q.kind === undefined || io.kind === q.kind) && q.uids.includes(io.uid ?? '');
  });
}

export function eventsFor(api: ApiServer, obj: KObject, kindFilter = true): Event[] {
  return searchEvents(api, { name: obj.metadata.name, namespace: obj.metadata.namespace, kind: kindFilter ? obj.kind : undefined, uids: [obj.metadata.uid] });
}

function eventTime(e: Event): number {
  return parseTime(e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? undefined) ?? 0;
}

export function describeEvents(events: Event[], w: PrefixWriter, now: number): void {
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  // Go's sort.Sort is not stable; a stable sort keeps same-second events in creation order.
  const sorted = events.map((e, i) => ({ e, i })).sort((a, b) => eventTime(a.e) - eventTime(b.e) || a.i - b.i);
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const { e } of sorted) {
    const first = e.eventTime ? translateTimestampSince(e.eventTime, now) : translateTimestampSince(e.firstTimestamp, now);
    let interval = first;
    if (e.series) interval = `${translateTimestampSince(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`;
    else if ((e.count ?? 0) > 1) interval = `${translateTimestampSince(e.lastTimestamp, now)} (x${e.count} over ${first})`;
    const source = e.source?.component || e.reportingComponent || '';
    // kubectl 1.32 prints the message alone (newer upstream prefixes involvedObject.fieldPath).
    const message = (e.message ?? '').trim();
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${message}\n`);
  }
}
