// The traffic model ('traffic'): an audience sends requests to Services (the `load` fault sets
// requests/s); every virtual second the arrivals are split over the endpoints kube-proxy routes
// to, each pod serves what its CPU allows (2 ms of CPU per request, capacity from its CPU limit,
// else its request, else a share of its node), and per-Service and per-pod figures are recorded
// and sent to cluster.watch listeners as one METRICS event. Pods' CPU/memory usage feeds
// metrics-server through usage().
// Simplifications: one request per connection (no keep-alive), no retries, failed requests have
// no latency, and a pod's latency is a formula of its utilisation (traffic-math.ts), not a queue.
import type { ComponentContext, ComponentFactory, Component } from '../cluster/component';
import { FaultError } from '../cluster/faults';
import { podRequests } from '../objects/pod';
import type { Pod } from '../objects/types';
import type { Timer } from '../sim/clock';
import { milliCpu } from '../util/quantity';
import type { KubeProxyComponent } from './kube-proxy';
import { CPU_MS_PER_REQUEST, binomial, latency, poisson, uniformMultinomial, weightedQuantile } from './traffic-math';
import { type MetricsEvent, type PodSecond, type ServiceSecond, idleMemoryBytes } from './traffic-types';

export const TRAFFIC = 'traffic';
export const HISTORY_SECONDS = 300;
/** The simulated audience: clients with their own IPs (they matter for ClientIP affinity). */
export const AUDIENCE_CLIENTS = 64;
export const IDLE_CPU_MILLI = 1;
const MEMORY_PER_RPS_BYTES = 20 * 1024;
const TICK_MS = 1000;

export function clientIP(i: number): string {
  return `192.168.${Math.floor(i / 250)}.${(i % 250) + 2}`;
}

interface State {
  loads: Record<string, number>;
  history: Record<string, ServiceSecond[]>;
  /** Pods that served something in the last second: podKey → served requests. */
  served: Record<string, number>;
  nextTick?: number;
}

export interface TrafficComponent extends Component {
  usage(namespace: string, pod: string): { cpuMilli: number; memoryBytes: number } | undefined;
  history(namespace: string, service: string): readonly ServiceSecond[];
  /** The rps set by the last `load` fault for a Service (0 if none). */
  load(namespace: string, service: string): number;
  setEmitter(emit: (event: MetricsEvent) => void): void;
}

class Traffic implements TrafficComponent {
  readonly name = TRAFFIC;
  private state!: State;
  private emit?: (event: MetricsEvent) => void;

  constructor(private readonly ctx: ComponentContext) {}

  start(): void {
    this.state = this.ctx.state<State>(TRAFFIC, () => ({ loads: {}, history: {}, served: {} }));
    this.ctx.clock.on(TRAFFIC, (t) => this.onTick(t));
    this.ctx.onFault('load', (f) => {
      const rps = Number(f.rps);
      if (!Number.isFinite(rps) || rps < 0) throw new FaultError(`load: rps must be a finite, non-negative number, got ${f.rps}`);
      const ns = f.namespace ?? 'default';
      if (!this.ctx.api.store.get('services', ns, f.service)) throw new FaultError(`load: service "${f.service}" not found in namespace "${ns}"`);
      const key = `${ns}/${f.service}`;
      if (rps === 0) delete this.state.loads[key];
      else this.state.loads[key] = rps;
      this.ensureTicking();
    });
  }

  setEmitter(emit: (event: MetricsEvent) => void): void {
    this.emit = emit;
  }

  private ensureTicking(): void {
    if (this.state.nextTick !== undefined) return;
    this.state.nextTick = this.ctx.clock.now() + TICK_MS;
    this.ctx.clock.schedule(TICK_MS, TRAFFIC, 'tick');
  }

  load(namespace: string, service: string): number {
    return this.state.loads[`${namespace}/${service}`] ?? 0;
  }

  history(namespace: string, service: string): readonly ServiceSecond[] {
    return this.state.history[`${namespace}/${service}`] ?? [];
  }

