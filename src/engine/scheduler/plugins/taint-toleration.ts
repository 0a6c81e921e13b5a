// TaintToleration: Filter rejects nodes with an untolerated NoSchedule/NoExecute taint; Score
// counts the PreferNoSchedule taints the pod does not tolerate, normalized reversed (fewer is better).
// Mirrors pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go.
import type { Taint, Toleration } from '../../objects/types';
import { type FilterPlugin, type ScorePlugin, SUCCESS as OK, defaultNormalizeScore, unresolvable } from '../framework';
import { findUntoleratedTaint, tolerationsTolerateTaint } from './tolerations';

// A module-local binding: CJS transforms (tsx, the benchmark) turn imported bindings into getters.
const SUCCESS = OK;

export const TAINT_TOLERATION = 'TaintToleration';

/** `node(s) had untolerated taint {key: value}`: the value may be empty. */
export function errReasonUntoleratedTaint(taint: Taint): string {
  return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
}

const doNotSchedule = (t: Taint) => t.effect === 'NoSchedule' || t.effect === 'NoExecute';
const PRE_SCORE_KEY = 'PreScoreTaintToleration';

export const taintToleration = {
  name: TAINT_TOLERATION,
  weight: 3,
  filter(pod, nodeInfo) {
    const taint = findUntoleratedTaint(nodeInfo.node?.spec?.taints, pod.spec?.tolerations, doNotSchedule);
    return taint ? unresolvable(errReasonUntoleratedTaint(taint)) : SUCCESS;
  },
  preScore(pod, _feasible, cycle) {
    // getAllTolerationPreferNoSchedule: tolerations with an empty effect count too.
    const tols = (pod.spec?.tolerations ?? []).filter((t: Toleration) => !t.effect || t.effect === 'PreferNoSchedule');
    cycle.write(PRE_SCORE_KEY, tols);
    return true;
  },
  score(_pod, nodeInfo, cycle) {
    const tols = cycle.read<Toleration[]>(PRE_SCORE_KEY) ?? [];
    let n = 0;
    for (const taint of nodeInfo.node?.spec?.taints ?? []) {
      if (taint.effect === 'PreferNoSchedule' && !tolerationsTolerateTaint(tols, taint)) n++;
    }
    return n;
  },
  normalize(scores) {
    defaultNormalizeScore(scores, true);
  },
} satisfies FilterPlugin & ScorePlugin;
