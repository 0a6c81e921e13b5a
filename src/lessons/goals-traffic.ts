// Goal kinds about traffic, autoscaling, storage and configuration (lessons autoscaling,
// load-balancing, statefulsets, config-and-secrets and the challenges). Traffic goals read the
// per-step totals folded here from the engine's METRICS events (cluster.watch(…, { metrics: true })).
// Logs and recorded songs are not API objects: they are read through cluster.component when the
// view offers it (a Cluster does); a view without it cannot see them and such goals stay unmet.
import type { KObject, MetricsEvent, Pod, VolumeDataComponent } from '../engine/index';
import { type ClusterView, type GoalMemory, isPodReady, matchesSelector } from './goals';

/** Per-step traffic totals, plain JSON. */
export interface TrafficMemory {
  /** Per "namespace/service": requests and successes seen, and the first/last second's end time. */
  services: Record<string, { requests: number; served: number; firstAt: number; lastAt: number }>;
}

export type TrafficGoal =
  /**
   * The Service's audience sent requests for at least `forMs` during the step and at least
   * `minAvailability` (0…1) of them were served.
   */
  | { kind: 'trafficServed'; service: string; minAvailability: number; forMs: number; namespace?: string }
  /** The HorizontalPodAutoscaler reports currentReplicas within [min, max] (either bound optional). */
  | { kind: 'hpaReplicas'; name: string; min?: number; max?: number; namespace?: string }
  /** The Service's Endpoints list exactly `ready` ready addresses (and `notReady` not-ready ones, if given). */
  | { kind: 'serviceEndpoints'; service: string; ready: number; notReady?: number; namespace?: string }
  /** The Ready pod `pod` mounts the Bound claim `claim`, whose volume holds at least `minSongs` songs. */
  | { kind: 'podUsesClaim'; pod: string; claim: string; minSongs?: number; namespace?: string }
  /** The newest Ready pod matching `selector` has a log line containing `contains`. */
  | { kind: 'podLog'; selector: string; contains: string; namespace?: string }
  /** The Secret's `key` decodes (base64) to `value`. */
  | { kind: 'secretValue'; name: string; key: string; value: string; namespace?: string };

type Of<K extends TrafficGoal['kind']> = Extract<TrafficGoal, { kind: K }>;

/** Folds one METRICS event into the step's memory (new object only when a figure changed). */
export function observeTraffic(memory: GoalMemory, event: MetricsEvent): GoalMemory {
  if (event.services.length === 0) return memory;
  const services = { ...(memory.traffic?.services ?? {}) };
  for (const s of event.services) {
    const key = `${s.namespace}/${s.service}`;
    const prev = services[key];
    services[key] = prev
      ? { requests: prev.requests + s.requests, served: prev.served + s.successes, firstAt: prev.firstAt, lastAt: s.time }
      : { requests: s.requests, served: s.successes, firstAt: s.time, lastAt: s.time };
  }
  // Bounded by the Services with load, which the learner creates by hand: a handful.
  return { ...memory, traffic: { services } };
}

function trafficServed(g: Of<'trafficServed'>, memory: GoalMemory): boolean {
  const t = memory.traffic?.services[`${g.namespace ?? 'default'}/${g.service}`];
  if (!t || t.requests === 0) return false;
  // Each METRICS second is stamped at its end, so n seconds span lastAt − firstAt + 1 s.
  return t.lastAt - t.firstAt + 1000 >= g.forMs && t.served / t.requests >= g.minAvailability;
}

type Hpa = KObject & { status?: { currentReplicas?: number; desiredReplicas?: number } };

function hpaReplicas(g: Of<'hpaReplicas'>, view: ClusterView): boolean {
  const hpa = view.get<Hpa>('HorizontalPodAutoscaler', g.namespace ?? 'default', g.name);
  const n = hpa?.status?.currentReplicas;
  return n !== undefined && n >= (g.min ?? 0) && n <= (g.max ?? Number.POSITIVE_INFINITY);
}

