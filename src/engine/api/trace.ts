// The control-plane trace: every API request, etcd write and watch notification, as data the
// stage can animate (who → whom, verb, object). Kept in a bounded ring: it is an observation of
// the cluster, not part of its state, so snapshots do not carry it.
import type { WatchEventType } from '../objects/types';

export interface TraceEntry {
  seq: number;
  /** Virtual milliseconds. */
  time: number;
  from: string;
  to: string;
  /** create | update | patch | delete | get | list | bind | evict | write | watch | schedule … */
  verb: string;
  resource?: string;
  namespace?: string;
  name?: string;
  /** For watch notifications. */
  eventType?: WatchEventType;
  /** HTTP status of a request (201, 200, 404, 422 …). */
  code?: number;
  /** etcd revision after a write. */
  revision?: number;
  subresource?: string;
  message?: string;
}

export type TraceListener = (entry: TraceEntry) => void;

export class Trace {
  private seq = 0;
  /** A circular buffer: `next` is where the following entry goes once the ring is full. */
  private readonly ring: TraceEntry[] = [];
  private next = 0;
  /** The ring in order, rebuilt on demand after writes. */
  private ordered: TraceEntry[] | null = null;
  private readonly listeners = new Set<TraceListener>();

  constructor(private readonly capacity = 2000) {}

  get enabled(): boolean {
    return this.listeners.size > 0 || this.capacity > 0;
  }

  record(entry: Omit<TraceEntry, 'seq'>): void {
    const full = entry as TraceEntry;
    full.seq = ++this.seq;
    if (this.capacity > 0) {
      if (this.ring.length < this.capacity) this.ring.push(full);
      else {
        this.ring[this.next] = full;
        this.next = (this.next + 1) % this.capacity;
      }
      this.ordered = null;
    }
    for (const l of this.listeners) l(full);
  }

  /** The last `capacity` entries, oldest first. */
  recent(): readonly TraceEntry[] {
    if (!this.ordered) this.ordered = this.next === 0 ? this.ring.slice() : [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
    return this.ordered;
  }

  subscribe(listener: TraceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
