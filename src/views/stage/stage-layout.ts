// Who stands where: which pods belong to which node's riser (and which wait in the wings), oldest
// first. Pure, so it is tested without a DOM; the scene (src/views/scene) draws it.
import type { Node, Pod } from '../../engine';

/** Oldest first (by creation, then name), so a newcomer takes the next seat and nobody jumps ahead. */
export function bySeniority(a: Pod, b: Pod): number {
  const ta = a.metadata.creationTimestamp ?? '';
  const tb = b.metadata.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
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
