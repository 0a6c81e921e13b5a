// The store as a mirror of the cluster: watch events only mark what changed; `flush` writes the
// changes in one setState (the frame loop calls it once per animation frame). Unchanged lists keep
// their array, and unchanged objects keep their identity (the engine replaces objects on write),
// so React re-renders only what moved.
import type { StoreApi } from 'zustand/vanilla';
import type {
  ClusterEvent,
  Deployment,
  Event,
  MetricsEvent,
  Node,
  Pod,
  PodSecond,
  ReplicaSet,
  TraceEntry,
  TrafficComponent,
} from '../../engine';
import { appendPoint, pointFor, serviceKey, truncateAfter } from '../traffic/traffic-history';
import { isCrew } from './crew';
import { narrate } from './narrate';
import type { ClusterFeed } from './source';
import type { AppState, MirrorState, Service, TrafficPoint } from './types';

const LISTS = {
  pods: 'Pod',
  nodes: 'Node',
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  services: 'Service',
  statefulsets: 'StatefulSet',
} as const;
type ListResource = keyof typeof LISTS;
const STATE_KEY: Record<ListResource, 'pods' | 'nodes' | 'deployments' | 'replicaSets' | 'services' | 'statefulSets'> = {
  services: 'services',
  statefulsets: 'statefulSets',
  pods: 'pods',
  nodes: 'nodes',
  deployments: 'deployments',
  replicasets: 'replicaSets',
};

export const MAX_EVENTS = 200;
export const MAX_NARRATION = 150;
export const MAX_TRACE = 400;
/** Trace entries older than this (virtual ms) leave the store: the stage animates recent traffic. */
export const TRACE_WINDOW_MS = 5_000;

export interface NarrationLine {
  at: number;
  text: string;
}

export class Mirror {
  private dirty = new Set<ListResource>();
  private newEvents: Event[] = [];
  private newTrace: TraceEntry[] = [];
  /** Kept with virtual times so a rewind can drop lines from the abandoned future. */
  private narrationLines: NarrationLine[] = [];
  private narrationChanged = false;
  private unwatch: (() => void) | undefined;
  private cluster: ClusterFeed | undefined;
  /** Per-Service traffic history (the store gets a copy of the keys that changed). */
  private traffic = new Map<string, TrafficPoint[]>();
  private trafficChanged = new Set<string>();
  private podSeconds: { at: number; pods: Record<string, PodSecond> } | undefined;
  private podSecondsChanged = false;

  constructor(private readonly store: StoreApi<AppState>) {}

  /** Follows `cluster` (the engine, or any other source's feed) from now on and rewrites every mirrored list from it. */
  attach(cluster: ClusterFeed): void {
    this.unwatch?.();
    this.cluster = cluster;
    this.unwatch = cluster.watch((e) => this.onEvent(e), { metrics: true });
    const now = cluster.now();
    // A rewind or reset: keep the history up to now, drop the abandoned future (replay recreates it).
    for (const [k, h] of this.traffic) this.traffic.set(k, truncateAfter(h, now));
    for (const k of this.traffic.keys()) this.trafficChanged.add(k);
    this.podSeconds = undefined;
    this.podSecondsChanged = true;
    this.narrationLines = this.narrationLines.filter((l) => l.at <= now);
    this.narrationChanged = true;
    this.newEvents = [];
    this.newTrace = [];
    const events = cluster
      .list<Event>('Event')
      .slice()
      .sort((a, b) => eventTime(a) - eventTime(b))
      .slice(-MAX_EVENTS);
    for (const r of Object.keys(LISTS) as ListResource[]) this.dirty.add(r);
    this.store.setState({ events, trace: [] });
    this.flush();
  }

