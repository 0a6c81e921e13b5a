// The trace as notes on the conductor's podium: which station each component stands at, which
// entries are worth a travelling note (heartbeats and Events are counted, not played), how a
// write's fan-out of watch notifications collapses into one note per station, and the bounded
// queue that keeps at most a few notes in flight. Pure; NotePath animates what this decides.
import type { TraceEntry } from '../../engine';

export type Station = 'you' | 'api' | 'etcd' | 'scheduler' | 'controllers' | 'kubelets';

export const STATION_LABEL: Record<Station, string> = {
  you: 'You (kubectl)',
  api: 'API server',
  etcd: 'etcd',
  scheduler: 'Scheduler',
  controllers: 'Controller manager',
  kubelets: 'Kubelets',
};

export function stationOf(component: string): Station {
  if (component === 'kubectl') return 'you';
  if (component === 'api-server' || component === 'kube-apiserver') return 'api';
  if (component === 'etcd') return 'etcd';
  if (component === 'default-scheduler' || component.endsWith('scheduler')) return 'scheduler';
  if (component.startsWith('kubelet')) return 'kubelets';
  return 'controllers';
}

export interface Note {
  /** Unique per note (the trace seq of its first entry). */
  id: number;
  from: Station;
  to: Station;
  /** "update deployments/web", "write pods/web-x (rev 113)", "watch MODIFIED pods/web-x". */
  text: string;
}

/** Lease renewals and Event writes happen all the time; a note for each would drown the story. */
export function isNoise(e: TraceEntry): boolean {
  return e.resource === 'leases' || e.resource === 'events';
}

export function noteText(e: TraceEntry): string {
  const what = e.resource ? `${e.resource}${e.subresource ? `/${e.subresource}` : ''}${e.name ? ` ${e.name}` : ''}` : '';
  const verb = e.verb === 'watch' && e.eventType ? `watch ${e.eventType}` : e.verb;
  const rev = e.verb === 'write' && e.revision !== undefined ? ` (rev ${e.revision})` : '';
  return `${verb} ${what}${rev}`.trim();
}

/** Notes for new entries: noise dropped, a write's notifications to one station collapsed into one note. */
export function notesFor(entries: readonly TraceEntry[]): Note[] {
  const out: Note[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (isNoise(e)) continue;
    const from = stationOf(e.from);
    const to = stationOf(e.to);
    if (from === to) continue;
    if (e.verb === 'watch') {
      const key = `${e.revision ?? e.seq}>${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push({ id: e.seq, from, to, text: noteText(e) });
  }
  return out;
}

/** At most this many notes wait their turn; older ones are dropped (and counted) when time runs fast. */
export const MAX_QUEUE = 24;
export const MAX_IN_FLIGHT = 3;
/** Above this speed no note travels: the podium shows counts only. */
export const NOTES_UP_TO_SPEED = 4;

export interface NoteQueue {
  waiting: Note[];
  dropped: number;
}

export function enqueue(q: NoteQueue, incoming: readonly Note[], speed: number): NoteQueue {
  if (speed > NOTES_UP_TO_SPEED) return { waiting: [], dropped: q.dropped + q.waiting.length + incoming.length };
  const all = [...q.waiting, ...incoming];
  const over = Math.max(0, all.length - MAX_QUEUE);
  return { waiting: all.slice(over), dropped: q.dropped + over };
}

/** Takes as many notes as may start now. */
export function launch(q: NoteQueue, inFlight: number): { start: Note[]; queue: NoteQueue } {
  const n = Math.max(0, Math.min(MAX_IN_FLIGHT - inFlight, q.waiting.length));
  return { start: q.waiting.slice(0, n), queue: { waiting: q.waiting.slice(n), dropped: q.dropped } };
}

/** A note's flight in wall ms: slower when time is slowed, never a blur. */
export function flightMs(speed: number): number {
  return Math.round(Math.min(2400, Math.max(250, 700 / Math.max(speed, 0.25))));
}

export interface EdgeCount {
  from: Station;
  to: Station;
  count: number;
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
    const key = `${from}>${to}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { from, to, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || (a.from + a.to < b.from + b.to ? -1 : 1));
}

/** etcd's revision: the newest write in the trace. */
export function latestRevision(trace: readonly TraceEntry[]): number | undefined {
  for (let i = trace.length - 1; i >= 0; i--) if (trace[i].revision !== undefined) return trace[i].revision;
  return undefined;
}
