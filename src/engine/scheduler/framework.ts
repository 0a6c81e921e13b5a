// The scheduling framework: Filter and Score plugin interfaces, the per-cycle state they share,
// and the runners that call them in profile order. Mirrors pkg/scheduler/framework/interface.go
// and runtime/framework.go. Simplified: PreFilter/PreScore are optional hooks on the same plugin
// object, there is no Reserve/Permit/PreBind, and plugins run sequentially (no parallelizer).
import type { Store } from '../api/store';
import { type PodRequests, podRequests } from '../objects/pod';
import type { Pod } from '../objects/types';
import type { NodeInfo } from './node-info';
import type { PodLabelIndex } from './pod-label-index';

export const MAX_NODE_SCORE = 100;

export type RejectionCode = 'Unschedulable' | 'UnschedulableAndUnresolvable';

/** A Filter verdict: success, or a rejection with its reasons (framework.Status). */
export type FilterResult = { readonly code: 'Success' } | { readonly code: RejectionCode; readonly reasons: readonly string[] };

export const SUCCESS: FilterResult = Object.freeze({ code: 'Success' });

/** Rejected, but preemption or a cluster change could make the node fit (e.g. resources). */
export function unschedulable(...reasons: string[]): FilterResult {
  return Object.freeze({ code: 'Unschedulable', reasons: Object.freeze(reasons) });
}

/** Rejected for a reason no preemption can fix (taints, affinity, cordon, node name). */
export function unresolvable(...reasons: string[]): FilterResult {
  return Object.freeze({ code: 'UnschedulableAndUnresolvable', reasons: Object.freeze(reasons) });
}

/** What plugins may read beyond the node in hand (framework.Handle's listers). */
export interface FrameworkHandle {
  store: Store;
  /** Every schedulable node, in node-tree order. */
  allNodes(): readonly NodeInfo[];
  /** The cache's pods by labels and its NodeInfo by name; without them plugins scan allNodes(). */
  podIndex?: PodLabelIndex;
  nodeInfo?(name: string): NodeInfo | undefined;
}

/** Per-cycle scratch data (framework.CycleState): computed once per pod, read per node. */
export class CycleState {
  readonly requests: PodRequests;
  readonly nonZeroRequests: PodRequests;
  private readonly data = new Map<string, unknown>();

  constructor(
    readonly pod: Pod,
    readonly handle: FrameworkHandle,
  ) {
    this.requests = podRequests(pod);
    this.nonZeroRequests = podRequests(pod, true);
  }

  write(key: string, value: unknown): void {
    this.data.set(key, value);
  }

  read<T>(key: string): T | undefined {
    return this.data.get(key) as T | undefined;
  }
}

export interface FilterPlugin {
  readonly name: string;
  preFilter?(pod: Pod, cycle: CycleState): void;
  filter(pod: Pod, nodeInfo: NodeInfo, cycle: CycleState): FilterResult;
}

export interface ScorePlugin {
  readonly name: string;
  readonly weight: number;
  /** Returns false to skip scoring this pod (framework.Skip): the plugin adds nothing. */
  preScore?(pod: Pod, feasible: readonly NodeInfo[], cycle: CycleState): boolean;
  score(pod: Pod, nodeInfo: NodeInfo, cycle: CycleState): number;
  /** Rescales raw scores to 0..MAX_NODE_SCORE in place (ScoreExtensions.NormalizeScore). */
  normalize?(scores: number[], nodes: readonly NodeInfo[], cycle: CycleState): void;
}

export interface FilterFailure {
  /** Index of the rejecting plugin in the profile's filter list. */
  plugin: number;
  result: Exclude<FilterResult, { code: 'Success' }>;
}

/** RunFilterPlugins: stops at the first plugin that rejects the node, as the real one does. */
export function runFilterPlugins(plugins: readonly FilterPlugin[], pod: Pod, nodeInfo: NodeInfo, cycle: CycleState): FilterFailure | null {
  for (let i = 0; i < plugins.length; i++) {
    const r = plugins[i].filter(pod, nodeInfo, cycle);
    if (r.code !== 'Success') return { plugin: i, result: r };
  }
  return null;
}

export interface ScoreTable {
  /** Per score plugin: raw scores per feasible node, or null when the plugin skipped this pod. */
  raw: (number[] | null)[];
  /** Per score plugin: normalized scores (0..100), or null when skipped. */
  normalized: (number[] | null)[];
  /** Per feasible node: sum of weight × normalized score. */
  totals: number[];
}

/** RunPreScorePlugins + RunScorePlugins + NormalizeScore + weighting. */
export function runScorePlugins(plugins: readonly ScorePlugin[], pod: Pod, feasible: readonly NodeInfo[], cycle: CycleState): ScoreTable {
  const totals = new Array<number>(feasible.length).fill(0);
  const raw: (number[] | null)[] = [];
  const normalized: (number[] | null)[] = [];
  for (const pl of plugins) {
    if (pl.preScore && !pl.preScore(pod, feasible, cycle)) {
      raw.push(null);
      normalized.push(null);
      continue;
    }
    const scores = new Array<number>(feasible.length);
    for (let i = 0; i < feasible.length; i++) scores[i] = pl.score(pod, feasible[i], cycle);
    raw.push(scores);
    let norm = scores;
    if (pl.normalize) {
      norm = scores.slice();
      pl.normalize(norm, feasible, cycle);
    }
    normalized.push(norm);
    for (let i = 0; i < feasible.length; i++) totals[i] += norm[i] * pl.weight;
  }
  return { raw, normalized, totals };
}

/**
 * helper.DefaultNormalizeScore: scales to 0..max by the highest score (integer division), optionally
 * reversed so that fewer "bad" things (e.g. intolerable taints) score higher.
 */
export function defaultNormalizeScore(scores: number[], reverse: boolean, max = MAX_NODE_SCORE): void {
  let maxCount = 0;
  for (const s of scores) if (s > maxCount) maxCount = s;
  if (maxCount === 0) {
    if (reverse) scores.fill(max);
    return;
  }
  for (let i = 0; i < scores.length; i++) {
    const s = Math.trunc((max * scores[i]) / maxCount);
    scores[i] = reverse ? max - s : s;
  }
}
