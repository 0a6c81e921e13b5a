// The scheduling decision as the views explain it: per node, each filter's verdict and each score
// plugin's raw, normalized and weighted score; the nodes never looked at (percentageOfNodesToScore);
// the winner or the FitError. Kept for the last 500 pods in memory: it is an observation, not
// cluster state, so snapshots do not carry it. Built lazily from the Decision so that recording
// costs nothing per node on the hot path. (The real scheduler logs this at -v=10 only.)
import type { RejectionCode } from './framework';
import type { Profile } from './registry';
import type { Decision } from './schedule-one';

export interface FilterVerdict {
  plugin: string;
  code: 'Success' | RejectionCode;
  reasons: string[];
}

export interface PluginScore {
  plugin: string;
  weight: number;
  raw: number;
  normalized: number;
  weighted: number;
}

export interface NodeTrace {
  node: string;
  /** Filters in order up to and including the first rejection (later ones do not run). */
  filters: FilterVerdict[];
  feasible: boolean;
  /** Score plugins that ran (a plugin that skipped the pod is absent); empty if not scored. */
  scores: PluginScore[];
  /** Weighted total, or null when the node was not scored (infeasible, or the only feasible node). */
  total: number | null;
}

export type TraceOutcome = { kind: 'Scheduled'; node: string; score: number | null } | { kind: 'Unschedulable'; message: string };

export interface SchedulingTrace {
  pod: { namespace: string; name: string; uid: string };
  /** Virtual ms of the decision. */
  time: number;
  attempt: number;
  numAllNodes: number;
  numNodesToFind: number;
  startIndex: number;
  /** Evaluated nodes, in evaluation order. */
  nodes: NodeTrace[];
  /** Nodes skipped because enough feasible nodes were found first. */
  notEvaluated: string[];
  outcome: TraceOutcome;
}

interface Recorded {
  pod: SchedulingTrace['pod'];
  time: number;
  attempt: number;
  decision: Decision;
  profile: Profile;
}

export function buildTrace(r: Recorded): SchedulingTrace {
  const d = r.decision;
  const n = d.nodes.length;
  const filters = r.profile.filters;
  const feasibleIndex = new Map(d.feasible.map((info, i) => [info.name, i]));
  const nodes: NodeTrace[] = [];
  for (let i = 0; i < d.processed; i++) {
    const info = d.nodes[(d.startIndex + i) % n];
    const f = d.failures[i];
    const upTo = f ? f.plugin : filters.length - 1;
    const verdicts: FilterVerdict[] = [];
    for (let k = 0; k <= upTo; k++) {
      if (f && k === f.plugin) verdicts.push({ plugin: filters[k].name, code: f.result.code, reasons: [...f.result.reasons] });
      else verdicts.push({ plugin: filters[k].name, code: 'Success', reasons: [] });
    }
    const fi = feasibleIndex.get(info.name);
    const scores: PluginScore[] = [];
    let total: number | null = null;
    if (fi !== undefined && d.scores) {
      r.profile.scores.forEach((pl, k) => {
        const raw = d.scores?.raw[k];
        const norm = d.scores?.normalized[k];
        if (!raw || !norm) return;
        scores.push({ plugin: pl.name, weight: pl.weight, raw: raw[fi], normalized: norm[fi], weighted: norm[fi] * pl.weight });
      });
      total = d.scores.totals[fi];
    }
    nodes.push({ node: info.name, filters: verdicts, feasible: !f, scores, total });
  }
  const notEvaluated: string[] = [];
  for (let i = d.processed; i < n; i++) notEvaluated.push(d.nodes[(d.startIndex + i) % n].name);
  const outcome: TraceOutcome =
    d.selected >= 0
      ? { kind: 'Scheduled', node: d.feasible[d.selected].name, score: d.scores ? d.scores.totals[d.selected] : null }
      : { kind: 'Unschedulable', message: d.message ?? '' };
  return { pod: r.pod, time: r.time, attempt: r.attempt, numAllNodes: n, numNodesToFind: d.numNodesToFind, startIndex: d.startIndex, nodes, notEvaluated, outcome };
}

/** The last decision per pod, for the last `capacity` pods decided. */
export class TraceBook {
  private readonly byPod = new Map<string, Recorded>();

  constructor(private readonly capacity = 500) {}

  record(key: string, r: Recorded): void {
    this.byPod.delete(key); // re-insert: most recent last
    this.byPod.set(key, r);
    if (this.byPod.size > this.capacity) {
      const oldest = this.byPod.keys().next().value as string;
      this.byPod.delete(oldest);
    }
  }

  get(key: string): SchedulingTrace | undefined {
    const r = this.byPod.get(key);
    return r ? buildTrace(r) : undefined;
  }

  clear(): void {
    this.byPod.clear();
  }
}
