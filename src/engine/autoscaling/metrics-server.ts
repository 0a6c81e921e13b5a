// metrics-server ('metrics-server'): every 15 s (--metric-resolution) it scrapes each kubelet's
// resource metrics and keeps the latest CPU (millicores) and memory per pod, container and node:
// what the metrics.k8s.io API serves to `kubectl top` and the HPA controller.
// [kubernetes-sigs/metrics-server pkg/scraper, pkg/storage]
// Usage comes from the 'traffic' component when present (idle baseline plus requests served);
// without it (or for pods it does not know) a pod idles at IDLE_CPU_MILLI and an image-based
// memory figure; a modelled program (stress, perl) adds its own demand (node/container-usage.ts),
// and CPU is held at limits.cpu as the CFS quota holds it. As with the real one, a CPU rate needs
// two samples, so a pod only gets metrics at the second scrape that finds it Running (15–30 s
// after it starts). Pods on a node that is not Ready are not scraped (the kubelet is unreachable);
// only a throttled container's figure varies from scrape to scrape.
import type { Component, ComponentContext, ComponentFactory } from '../cluster/component';
import type { Node, Pod } from '../objects/types';
import { podDemand } from '../node/container-usage';
import { imageIdleMemory } from '../node/images';
import type { KubeletState } from '../node/state';
import { milliCpu } from '../util/quantity';

export const METRICS_SERVER = 'metrics-server';
export const SCRAPE_INTERVAL_MS = 15_000;
/** The window kubelet's summary CPU rate covers (metrics.k8s.io `window`). */
export const METRIC_WINDOW_MS = 15_000;
export const IDLE_CPU_MILLI = 1;
/** System daemons (kubelet, containerd, kube-proxy) a node uses on top of its pods. */
export const NODE_BASELINE_CPU_MILLI = 60;
export const NODE_BASELINE_MEMORY = 600 * 1024 * 1024;

export interface ContainerUsage {
  name: string;
  cpuMilli: number;
  memoryBytes: number;
}

export interface PodMetrics {
  namespace: string;
  name: string;
  /** Virtual ms of the scrape. */
  timestamp: number;
  windowMs: number;
  cpuMilli: number;
  memoryBytes: number;
  containers: ContainerUsage[];
}

export interface NodeMetrics {
  name: string;
  timestamp: number;
  windowMs: number;
  cpuMilli: number;
  memoryBytes: number;
}

interface State {
  /** pod key → uid seen Running at the previous scrape (the first CPU sample). */
  sampled: Record<string, string>;
  pods: Record<string, PodMetrics>;
  nodes: Record<string, NodeMetrics>;
}

/** What the 'traffic' component (services-traffic) exposes. */
interface TrafficSource {
  usage(namespace: string, pod: string): { cpuMilli: number; memoryBytes: number } | undefined;
}

function key(ns: string, name: string): string {
  return `${ns}/${name}`;
}

function nodeReady(node: Node | undefined): boolean {
  return node?.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
}

/** Splits a pod's usage over its containers: CPU by request share (evenly without requests). */
function splitContainers(pod: Pod, cpu: number, mem: number): ContainerUsage[] {
  const cs = pod.spec?.containers ?? [];
  if (cs.length === 0) return [];
  if (cs.length === 1) return [{ name: cs[0].name, cpuMilli: cpu, memoryBytes: mem }];
  const reqs = cs.map((c) => milliCpu(c.resources?.requests?.cpu));
  const total = reqs.reduce((a, b) => a + b, 0);
  const memWeights = cs.map((c) => imageIdleMemory(c.image));
  const memTotal = memWeights.reduce((a, b) => a + b, 0);
  let cpuLeft = cpu;
  let memLeft = mem;
  return cs.map((c, i) => {
    const last = i === cs.length - 1;
    const cCpu = last ? cpuLeft : Math.floor(total > 0 ? (cpu * reqs[i]) / total : cpu / cs.length);
    const cMem = last ? memLeft : Math.floor((mem * memWeights[i]) / memTotal);
    cpuLeft -= cCpu;
    memLeft -= cMem;
    return { name: c.name, cpuMilli: cCpu, memoryBytes: cMem };
  });
}

export class MetricsServer implements Component {
  readonly name = METRICS_SERVER;
  private state!: State;

  constructor(private readonly ctx: ComponentContext) {}

  bootstrap(): void {
    this.ctx.clock.schedule(SCRAPE_INTERVAL_MS, METRICS_SERVER, 'scrape');
  }

  start(): void {
    this.state = this.ctx.state<State>(METRICS_SERVER, () => ({ sampled: {}, pods: {}, nodes: {} }));
    this.ctx.clock.on(METRICS_SERVER, () => {
      this.scrape();
      this.ctx.clock.schedule(SCRAPE_INTERVAL_MS, METRICS_SERVER, 'scrape');
    });
  }

  /** The latest metrics of a pod (metrics.k8s.io PodMetrics), or undefined before its second scrape. */
  podMetrics(namespace: string, name: string): PodMetrics | undefined {
    return this.state.pods[key(namespace, name)];
  }

