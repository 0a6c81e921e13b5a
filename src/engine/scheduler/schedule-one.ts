// One scheduling attempt for one pod: filter nodes starting at the rotating index until enough
// feasible ones are found (percentageOfNodesToScore), score them, and pick the best, breaking ties
// at random. Mirrors schedulePod / findNodesThatPassFilters / numFeasibleNodesToFind / selectHost
// in pkg/scheduler/schedule_one.go. Simplified: filters run sequentially, so "stop once enough
// nodes are feasible" is exact instead of racing 16 goroutines; no extenders, no nominated pods.
import type { Pod } from '../objects/types';
import type { Rng } from '../sim/rng';
import { CycleState, type FilterFailure, type FilterResult, type FrameworkHandle, type ScoreTable, runFilterPlugins, runScorePlugins, unresolvable } from './framework';
import { NODE_AFFINITY } from './plugins/node-affinity';
import { ERR_NO_NODES_AVAILABLE, fitErrorMessage, preemptionMessage } from './fit-error';
import type { NodeInfo } from './node-info';
import type { Profile } from './registry';

export const MIN_FEASIBLE_NODES_TO_FIND = 100;
export const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

/** How many feasible nodes to look for before scoring: all up to 100 nodes, then 50 − n/125 %, at least 5 %. */
export function numFeasibleNodesToFind(percentageOfNodesToScore: number, numAllNodes: number): number {
  if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) return numAllNodes;
  let percentage = percentageOfNodesToScore;
  if (percentage === 0) {
    percentage = 50 - Math.trunc(numAllNodes / 125);
    if (percentage < MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND) percentage = MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND;
  }
  const numNodes = Math.trunc((numAllNodes * percentage) / 100);
  return Math.max(numNodes, MIN_FEASIBLE_NODES_TO_FIND);
}

/** Everything one attempt decided and saw; the trace is built from it on demand. */
export interface Decision {
  /** All nodes in the order considered this cycle (shared, never mutated). */
  nodes: readonly NodeInfo[];
  startIndex: number;
  numNodesToFind: number;
  /** Nodes filtered: nodes[(startIndex + i) % n] for i < processed. */
  processed: number;
  /** Per processed node (same index): the rejection, or null when it passed every filter. */
  failures: (FilterFailure | null)[];
  feasible: NodeInfo[];
  scores: ScoreTable | null;
  /** Index into feasible, or -1. */
  selected: number;
  /** FitError text (with the preemption verdict) when no node fits. */
  message: string | null;
  /** Plugins that rejected some node (Diagnosis.UnschedulablePlugins). */
  unschedulablePlugins: string[];
  /** Set when a PreFilterResult narrowed the nodes: the rotating start to carry on with. */
  keepStart?: number;
}

/**
 * selectHost: the highest total wins; among equal totals each is kept with probability 1/count
 * (reservoir sampling), drawing from the 'scheduler' stream only when there is a tie.
 */
export function selectHost(totals: readonly number[], rng: Rng): number {
  let best = 0;
  let count = 1;
  for (let i = 1; i < totals.length; i++) {
    if (totals[i] > totals[best]) {
      best = i;
      count = 1;
    } else if (totals[i] === totals[best]) {
      count++;
      if (rng.int('scheduler', count) === 0) best = i;
    }
  }
  return best;
}

/**
 * NodeAffinity's PreFilterResult: the node names every required term pins with `metadata.name In`
 * (a DaemonSet pod's), or undefined when some term does not restrict names (all nodes eligible).
 */
export function preFilterNodeNames(pod: Pod): Set<string> | undefined {
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms?.length) return undefined;
  const names = new Set<string>();
  for (const t of terms) {
    let termNames: Set<string> | undefined;
    for (const r of t.matchFields ?? []) {
      if (r.key !== 'metadata.name' || r.operator !== 'In') continue;
      const s = new Set(r.values ?? []);
      termNames = termNames ? new Set([...termNames].filter((x) => s.has(x))) : s;
    }
    if (!termNames) return undefined;
    for (const x of termNames) names.add(x);
  }
  return names;
}

