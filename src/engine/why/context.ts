// What every "Why?" reads: the API server's objects, the ledger, components' JSON state and the
// scheduler's audition, at one instant. Plus the few words the answers share: times as the views
// show the virtual clock, who an actor is in plain words, events of an object.
import type { ApiServer } from '../api/api-server';
import type { Event, KObject } from '../objects/types';
import type { SchedulingTrace } from '../scheduler/trace';
import { parseTime } from '../util/time';
import type { WhyActor, WhyCause, WhyRecord } from './types';

export interface WhyContext {
  api: ApiServer;
  now: number;
  records: readonly WhyRecord[];
  /** Virtual ms before which the ledger has forgotten causes (-1: nothing forgotten). */
  horizon: number;
  /** A component's JSON state (read only), e.g. `kubelet`, `node-lifecycle-controller`. */
  state<T>(name: string): T | undefined;
  schedulingTrace(namespace: string, name: string): SchedulingTrace | undefined;
}

/**
 * The virtual clock as the views print it (h:mm:ss, days past 24 h). The same function as
 * src/views/format-clock.ts, which the first screen needs before the engine is loaded; the why
 * tests check that both agree.
 */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600) % 24;
  const d = Math.floor(total / 86_400);
  const hms = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return d > 0 ? `${d}d ${hms}` : hms;
}

/** A span of virtual time in seconds, one decimal when it has one ("7.1 s", "50 s"). */
export function seconds(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return `${s} s`;
}

const COMPONENT_WORDS: Record<string, string> = {
  kubectl: 'you',
  'replicaset-controller': 'the ReplicaSet controller',
  'deployment-controller': 'the Deployment controller',
  'statefulset-controller': 'the StatefulSet controller',
  'job-controller': 'the Job controller',
  'cronjob-controller': 'the CronJob controller',
  'horizontal-pod-autoscaler': 'the HorizontalPodAutoscaler',
  'node-lifecycle-controller': 'the node lifecycle controller',
  'taint-eviction-controller': 'the taint eviction controller',
  'garbage-collector-controller': 'the garbage collector',
  'pod-garbage-collector': 'the pod garbage collector',
  'default-scheduler': 'the scheduler',
  'namespace-controller': 'the namespace controller',
  'kube-apiserver': 'the API server',
  'ttl-after-finished-controller': 'the TTL-after-finished controller',
};

/** A trace actor in plain words: `kubectl` is you; `kubelet/node-2` is node-2's kubelet. */
export function who(actor: string): string {
  if (actor.startsWith('kubelet/')) return `${actor.slice(8)}'s kubelet`;
  return COMPONENT_WORDS[actor] ?? actor;
}

export function actorOf(actor: string): WhyActor {
  if (actor === 'kubectl') return { kind: 'you', name: 'you' };
  if (actor.startsWith('kubelet/')) return { kind: 'Node', name: actor.slice(8) };
  return { kind: 'Component', name: actor };
}

export function isYou(actor: string): boolean {
  return actor === 'kubectl';
}

/** Virtual ms of an RFC3339 timestamp (undefined if absent). */
export function at(ts: unknown): number | undefined {
  return typeof ts === 'string' ? parseTime(ts) : undefined;
}

/** Events about an object (any uid), oldest first. */
export function eventsOf(c: WhyContext, kind: string, namespace: string | undefined, name: string): Event[] {
  const out: Event[] = [];
  for (const e of c.api.list<Event>('Event', namespace ?? 'default')) {
    const inv = e.involvedObject;
    if (inv?.kind === kind && inv.name === name) out.push(e);
  }
  return out.sort((a, b) => (at(a.lastTimestamp) ?? 0) - (at(b.lastTimestamp) ?? 0));
}

/** The ledger's records of one type, newest first. */
export function recordsOf<T extends WhyRecord['t']>(c: WhyContext, t: T, keep: (r: Extract<WhyRecord, { t: T }>) => boolean): Extract<WhyRecord, { t: T }>[] {
  const out: Extract<WhyRecord, { t: T }>[] = [];
  for (let i = c.records.length - 1; i >= 0; i--) {
    const r = c.records[i];
    if (r.t === t && keep(r as Extract<WhyRecord, { t: T }>)) out.push(r as Extract<WhyRecord, { t: T }>);
  }
  return out;
}

/** A cause saying that what explains `what` happened before the retained history. */
export function forgotten(c: WhyContext, what: string, ref?: WhyActor): WhyCause | undefined {
  if (c.horizon < 0) return undefined;
  return { at: c.horizon, text: `${what} is older than the retained history (causes before ${clock(c.horizon)} are forgotten).`, ...(ref ? { ref } : {}) };
}

export function refOf(obj: KObject): WhyActor {
  return obj.metadata.namespace ? { kind: obj.kind, ns: obj.metadata.namespace, name: obj.metadata.name } : { kind: obj.kind, name: obj.metadata.name };
}

/** Newest first; equal instants keep the order they were pushed in (the later cause first). */
export function newestFirst(causes: WhyCause[]): WhyCause[] {
  return causes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.at - a.c.at || b.i - a.i)
    .map((x) => x.c);
}
