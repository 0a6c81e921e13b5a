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

/** searchEvents: the involvedObject field selector, over the store. */
export function searchEvents(api: ApiServer, q: EventQuery): Event[] {
  return api.store.list<Event>('events', q.namespace).filter((e) => {
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
