// Indexed Jobs: the completion index of a pod, the `status.completedIndexes` interval text
// ("1,3-5,7") and the first indexes still missing a pod.
// [k8s: pkg/controller/job/indexed_job_utils.go getCompletionIndex, orderedIntervals.String,
//  firstPendingIndexes, addCompletionIndexEnvVariables]
import type { Pod } from '../objects/types';
import { COMPLETION_INDEX_ANNOTATION } from './job-kind';

/** The pod's index from its annotation, or -1 (unknownCompletionIndex). */
export function completionIndex(pod: Pod): number {
  const v = pod.metadata.annotations?.[COMPLETION_INDEX_ANNOTATION];
  if (v === undefined || !/^\d+$/.test(v)) return -1;
  return Number(v);
}

/** Parses "1,3-5" into the sorted set of indexes below `completions`. */
export function parseIndexes(text: string | undefined, completions: number): number[] {
  const out = new Set<number>();
  for (const part of (text ?? '').split(',')) {
    if (!part) continue;
    const [a, b] = part.split('-').map(Number);
    for (let i = a; i <= (b ?? a) && i < completions; i++) if (Number.isInteger(i) && i >= 0) out.add(i);
  }
  return [...out].sort((x, y) => x - y);
}

/** orderedIntervals.String: consecutive runs of three or more as `a-b`, pairs as `a,b`. */
export function formatIndexes(indexes: number[]): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j === i) parts.push(String(sorted[i]));
    else if (j === i + 1) parts.push(String(sorted[i]), String(sorted[j]));
    else parts.push(`${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** firstPendingIndexes: the lowest `count` indexes that neither succeeded nor have an active pod. */
export function firstPendingIndexes(succeeded: number[], activePods: Pod[], count: number, completions: number): number[] {
  const taken = new Set(succeeded);
  for (const p of activePods) taken.add(completionIndex(p));
  const out: number[] = [];
  for (let i = 0; i < completions && out.length < count; i++) if (!taken.has(i)) out.push(i);
  return out;
}