  /** Every pod's metrics in a namespace (all namespaces when undefined), sorted by namespace/name. */
  listPodMetrics(namespace?: string): PodMetrics[] {
    return Object.keys(this.state.pods)
      .sort()
      .map((k) => this.state.pods[k])
      .filter((m) => namespace === undefined || m.namespace === namespace);
  }

  nodeMetrics(name: string): NodeMetrics | undefined {
    return this.state.nodes[name];
  }

  /**
   * The programs' own demand on top of the idle/traffic figures, then the CPU limit as the CFS
   * quota enforces it: a container that wants more than limits.cpu gets ~97–99.5% of it over the
   * window (the docs' cpu-demo shows 974m of 1), and none uses more cores than its node has.
   * Memory needs no cap: past limits.memory the container is OOM-killed (node/oom.ts).
   */
  private enforce(pod: Pod, base: ContainerUsage[], kubelet: Partial<KubeletState>, now: number): ContainerUsage[] {
    const demand = podDemand(kubelet, pod, now);
    const specs = pod.spec?.containers ?? [];
    const nodeMilli = this.ctx.config.nodeCpu * 1000;
    return base.map((c) => {
      const d = demand.get(c.name);
      const spec = specs.find((s) => s.name === c.name);
      let cpu = c.cpuMilli + (d?.cpuMilli ?? 0);
      const mem = d ? Math.max(c.memoryBytes, d.memoryBytes) : c.memoryBytes;
      const limitSpec = spec?.resources?.limits?.cpu;
      const cap = Math.min(limitSpec === undefined ? nodeMilli : milliCpu(limitSpec), nodeMilli);
      if (cap > 0 && cpu > cap) cpu = Math.floor(cap * (0.97 + 0.025 * this.ctx.rng.next(METRICS_SERVER)));
      return { name: c.name, cpuMilli: cpu, memoryBytes: mem };
    });
  }

  /** One scrape of every kubelet. Public so tests can force one. */
  scrape(): void {
    const now = this.ctx.clock.now();
    const traffic = this.ctx.component<Component & Partial<TrafficSource>>('traffic');
    const kubelet = this.ctx.state<Partial<KubeletState>>('kubelet', () => ({}));
    const nodes = new Map(this.ctx.api.list<Node>('Node').map((n) => [n.metadata.name, n]));
    const sampled: Record<string, string> = {};
    const pods: Record<string, PodMetrics> = {};
    const perNode = new Map<string, { cpu: number; mem: number }>();
    for (const pod of this.ctx.api.list<Pod>('Pod')) {
      const nodeName = pod.spec?.nodeName;
      if (pod.status?.phase !== 'Running' || !nodeName || !nodeReady(nodes.get(nodeName))) continue;
      const ns = pod.metadata.namespace ?? 'default';
      const k = key(ns, pod.metadata.name);
      const fromTraffic = typeof traffic?.usage === 'function' ? traffic.usage(ns, pod.metadata.name) : undefined;
      const baseCpu = Math.max(0, Math.round(fromTraffic?.cpuMilli ?? IDLE_CPU_MILLI * Math.max(1, pod.spec?.containers?.length ?? 1)));
      const baseMem = Math.max(0, Math.round(fromTraffic?.memoryBytes ?? (pod.spec?.containers ?? []).reduce((s, c) => s + imageIdleMemory(c.image), 0)));
      const containers = this.enforce(pod, splitContainers(pod, baseCpu, baseMem), kubelet, now);
      const cpu = containers.reduce((s, c) => s + c.cpuMilli, 0);
      const mem = containers.reduce((s, c) => s + c.memoryBytes, 0);
      const agg = perNode.get(nodeName) ?? { cpu: 0, mem: 0 };
      agg.cpu += cpu;
      agg.mem += mem;
      perNode.set(nodeName, agg);
      sampled[k] = pod.metadata.uid;
      if (this.state.sampled[k] !== pod.metadata.uid) continue; // first sample: no rate yet
      pods[k] = { namespace: ns, name: pod.metadata.name, timestamp: now, windowMs: METRIC_WINDOW_MS, cpuMilli: cpu, memoryBytes: mem, containers };
    }
    const nodeMetrics: Record<string, NodeMetrics> = {};
    for (const [name, node] of nodes) {
      if (!nodeReady(node)) continue;
      const agg = perNode.get(name) ?? { cpu: 0, mem: 0 };
      nodeMetrics[name] = { name, timestamp: now, windowMs: METRIC_WINDOW_MS, cpuMilli: agg.cpu + NODE_BASELINE_CPU_MILLI, memoryBytes: agg.mem + NODE_BASELINE_MEMORY };
    }
    this.state.sampled = sampled;
    this.state.pods = pods;
    this.state.nodes = nodeMetrics;
  }
}

export const metricsServer: ComponentFactory = (ctx) => new MetricsServer(ctx);
