// The scheduling queue: activeQ (priority, then time queued), backoffQ (1 s doubling to 10 s per
// failed attempt) and the unschedulable pods, which wait for a cluster event that could help them
// (or 5 minutes). All of it is JSON in the scheduler's state slice; timers carry a generation
// number so stale ones are ignored.
// Mirrors pkg/scheduler/backend/queue/scheduling_queue.go (PriorityQueue). Simplified: backoff and
// the 5-minute flush fire per pod at their exact time instead of from 1 s / 30 s flush loops, and
// "was there a move request during this pod's cycle" stands in for queueing hints.
import type { Clock } from '../sim/clock';
import { type HeapEntry, heapPop, heapPush } from './json-heap';

export const POD_INITIAL_BACKOFF_MS = 1000;
export const POD_MAX_BACKOFF_MS = 10_000;
export const POD_MAX_IN_UNSCHEDULABLE_PODS_MS = 5 * 60 * 1000;

export type QueueWhere = 'active' | 'backoff' | 'unschedulable' | 'inflight';

export interface QueuedPod {
  uid: string;
  priority: number;
  where: QueueWhere;
  /** When the pod last entered the queue (QueuedPodInfo.Timestamp): activeQ order and backoff base. */
  timestamp: number;
  attempts: number;
  /** Bumped on every move; heap entries and timers carry it to recognise themselves as current. */
  gen: number;
  /** Plugins that rejected the pod in its last attempt; only events for them requeue it. */
  unschedulablePlugins: string[];
  /** Scheduling cycle of the last attempt. */
  cycle: number;
}

export interface QueueState {
  pods: Record<string, QueuedPod>;
  /** [-priority, timestamp, seq, key, gen] */
  active: HeapEntry[];
  unschedulable: Record<string, true>;
  seq: number;
  schedulingCycle: number;
  moveRequestCycle: number;
}

export function newQueueState(): QueueState {
  return { pods: {}, active: [], unschedulable: {}, seq: 0, schedulingCycle: 0, moveRequestCycle: -1 };
}

/** calculateBackoffDuration: 1 s, 2 s, 4 s, 8 s, then 10 s. */
export function backoffDuration(attempts: number): number {
  if (attempts === 0) return 0;
  let d = POD_INITIAL_BACKOFF_MS;
  for (let i = 1; i < attempts; i++) {
    if (d > POD_MAX_BACKOFF_MS - d) return POD_MAX_BACKOFF_MS;
    d += d;
  }
  return d;
}

export class SchedulingQueue {
  constructor(
    readonly state: QueueState,
    private readonly clock: Clock,
    private readonly target: string,
  ) {}

  get(key: string): QueuedPod | undefined {
    return this.state.pods[key];
  }

  has(key: string): boolean {
    return key in this.state.pods;
  }

  /** A new pending pod goes straight to activeQ. */
  add(key: string, uid: string, priority: number): void {
    if (this.has(key)) return;
    const p: QueuedPod = { uid, priority, where: 'active', timestamp: this.clock.now(), attempts: 0, gen: 0, unschedulablePlugins: [], cycle: -1 };
    this.state.pods[key] = p;
    this.toActive(key, p);
  }

  /** The pod was bound, deleted or is no longer ours. */
  delete(key: string): void {
    delete this.state.pods[key];
    delete this.state.unschedulable[key];
  }

  /** Pops the next pod of activeQ (highest priority, earliest queued) and marks it in flight. */
  pop(): string | undefined {
    for (;;) {
      const e = heapPop(this.state.active);
      if (!e) return undefined;
      const key = e[3] as string;
      const p = this.state.pods[key];
      if (p?.where !== 'active' || p.gen !== e[4]) continue;
      p.where = 'inflight';
      p.gen++;
      p.attempts++;
      p.cycle = ++this.state.schedulingCycle;
      return key;
    }
  }

  activeLength(): number {
    let n = 0;
    for (const e of this.state.active) {
      const p = this.state.pods[e[3] as string];
      if (p && p.where === 'active' && p.gen === e[4]) n++;
    }
    return n;
  }

  isBackingOff(p: QueuedPod): boolean {
    return this.clock.now() < p.timestamp + backoffDuration(p.attempts);
  }

  /**
   * AddUnschedulableIfNotPresent: after a failed attempt the pod waits among the unschedulable pods,
   * or in backoffQ when a cluster event arrived while it was being scheduled (or on an error).
   */
  addUnschedulable(key: string, plugins: string[], error = false): void {
    const p = this.state.pods[key];
    if (p?.where !== 'inflight') return;
    p.timestamp = this.clock.now();
    p.unschedulablePlugins = plugins;
    if (error || this.state.moveRequestCycle >= p.cycle) {
      this.toBackoffOrActive(key, p);
      return;
    }
    p.where = 'unschedulable';
    p.gen++;
    this.state.unschedulable[key] = true;
    this.clock.schedule(POD_MAX_IN_UNSCHEDULABLE_PODS_MS, this.target, 'flush', { key, gen: p.gen });
  }

  /**
   * MoveAllToActiveOrBackoffQueue for one cluster event: moves the unschedulable pods that one of
   * `plugins` rejected (or that no plugin rejected) to backoffQ, or to activeQ if their backoff is over.
   */
  moveAllForEvent(plugins: readonly string[]): number {
    let moved = 0;
    for (const key of Object.keys(this.state.unschedulable)) {
      const p = this.state.pods[key];
      if (!p) continue;
      const relevant = p.unschedulablePlugins.length === 0 || p.unschedulablePlugins.some((x) => plugins.includes(x));
      if (!relevant) continue;
      this.toBackoffOrActive(key, p);
      moved++;
    }
    this.state.moveRequestCycle = this.state.schedulingCycle;
    return moved;
  }

  /** The pod's spec or labels changed: an unschedulable pod gets another chance. */
  podUpdated(key: string): void {
    const p = this.state.pods[key];
    if (p?.where === 'unschedulable') this.toBackoffOrActive(key, p);
  }

  /** Timer handler: backoff over, or 5 minutes among the unschedulable pods. */
  onTimer(type: string, data: { key: string; gen: number }): boolean {
    const p = this.state.pods[data.key];
    if (!p || p.gen !== data.gen) return false;
    if (type === 'backoff' && p.where === 'backoff') {
      this.toActive(data.key, p);
      return true;
    }
    if (type === 'flush' && p.where === 'unschedulable') {
      this.toBackoffOrActive(data.key, p);
      return true;
    }
    return false;
  }

  private toBackoffOrActive(key: string, p: QueuedPod): void {
    delete this.state.unschedulable[key];
    if (this.isBackingOff(p)) {
      p.where = 'backoff';
      p.gen++;
      const until = p.timestamp + backoffDuration(p.attempts);
      this.clock.scheduleAt(until, this.target, 'backoff', { key, gen: p.gen });
    } else {
      this.toActive(key, p);
    }
  }

  private toActive(key: string, p: QueuedPod): void {
    delete this.state.unschedulable[key];
    p.where = 'active';
    p.gen++;
    heapPush(this.state.active, [-p.priority || 0, p.timestamp, this.state.seq++, key, p.gen]);
  }
}