  detach(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  clearNarration(): void {
    this.narrationLines = [];
    this.narrationChanged = true;
  }

  /** Folds one second of traffic into each Service's history, with its pods as they are now. */
  private onMetrics(e: MetricsEvent): void {
    const cluster = this.cluster;
    if (!cluster) return;
    if (e.services.length > 0) {
      const services = cluster.list<Service>('Service');
      const pods = cluster.list<Pod>('Pod');
      for (const sec of e.services) {
        const key = serviceKey(sec.namespace, sec.service);
        const svc = services.find((s) => s.metadata.name === sec.service && (s.metadata.namespace ?? 'default') === sec.namespace);
        this.traffic.set(key, appendPoint(this.traffic.get(key) ?? [], pointFor(sec, svc, pods, e.pods)));
        this.trafficChanged.add(key);
      }
    }
    const byPod: Record<string, PodSecond> = {};
    for (const p of e.pods) byPod[`${p.namespace}/${p.pod}`] = p;
    this.podSeconds = { at: e.time, pods: byPod };
    this.podSecondsChanged = true;
  }

  private onEvent(e: ClusterEvent): void {
    if (e.type === 'METRICS') {
      this.onMetrics(e);
      return;
    }
    if (e.type === 'TRACE') {
      this.newTrace.push(e.entry);
      if (this.newTrace.length > MAX_TRACE * 2) this.newTrace = this.newTrace.slice(-MAX_TRACE);
      return;
    }
    if (e.resource in LISTS) {
      this.dirty.add(e.resource as ListResource);
      return;
    }
    if (e.resource === 'events' && e.type !== 'DELETED') {
      const ev = e.object as Event;
      const prev = e.previous as Event | undefined;
      // An aggregated event (count + 1) is news again; a metadata-only rewrite is not.
      if (prev && prev.count === ev.count && prev.message === ev.message) return;
      this.newEvents.push(ev);
      // The crew's comings and goings (kube-proxy started on every node) are not the band's story.
      if (isCrew({ metadata: ev.involvedObject })) return;
      this.narrationLines.push({ at: this.cluster?.now() ?? 0, text: narrate(ev) });
      this.narrationChanged = true;
    }
  }

  /** Adds the traffic that changed to `next`: histories, the latest per-pod second, the set loads. */
  private flushTraffic(cluster: ClusterFeed, prev: AppState, next: Partial<AppState>): void {
    if (this.trafficChanged.size > 0) {
      const traffic = { ...prev.traffic };
      for (const k of this.trafficChanged) traffic[k] = this.traffic.get(k) ?? [];
      this.trafficChanged.clear();
      next.traffic = traffic;
    }
    if (this.podSecondsChanged) {
      next.podTraffic = this.podSeconds?.pods ?? {};
      next.podTrafficAt = this.podSeconds?.at;
      this.podSecondsChanged = false;
    }
    // The set rps lives in the traffic model's state; read it for the Services we mirror.
    const model = cluster.component<TrafficComponent>('traffic');
    const services = next.services ?? prev.services ?? [];
    let loads: Record<string, number> | undefined;
    for (const s of services) {
      const ns = s.metadata.namespace ?? 'default';
      const rps = model?.load(ns, s.metadata.name) ?? 0;
      const key = serviceKey(ns, s.metadata.name);
      if ((prev.loads?.[key] ?? 0) !== rps || (rps === 0 && prev.loads && key in prev.loads)) (loads ??= {})[key] = rps;
    }
    if (loads) {
      const merged: Record<string, number> = { ...prev.loads, ...loads };
      for (const [k, v] of Object.entries(merged)) if (v === 0) delete merged[k];
      next.loads = merged;
    }
  }

  /** One store write with everything that changed since the last flush (none if nothing did). */
  flush(): void {
    const cluster = this.cluster;
    if (!cluster) return;
    const prev = this.store.getState();
    const next: Partial<MirrorState> & Partial<AppState> = {};
    for (const r of this.dirty) {
      // Sorted like kubectl get (namespace, then name), so a restored cluster lists the same order.
      const all = cluster.list(LISTS[r]).slice().sort(byKey);
      // kube-system is the crew (crew.ts): its pods go to `crew`, its other objects stay backstage.
      const list = r === 'nodes' ? all : all.filter((o) => !isCrew(o));
      const key = STATE_KEY[r];
      const old = (prev[key] ?? []) as readonly unknown[];
      if (!sameItems(old, list)) (next as Record<string, unknown>)[key] = list as Pod[] | Node[] | Deployment[] | ReplicaSet[] | Service[];
      if (r === 'pods') {
        const crew = (all as Pod[]).filter((o) => isCrew(o));
        if (!sameItems(prev.crew ?? [], crew)) next.crew = crew;
      }
    }
    this.dirty.clear();
    this.flushTraffic(cluster, prev, next);
    if (this.newEvents.length > 0) {
      const uids = new Set(this.newEvents.map((e) => e.metadata?.uid));
      next.events = [...prev.events.filter((e) => !uids.has(e.metadata?.uid)), ...this.newEvents].slice(-MAX_EVENTS);
      this.newEvents = [];
    }
    const now = cluster.now();
    if (this.newTrace.length > 0 || (prev.trace.length > 0 && prev.trace[0].time < now - TRACE_WINDOW_MS)) {
      next.trace = [...prev.trace, ...this.newTrace].filter((t) => t.time >= now - TRACE_WINDOW_MS).slice(-MAX_TRACE);
      this.newTrace = [];
    }
    if (this.narrationChanged) {
      if (this.narrationLines.length > MAX_NARRATION) this.narrationLines = this.narrationLines.slice(-MAX_NARRATION);
      next.narration = this.narrationLines.map((l) => l.text);
      this.narrationChanged = false;
    }
    if (now !== prev.now) next.now = now;
    if (Object.keys(next).length > 0) this.store.setState(next);
  }
}

function byKey(a: { metadata?: { namespace?: string; name?: string } }, b: { metadata?: { namespace?: string; name?: string } }): number {
  const ka = `${a.metadata?.namespace ?? ''}/${a.metadata?.name ?? ''}`;
  const kb = `${b.metadata?.namespace ?? ''}/${b.metadata?.name ?? ''}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function eventTime(e: Event): number {
  const t = e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp;
  return t ? Date.parse(String(t)) : 0;
}
