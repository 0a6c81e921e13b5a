// Where things stand: which pods sit on which stage, in what order, how many are drawn before a
// crowd becomes "+N more", and how many stages fit side by side. Pure, so the maths is tested
// without a DOM; the components turn cells and seats into CSS grid positions.
import type { Node, Pod } from '../../engine';

/** More musicians than this on one stage are drawn as a count. */
export const MAX_SEATS = 24;

/**
 * Seats per stage for a cluster of `stages`: 24 on up to four stages, then fewer, so about a
 * hundred musicians are drawn however many stages there are (ten stages of 24 drew 240 and
 * dropped a crowded page to 10 frames a second), never fewer than 8 a stage.
 */
export function seatsPerStage(stages: number): number {
  return Math.min(MAX_SEATS, Math.max(8, Math.floor(100 / Math.max(1, stages))));
}

export interface StageCell {
  node: string;
  /** 1-based, for CSS grid. */
  column: number;
  row: number;
}

/** Stages per row for a given width in CSS px (a phone gets one column). */
export function stageColumns(width: number, stages: number): number {
  const fit = width < 640 ? 1 : width < 1000 ? 2 : width < 1500 ? 3 : 4;
  return Math.max(1, Math.min(fit, stages));
}

export function stageGrid(nodeNames: readonly string[], width: number): { columns: number; cells: StageCell[] } {
  const columns = stageColumns(width, nodeNames.length);
  return { columns, cells: nodeNames.map((node, i) => ({ node, column: (i % columns) + 1, row: Math.floor(i / columns) + 1 })) };
}

/** Oldest first (by creation, then name), so a newcomer takes the next seat and nobody jumps ahead. */
export function bySeniority(a: Pod, b: Pod): number {
  const ta = a.metadata.creationTimestamp ?? '';
  const tb = b.metadata.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

export interface Seating {
  seated: Pod[];
  /** Pods beyond MAX_SEATS, shown as "+N more". */
  overflow: number;
}

export function seat(pods: readonly Pod[], max = MAX_SEATS): Seating {
  const sorted = [...pods].sort(bySeniority);
  return { seated: sorted.slice(0, max), overflow: Math.max(0, sorted.length - max) };
}

export interface Casting {
  /** Stage names in order: the nodes by name, then nodes that pods are bound to but that no longer exist. */
  stages: string[];
  /** Names of stages whose Node object is gone. */
  missing: Set<string>;
  byNode: Map<string, Pod[]>;
  /** Pods not bound to a node (the wings). */
  wings: Pod[];
}

let castMemo: { nodes: readonly Node[]; pods: readonly Pod[]; casting: Casting } | undefined;

/**
 * Splits pods between stages and the wings. Pods never change stage: nodeName is set once by
 * binding. The last answer is reused while the store's arrays are the same (several selectors ask
 * every frame, and with 1,000 pods the split and the wings' sort are not free).
 */
export function cast(nodes: readonly Node[], pods: readonly Pod[]): Casting {
  if (castMemo?.nodes === nodes && castMemo.pods === pods) return castMemo.casting;
  const casting = castOf(nodes, pods);
  castMemo = { nodes, pods, casting };
  return casting;
}

function castOf(nodes: readonly Node[], pods: readonly Pod[]): Casting {
  const names = nodes.map((n) => n.metadata.name).sort();
  const known = new Set(names);
  const byNode = new Map<string, Pod[]>(names.map((n) => [n, []]));
  const wings: Pod[] = [];
  const missing = new Set<string>();
  for (const p of pods) {
    const n = p.spec?.nodeName;
    if (!n) {
      wings.push(p);
      continue;
    }
    if (!known.has(n)) missing.add(n);
    let list = byNode.get(n);
    if (!list) byNode.set(n, (list = []));
    list.push(p);
  }
  wings.sort(bySeniority);
  return { stages: [...names, ...[...missing].sort()], missing, byNode, wings };
}

/** Pods bound to one node, for a stage's narrow selector. */
export function podsOn(pods: readonly Pod[], node: string): Pod[] {
  return pods.filter((p) => p.spec?.nodeName === node);
}

export function unscheduled(pods: readonly Pod[]): Pod[] {
  return pods.filter((p) => !p.spec?.nodeName).sort(bySeniority);
}
