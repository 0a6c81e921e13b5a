// NodeResourcesBalancedAllocation: prefers nodes whose cpu and memory request fractions (with the
// incoming pod) are close: score = (1 − std) × 100, std of two fractions = |f1 − f2| / 2.
// Mirrors pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go (useRequested:
// actual requests, not the non-zero defaults). Follows current upstream in skipping best-effort
// pods (no requests at all; kubernetes/kubernetes#129138), which v1.32.0 itself did not yet do.
import { MAX_NODE_SCORE, type ScorePlugin } from '../framework';

export const BALANCED_ALLOCATION = 'NodeResourcesBalancedAllocation';

export function balancedScore(fractions: readonly number[]): number {
  let std = 0;
  if (fractions.length === 2) std = Math.abs((fractions[0] - fractions[1]) / 2);
  else if (fractions.length > 2) {
    const mean = fractions.reduce((a, b) => a + b, 0) / fractions.length;
    std = Math.sqrt(fractions.reduce((s, f) => s + (f - mean) * (f - mean), 0) / fractions.length);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

export const nodeResourcesBalancedAllocation = {
  name: BALANCED_ALLOCATION,
  weight: 1,
  preScore(_pod, _feasible, cycle) {
    return cycle.requests.milliCpu !== 0 || cycle.requests.memory !== 0;
  },
  score(_pod, nodeInfo, cycle) {
    const a = nodeInfo.allocatable;
    const fractions: number[] = [];
    if (a.milliCpu !== 0) fractions.push(Math.min(1, (nodeInfo.requested.milliCpu + cycle.requests.milliCpu) / a.milliCpu));
    if (a.memory !== 0) fractions.push(Math.min(1, (nodeInfo.requested.memory + cycle.requests.memory) / a.memory));
    return balancedScore(fractions);
  },
} satisfies ScorePlugin;