export function schedulePod(profile: Profile, pod: Pod, handle: FrameworkHandle, startIndex: number, rng: Rng): Decision {
  const allNodes = handle.allNodes();
  if (allNodes.length === 0) return { nodes: allNodes, startIndex, numNodesToFind: 0, processed: 0, failures: [], feasible: [], scores: null, selected: -1, message: ERR_NO_NODES_AVAILABLE, unschedulablePlugins: [] };
  // findNodesThatFitPod: with a PreFilterResult only those nodes are filtered; the others count in
  // the FitError as "didn't satisfy plugin(s) [NodeAffinity]" (SetAbsentNodesStatus). Simplified:
  // the decision (and its trace) lists only the filtered nodes, and the rotating start is kept.
  const pinned = handle.nodeInfo ? preFilterNodeNames(pod) : undefined;
  if (pinned) {
    const subset: NodeInfo[] = [];
    for (const name of pinned) {
      const info = handle.nodeInfo?.(name);
      if (info) subset.push(info);
    }
    const d = filterAndScore(profile, pod, handle, subset, 0, rng, allNodes.length);
    return { ...d, keepStart: startIndex };
  }
  return filterAndScore(profile, pod, handle, allNodes, startIndex, rng, allNodes.length);
}

function filterAndScore(profile: Profile, pod: Pod, handle: FrameworkHandle, nodes: readonly NodeInfo[], startIndex: number, rng: Rng, numAllNodes: number): Decision {
  const n = nodes.length;
  const absent = numAllNodes - n;
  const absentStatus = unresolvable(`node(s) didn't satisfy plugin(s) [${NODE_AFFINITY}]`);
  const base: Decision = { nodes, startIndex, numNodesToFind: 0, processed: 0, failures: [], feasible: [], scores: null, selected: -1, message: null, unschedulablePlugins: [] };
  if (n === 0) {
    const statuses = Array.from({ length: absent }, () => absentStatus as Exclude<FilterResult, { code: 'Success' }>);
    return { ...base, message: fitErrorMessage(numAllNodes, statuses, preemptionMessage(pod, numAllNodes, statuses)), unschedulablePlugins: [NODE_AFFINITY] };
  }
  const cycle = new CycleState(pod, handle);
  for (const pl of profile.filters) pl.preFilter?.(pod, cycle);
  const numNodesToFind = numFeasibleNodesToFind(profile.percentageOfNodesToScore, n);
  const failures: (FilterFailure | null)[] = [];
  const feasible: NodeInfo[] = [];
  const rejected = new Set<number>();
  let i = 0;
  for (; i < n && feasible.length < numNodesToFind; i++) {
    const info = nodes[(startIndex + i) % n];
    const f = runFilterPlugins(profile.filters, pod, info, cycle);
    failures.push(f);
    if (f) rejected.add(f.plugin);
    else feasible.push(info);
  }
  const decision: Decision = {
    ...base,
    startIndex: startIndex % n,
    numNodesToFind,
    processed: i,
    failures,
    feasible,
    unschedulablePlugins: [...rejected].sort((a, b) => a - b).map((k) => profile.filters[k].name),
  };
  if (feasible.length === 0) {
    const statuses = failures.map((f) => (f as FilterFailure).result);
    for (let k = 0; k < absent; k++) statuses.push(absentStatus as (typeof statuses)[number]);
    decision.message = fitErrorMessage(numAllNodes, statuses, preemptionMessage(pod, numAllNodes, statuses));
    return decision;
  }
  if (feasible.length === 1) {
    decision.selected = 0; // "When only one node after predicate, just use it."
    return decision;
  }
  decision.scores = runScorePlugins(profile.scores, pod, feasible, cycle);
  decision.selected = selectHost(decision.scores.totals, rng);
  return decision;
}

/** The rotating start for the next cycle (nextStartNodeIndex). */
export function nextStartIndex(d: Decision): number {
  if (d.keepStart !== undefined) return d.keepStart;
  const n = d.nodes.length;
  return n === 0 ? 0 : (d.startIndex + d.processed) % n;
}
