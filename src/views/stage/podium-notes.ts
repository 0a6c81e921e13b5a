// The trace as notes on the conductor's podium: which station each component stands at, which
// entries are worth a travelling note (heartbeats and Events are counted, not played), how a
// write's fan-out of watch notifications collapses into one note per station (naming every node
// whose kubelet or kube-proxy it reached, so that node's stage can light up), and the bounded
// queue that keeps at most a few notes in flight. Pure; Podium animates what this decides.
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

/** The node a per-node agent runs on: `kubelet/node-3` and `kube-proxy/node-3` are traced so. */
export function nodeOf(component: string): string | undefined {
  const m = /^(?:kubelet|kube-proxy)\/(.+)$/.exec(component);
  return m ? m[1] : undefined;
}

export function stationOf(component: string): Station {
  if (component === 'kubectl') return 'you';
  if (component === 'api-server' || component === 'kube-apiserver') return 'api';
  if (component === 'etcd') return 'etcd';
  if (component === 'default-scheduler' || component.endsWith('scheduler')) return 'scheduler';
  if (component.startsWith('kubelet') || component.startsWith('kube-proxy')) return 'kubelets';
  return 'controllers';
}

export interface Note {
  /** Unique per note (the trace seq of its first entry). */
  id: number;
  from: Station;
  to: Station;
  /** "update deployments/web", "write pods/web-x (rev 113)", "watch MODIFIED pods/web-x". */
  text: string;
  /** Nodes whose kubelet or kube-proxy sent or received it (their stages light up). */
  nodes?: string[];
  /** `kubelet` or `kube-proxy`, when the note concerns nodes. */
  agent?: string;
}

/** One end of a note, in words: "Kubelets" becomes "kubelet on node-3". */
export function endLabel(station: Station, note: Pick<Note, 'nodes' | 'agent'>): string {
  if (station !== 'kubelets' || !note.nodes?.length) return STATION_LABEL[station];
  return `${note.agent ?? 'kubelet'} on ${note.nodes.join(', ')}`;
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
  const seen = new Map<string, Note>();
  for (const e of entries) {
    if (isNoise(e)) continue;
    const from = stationOf(e.from);
    const to = stationOf(e.to);
    if (from === to) continue;
    const agentEnd = from === 'kubelets' ? e.from : to === 'kubelets' ? e.to : undefined;
    const node = agentEnd ? nodeOf(agentEnd) : undefined;
    const agent = agentEnd?.split('/')[0];
    const key = e.verb === 'watch' ? `${e.revision ?? e.seq}>${to}>${agent ?? ''}` : undefined;
    const same = key ? seen.get(key) : undefined;
    if (same) {
      if (node && same.nodes && !same.nodes.includes(node)) same.nodes.push(node);
      continue;
    }
    const note: Note = { id: e.seq, from, to, text: noteText(e) };
    if (node) Object.assign(note, { nodes: [node], agent });
    if (key) seen.set(key, note);
    out.push(note);
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

/**
 * The story of a command: notes from or to you, the scheduler or a node's agent. When the queue
 * overflows, the controllers' chatter and etcd writes go first, so a `kubectl scale` can still be
 * followed to the kubelet that starts the new musician.
 */
export function isStory(n: Note): boolean {
  return n.from === 'you' || n.to === 'you' || n.from === 'scheduler' || n.to === 'scheduler' || !!n.nodes?.length;
}

export function enqueue(q: NoteQueue, incoming: readonly Note[], speed: number): NoteQueue {
  if (speed > NOTES_UP_TO_SPEED) return { waiting: [], dropped: q.dropped + q.waiting.length + incoming.length };
  const all = [...q.waiting, ...incoming];
  let over = all.length - MAX_QUEUE;
  if (over <= 0) return { waiting: all, dropped: q.dropped };
  const dropped = q.dropped + over;
  // Oldest chatter first, then (if the story alone overflows) the oldest story notes.
  const waiting = all.filter((n) => isStory(n) || over-- <= 0);
  return { waiting: waiting.slice(waiting.length - MAX_QUEUE), dropped };
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

/** etcd's revision: the newest write in the trace. */
export function latestRevision(trace: readonly TraceEntry[]): number | undefined {
  for (let i = trace.length - 1; i >= 0; i--) if (trace[i].revision !== undefined) return trace[i].revision;
  return undefined;
}