  usage(namespace: string, pod: string): { cpuMilli: number; memoryBytes: number } | undefined {
    const p = this.ctx.api.store.get<Pod>('pods', namespace, pod);
    if (p?.status?.phase !== 'Running') return undefined;
    const served = this.state.served[`${namespace}/${pod}`] ?? 0;
    // An idle pod uses the baseline; its capacity (which may need its node's pods) only caps load.
    const cap = served > 0 ? capacityMilli(this.ctx, p) : IDLE_CPU_MILLI;
    return {
      cpuMilli: Math.min(IDLE_CPU_MILLI + served * CPU_MS_PER_REQUEST, Math.max(cap, IDLE_CPU_MILLI)),
      memoryBytes: idleMemoryBytes(p) + served * MEMORY_PER_RPS_BYTES,
    };
  }

  private onTick(t: Timer): void {
    if (t.type !== 'tick' || this.state.nextTick !== t.at) return;
    delete this.state.nextTick;
    const u = () => this.ctx.rng.next(TRAFFIC);
    const proxy = this.ctx.component<KubeProxyComponent>('kube-proxy');
    const store = this.ctx.api.store;
    // Routing: requests per pod per service.
    const routed = new Map<string, Map<string, number>>();
    const services: ServiceSecond[] = [];
    for (const key of Object.keys(this.state.loads).sort()) {
      const [ns, name] = key.split('/');
      const n = poisson(this.state.loads[key], u);
      const fig: ServiceSecond = { time: t.at, namespace: ns, service: name, requests: n, successes: 0, errors: 0, refused: 0, unavailable: 0, overloaded: 0, p50: 0, p95: 0, endpoints: 0 };
      services.push(fig);
      const targets = store.get('services', ns, name) && proxy ? proxy.targets(key) : { endpoints: [], source: 'none' as const };
      fig.endpoints = targets.endpoints.length;
      if (!targets.endpoints.length) {
        fig.refused = n;
        continue;
      }
      const add = (pod: string, k: number) => {
        if (!k) return;
        let m = routed.get(pod);
        if (!m) routed.set(pod, (m = new Map()));
        m.set(key, (m.get(key) ?? 0) + k);
      };
      if (proxy?.route(key)?.affinitySeconds) {
        const perClient = uniformMultinomial(n, AUDIENCE_CLIENTS, u);
        perClient.forEach((k, i) => {
          if (!k) return;
          const pod = proxy.choose(key, clientIP(i), (m) => Math.floor(u() * m));
          if (pod) add(pod, k);
        });
      } else {
        // Rules reprogrammed during this second: the connections before the sync used the old rules.
        // Simplification: a pod that cannot serve at the end of the second is taken to have failed
        // all of its early share (it may have been up for part of it), so blips are slightly larger.
        const route = proxy?.route(key);
        let rest = n;
        if (route?.changedAt !== undefined && route.changedAt > t.at - TICK_MS && route.before?.length) {
          const early = binomial(n, (route.changedAt - (t.at - TICK_MS)) / TICK_MS, u);
          const old = uniformMultinomial(early, route.before.length, u);
          route.before.forEach((pod, i) => add(pod, old[i]));
          rest -= early;
        }
        const split = uniformMultinomial(rest, targets.endpoints.length, u);
        targets.endpoints.forEach((pod, i) => add(pod, split[i]));
      }
    }
    // Serving: each pod answers what it can; shares go back to services in proportion.
    const byKey = new Map(services.map((s) => [`${s.namespace}/${s.service}`, s]));
    const samples = new Map<string, { value: number; weight: number }[][]>();
    const pods: PodSecond[] = [];
    const served: Record<string, number> = {};
    const alive = nodeAlive(this.ctx);
    for (const podKey of [...routed.keys()].sort()) {
      const perSvc = routed.get(podKey) as Map<string, number>;
      const total = [...perSvc.values()].reduce((a, b) => a + b, 0);
      const [ns, name] = podKey.split('/');
      const pod = store.get<Pod>('pods', ns, name);
      const up = !!pod && canServe(pod) && alive(pod.spec?.nodeName);
      const capRps = up ? capacityMilli(this.ctx, pod as Pod) / CPU_MS_PER_REQUEST : 0;
      const ok = up ? Math.min(total, Math.floor(capRps)) : 0;
      const rho = capRps > 0 ? ok / capRps : 0;
      const lat = latency(total > capRps ? 1 : rho);
      let left = ok;
      const entries = [...perSvc.entries()];
      entries.forEach(([svcKey, k], i) => {
        const s = i === entries.length - 1 ? left : Math.floor((ok * k) / total);
        left -= s;
        const fig = byKey.get(svcKey) as ServiceSecond;
        fig.successes += s;
        if (up) fig.overloaded += k - s;
        else fig.unavailable += k - s;
        if (s) {
          let list = samples.get(svcKey);
          if (!list) samples.set(svcKey, (list = [[], []]));
          list[0].push({ value: lat.p50, weight: s });
          list[1].push({ value: lat.p95, weight: s });
        }
      });
      if (ok) served[podKey] = ok;
      pods.push({ namespace: ns, pod: name, requests: total, successes: ok, errors: total - ok, p50: ok ? lat.p50 : 0, p95: ok ? lat.p95 : 0, cpuMilli: IDLE_CPU_MILLI + ok * CPU_MS_PER_REQUEST });
    }
    for (const fig of services) {
      fig.errors = fig.refused + fig.unavailable + fig.overloaded;
      const list = samples.get(`${fig.namespace}/${fig.service}`);
      if (list) {
        fig.p50 = weightedQuantile(list[0], 0.5);
        fig.p95 = weightedQuantile(list[1], 0.95);
      }
      const key = `${fig.namespace}/${fig.service}`;
      const h = (this.state.history[key] ??= []);
      h.push(fig);
      if (h.length > HISTORY_SECONDS) h.splice(0, h.length - HISTORY_SECONDS);
    }
    const hadServed = Object.keys(this.state.served).length > 0;
    this.state.served = served;
    this.emit?.({ type: 'METRICS', time: t.at, services, pods });
    // Keep ticking while there is load, and once more after it stops so usage falls back to idle.
    if (Object.keys(this.state.loads).length || hadServed || Object.keys(served).length) this.ensureTicking();
  }
}

