// NodeResourcesFit: Filter checks the pod's requests against allocatable minus what the node's pods
// already request (plus the pod count against allocatable pods); Score is LeastAllocated over cpu
// and memory (weight 1 each) using the non-zero request defaults (100m / 200Mi).
// Mirrors pkg/scheduler/framework/plugins/noderesources/fit.go and least_allocated.go
// (cpu, memory and pods only: no ephemeral-storage or extended resources).
import { type FilterPlugin, MAX_NODE_SCORE, type ScorePlugin, SUCCESS as OK, unschedulable } from '../framework';

// A module-local binding: CJS transforms (tsx, the benchmark) turn imported bindings into getters.
const SUCCESS = OK;

export const NODE_RESOURCES_FIT = 'NodeResourcesFit';
export const ERR_REASON_TOO_MANY_PODS = 'Too many pods';
export const ERR_REASON_INSUFFICIENT_CPU = 'Insufficient cpu';
export const ERR_REASON_INSUFFICIENT_MEMORY = 'Insufficient memory';

/** leastRequestedScore: the share of the resource left free, 0..100, integer. */
export function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

export const nodeResourcesFit = {
  name: NODE_RESOURCES_FIT,
  weight: 1,
  filter(_pod, nodeInfo, cycle) {
    // fitsRequest: the reasons come in this order (pods, cpu, memory), all that apply.
    const req = cycle.requests;
    const pods = nodeInfo.pods.size + 1 > nodeInfo.allocatable.pods;
    const cpu = req.milliCpu > 0 && req.milliCpu > nodeInfo.allocatable.milliCpu - nodeInfo.requested.milliCpu;
    const mem = req.memory > 0 && req.memory > nodeInfo.allocatable.memory - nodeInfo.requested.memory;
    if (!pods && !cpu && !mem) return SUCCESS; // the common case allocates nothing
    const reasons: string[] = [];
    if (pods) reasons.push(ERR_REASON_TOO_MANY_PODS);
    if (cpu) reasons.push(ERR_REASON_INSUFFICIENT_CPU);
    if (mem) reasons.push(ERR_REASON_INSUFFICIENT_MEMORY);
    return unschedulable(...reasons);
  },
  score(_pod, nodeInfo, cycle) {
    // resourceAllocationScorer with useRequested=false: NonZeroRequested of the node plus the pod.
    const a = nodeInfo.allocatable;
    let sum = 0;
    let weights = 0;
    if (a.milliCpu !== 0) {
      sum += leastRequestedScore(nodeInfo.nonZeroRequested.milliCpu + cycle.nonZeroRequests.milliCpu, a.milliCpu);
      weights++;
    }
    if (a.memory !== 0) {
      sum += leastRequestedScore(nodeInfo.nonZeroRequested.memory + cycle.nonZeroRequests.memory, a.memory);
      weights++;
    }
    return weights === 0 ? 0 : Math.trunc(sum / weights);
  },
} satisfies FilterPlugin & ScorePlugin;
