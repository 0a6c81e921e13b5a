// The podium's counts when time runs fast (above 4×, NOTES_UP_TO_SPEED): requests per path over the
// last 5 virtual seconds instead of notes, each "×n" placed on its cue line (count-places.ts). No
// first screen runs that fast, so this is a lazy chunk (loadFastCounts below): fetched once the
// page is live and the browser idle, or the first time the podium counts, whichever comes first.
import type { TraceEntry } from '../../../engine';
import { STATION_LABEL, type Station, stationOf } from '../../stage/podium-notes';

export { placeCount } from './count-places';

export interface EdgeCount {
  from: Station;
  to: Station;
  count: number;
  /** For an edge to or from one node's agent: its component name (`kubelet/node-3`). */
  agent?: string;
}

/** "API server → kubelet/node-3 4". */
export function edgeText(c: EdgeCount): string {
  const end = (s: Station) => (s === 'kubelets' && c.agent ? c.agent : STATION_LABEL[s]);
  return `${end(c.from)} → ${end(c.to)} ${c.count}`;
}

/** Requests per edge over the last `windowMs` of virtual time: what the podium prints when time is fast. */
export function edgeCounts(trace: readonly TraceEntry[], now: number, windowMs = 5000): EdgeCount[] {
  const counts = new Map<string, EdgeCount>();
  for (let i = trace.length - 1; i >= 0; i--) {
    const e = trace[i];
    if (e.time < now - windowMs) break;
    const from = stationOf(e.from);
    const to = stationOf(e.to);
    if (from === to) continue;
    // Counted per node, so the fast-time counts still say which stage's kubelet is busy.
    const agent = from === 'kubelets' ? e.from : to === 'kubelets' ? e.to : undefined;
    const key = `${from}>${to}>${agent ?? ''}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, agent ? { from, to, count: 1, agent } : { from, to, count: 1 });
  }
  const order = (c: EdgeCount) => `${c.from}>${c.to}>${c.agent ?? ''}`;
  return [...counts.values()].sort((a, b) => b.count - a.count || (order(a) < order(b) ? -1 : 1));
}