/** Running with every container running (a stale route to anything else fails). */
function canServe(pod: Pod): boolean {
  if (pod.status?.phase !== 'Running') return false;
  const cs = pod.status?.containerStatuses ?? [];
  return cs.length > 0 && cs.every((c) => !!c.state?.running);
}

/**
 * Whether a node's machine is up. The kubelet keeps this in its own state slice (a killed node
 * still shows Running pods until the node controller notices); we peek at it read-only, since the
 * API has no field for it. Falls back to "up" if the kubelet's layout differs.
 */
function nodeAlive(ctx: ComponentContext): (node: string | undefined) => boolean {
  const kubelet = ctx.state<{ nodes?: Record<string, { alive?: boolean }> }>('kubelet', () => ({}));
  return (node) => !node || kubelet.nodes?.[node]?.alive !== false;
}

/** CPU (millicores) a pod can use: its limit, else its request, else an equal share of its node. */
export function capacityMilli(ctx: ComponentContext, pod: Pod): number {
  let limit = 0;
  let limited = true;
  for (const c of pod.spec?.containers ?? []) {
    const l = c.resources?.limits?.cpu;
    if (l === undefined) limited = false;
    else limit += milliCpu(l);
  }
  if (limited && limit > 0) return limit;
  const req = podRequests(pod).milliCpu;
  if (req > 0) return req;
  const node = pod.spec?.nodeName;
  const share = node ? ctx.api.store.podsOnNode(node).filter((p) => p.status?.phase === 'Running').length : 1;
  return Math.floor((ctx.config.nodeCpu * 1000) / Math.max(1, share));
}

export const trafficComponent: ComponentFactory = (ctx) => new Traffic(ctx);
