// NodeAffinity: Filter applies spec.nodeSelector and requiredDuringSchedulingIgnoredDuringExecution
// node selector terms; Score sums the weights of the matching preferred terms, normalized to 0..100.
// Mirrors pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go (no scheduler-config
// addedAffinity).
import type { Node, Pod } from '../../objects/types';
import { type FilterPlugin, type ScorePlugin, SUCCESS as OK, defaultNormalizeScore, unresolvable } from '../framework';
import { anyTermMatches, termMatches } from './node-selector';

// A module-local binding: CJS transforms (tsx, the benchmark) turn imported bindings into getters.
const SUCCESS = OK;

export const NODE_AFFINITY = 'NodeAffinity';
export const ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";

const REJECTED = unresolvable(ERR_REASON_POD);

/** GetRequiredNodeAffinity(pod).Match(node): nodeSelector and the required terms, both. */
export function requiredNodeAffinityMatches(pod: Pod, node: Node): boolean {
  const sel = pod.spec?.nodeSelector;
  if (sel) {
    const labels = node.metadata.labels ?? {};
    for (const k in sel) if (labels[k] !== sel[k]) return false;
  }
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (terms && !anyTermMatches(terms, node)) return false;
  return true;
}

export const nodeAffinity = {
  name: NODE_AFFINITY,
  weight: 2,
  filter(pod, nodeInfo) {
    const node = nodeInfo.node;
    return node && requiredNodeAffinityMatches(pod, node) ? SUCCESS : REJECTED;
  },
  preScore(pod) {
    return (pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.length ?? 0) > 0;
  },
  score(pod, nodeInfo) {
    const node = nodeInfo.node;
    if (!node) return 0;
    let sum = 0;
    for (const p of pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
      if (p.weight !== 0 && termMatches(p.preference, node)) sum += p.weight;
    }
    return sum;
  },
  normalize(scores) {
    defaultNormalizeScore(scores, false);
  },
} satisfies FilterPlugin & ScorePlugin;
