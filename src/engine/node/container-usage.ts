// What a pod's containers ask of the kernel right now, read from the kubelets' runtime state: the
// modelled programs' demand (stress, perl) with their memory ramp. metrics-server reads this (the
// kubelet's /metrics/resource, from cAdvisor's cgroup counters) and applies the CPU limit.
// [k8s: pkg/kubelet/server/stats, metrics-server pkg/scraper]
import type { Pod } from '../objects/types';
import { imageIdleMemory } from './images';
import { procUsage, workingSet } from './oom';
import type { KubeletState } from './state';

export interface Demand {
  cpuMilli: number;
  memoryBytes: number;
}

/** Container name → demand, for the running containers whose program asks for more than idling. */
export function podDemand(kubelet: Partial<KubeletState> | undefined, pod: Pod, now: number): Map<string, Demand> {
  const out = new Map<string, Demand>();
  const node = pod.spec?.nodeName;
  const nodes = kubelet?.nodes;
  const rt = node && nodes && Object.hasOwn(nodes, node) ? nodes[node] : undefined;
  const p = rt?.pods[pod.metadata.uid];
  if (!p) return out;
  for (const spec of pod.spec?.containers ?? []) {
    const c = Object.hasOwn(p.containers, spec.name) ? p.containers[spec.name] : undefined;
    const usage = c?.running ? procUsage(c.proc) : undefined;
    if (!c?.running || !usage) continue;
    out.set(spec.name, { cpuMilli: usage.cpuMilli, memoryBytes: workingSet(usage, imageIdleMemory(spec.image), now - c.running.startedAt) });
  }
  return out;
}
