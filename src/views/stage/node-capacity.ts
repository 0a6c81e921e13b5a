// What a stage shows about its node: the STATUS column of `kubectl get nodes`, and CPU/memory
// requested by the pods bound to it against the node's allocatable (the numbers `kubectl describe
// node` lists under "Allocated resources"). Quantities are parsed here because the views may
// import only the engine's public index; only the suffixes a learner's manifest can carry matter.
import type { Node, Pod } from '../../engine';

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const QUANTITY_RE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

/** A resource.Quantity in base units (cores, bytes); 0 when absent or malformed. */
export function quantity(q: unknown): number {
  if (typeof q === 'number') return Number.isFinite(q) ? q : 0;
  if (typeof q !== 'string') return 0;
  const m = QUANTITY_RE.exec(q.trim());
  if (!m) return 0;
  const n = Number(m[1]);
  const suffix = m[2] ?? '';
  if (suffix in BINARY) return n * BINARY[suffix];
  if (suffix in DECIMAL) return n * DECIMAL[suffix];
  return n * 10 ** Number(suffix.slice(1));
}

/** kubectl's node STATUS: Ready / NotReady / Unknown, plus ",SchedulingDisabled" when cordoned. */
export function nodeStatusText(node: Node): string {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  const parts = [!ready ? 'Unknown' : ready.status === 'True' ? 'Ready' : 'NotReady'];
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

/**
 * Conditions other than Ready that are not in their healthy state (`False`): MemoryPressure,
 * DiskPressure, PIDPressure, NetworkUnavailable as `Type=Status`, e.g. all `Unknown` once the
 * node controller stops hearing from a dead node's kubelet.
 */
export function troubledConditions(node: Node): string[] {
  return (node.status?.conditions ?? []).filter((c) => c.type !== 'Ready' && c.status !== 'False').map((c) => `${c.type}=${c.status}`);
}

export function nodeIsReady(node: Node): boolean {
  return node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Pods that still hold their requests on a node: bound, not Succeeded/Failed (as the scheduler counts them). */
export function holdsResources(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return !!pod.spec?.nodeName && phase !== 'Succeeded' && phase !== 'Failed';
}

/**
 * A pod's effective request: the larger of the sum of app containers and the largest init
 * container (resourcehelper.PodRequests, without sidecar or overhead subtleties: a simplification
 * the bars can afford, the scheduler's audition has the exact numbers).
 */
export function podRequests(pod: Pod): { cpu: number; memory: number } {
  let cpu = 0;
  let memory = 0;
  for (const c of pod.spec?.containers ?? []) {
    cpu += quantity(c.resources?.requests?.cpu);
    memory += quantity(c.resources?.requests?.memory);
  }
  for (const c of pod.spec?.initContainers ?? []) {
    cpu = Math.max(cpu, quantity(c.resources?.requests?.cpu));
    memory = Math.max(memory, quantity(c.resources?.requests?.memory));
  }
  return { cpu, memory };
}

export interface CapacityUse {
  /** Cores. */
  cpuRequested: number;
  cpuAllocatable: number;
  /** Bytes. */
  memoryRequested: number;
  memoryAllocatable: number;
}

export function capacityUse(node: Node, podsOnNode: readonly Pod[]): CapacityUse {
  let cpu = 0;
  let memory = 0;
  for (const p of podsOnNode) {
    if (!holdsResources(p)) continue;
    const r = podRequests(p);
    cpu += r.cpu;
    memory += r.memory;
  }
  return {
    cpuRequested: cpu,
    cpuAllocatable: quantity(node.status?.allocatable?.cpu),
    memoryRequested: memory,
    memoryAllocatable: quantity(node.status?.allocatable?.memory),
  };
}

/** "250m" below a core, else cores with up to two decimals: "1.5". */
export function formatCpu(cores: number): string {
  if (cores > 0 && cores < 1) return `${Math.round(cores * 1000)}m`;
  return String(Math.round(cores * 100) / 100);
}

/** Bytes in Mi below a Gi, else Gi with one decimal. */
export function formatMemory(b: number): string {
  if (b < 2 ** 30) return `${Math.round(b / 2 ** 20)}Mi`;
  return `${Math.round((b / 2 ** 30) * 10) / 10}Gi`;
}

/**
 * Share of allocatable in 0…1 (over-commit shows as full; an unknown allocatable as empty). Plain
 * arithmetic, not d3-scale: its scaleLinear would bring d3-interpolate, d3-color and d3-format
 * (~12 kB gz) into the first screen for one clamped division (the lazy charts still use d3-scale).
 */
export function share(requested: number, allocatable: number): number {
  if (allocatable <= 0) return 0;
  return Math.min(1, Math.max(0, requested / allocatable));
}