type Endpoints = KObject & { subsets?: { addresses?: unknown[]; notReadyAddresses?: unknown[] }[] };

function serviceEndpoints(g: Of<'serviceEndpoints'>, view: ClusterView): boolean {
  const ep = view.get<Endpoints>('Endpoints', g.namespace ?? 'default', g.service);
  const subsets = ep?.subsets ?? [];
  const ready = subsets.reduce((n, s) => n + (s.addresses?.length ?? 0), 0);
  const notReady = subsets.reduce((n, s) => n + (s.notReadyAddresses?.length ?? 0), 0);
  return !!ep && ready === g.ready && (g.notReady === undefined || notReady === g.notReady);
}

/** An engine component, when the view is a Cluster (lessons never import engine internals). */
function component<T>(view: ClusterView, name: string): T | undefined {
  const get = (view as { component?: (n: string) => unknown }).component;
  return typeof get === 'function' ? (get.call(view, name) as T | undefined) : undefined;
}

type Pvc = KObject & { status?: { phase?: string } };

function podUsesClaim(g: Of<'podUsesClaim'>, view: ClusterView): boolean {
  const ns = g.namespace ?? 'default';
  const pod = view.get<Pod>('Pod', ns, g.pod);
  const pvc = view.get<Pvc>('PersistentVolumeClaim', ns, g.claim);
  if (!pod || !isPodReady(pod) || pvc?.status?.phase !== 'Bound') return false;
  const vol = pod.spec?.volumes?.find((v) => v.persistentVolumeClaim?.claimName === g.claim);
  if (!vol) return false;
  if (!g.minSongs) return true;
  const data = component<VolumeDataComponent>(view, 'volume-data');
  const songs = data?.podVolumes(ns, g.pod).find((v) => v.name === vol.name)?.songs ?? 0;
  return songs >= g.minSongs;
}

interface LogReader {
  containerLogs(namespace: string, pod: string, container: string): string;
}

function podLog(g: Of<'podLog'>, view: ClusterView): boolean {
  const ns = g.namespace ?? 'default';
  const kubelet = component<LogReader>(view, 'kubelet');
  if (!kubelet) return false;
  const pods = view
    .list<Pod>('Pod', ns)
    .filter((p) => isPodReady(p) && matchesSelector(g.selector, p.metadata?.labels))
    .sort((a, b) => (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? ''));
  const newest = pods[0];
  if (!newest) return false;
  try {
    const name = newest.metadata?.name ?? '';
    return (newest.spec?.containers ?? []).some((c) => kubelet.containerLogs(ns, name, c.name).includes(g.contains));
  } catch {
    // The node is unreachable: kubectl logs fails too.
    return false;
  }
}

/** atob without the DOM: lessons must run in Node too. */
export function decodeBase64(s: string): string | undefined {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = s.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean) || clean.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of clean) {
    acc = ((acc << 6) | chars.indexOf(ch)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

type Secret = KObject & { data?: Record<string, string> };

function secretValue(g: Of<'secretValue'>, view: ClusterView): boolean {
  const data = view.get<Secret>('Secret', g.namespace ?? 'default', g.name)?.data?.[g.key];
  return data !== undefined && decodeBase64(data) === g.value;
}

export function evaluateTrafficGoal(goal: TrafficGoal, view: ClusterView, memory: GoalMemory): boolean {
  switch (goal.kind) {
    case 'trafficServed':
      return trafficServed(goal, memory);
    case 'hpaReplicas':
      return hpaReplicas(goal, view);
    case 'serviceEndpoints':
      return serviceEndpoints(goal, view);
    case 'podUsesClaim':
      return podUsesClaim(goal, view);
    case 'podLog':
      return podLog(goal, view);
    case 'secretValue':
      return secretValue(goal, view);
  }
}
