// The scheduler's decision as the ledger keeps it: winner, score, how many nodes passed, the best
// three others, the first three rejections. Built from the Decision the scheduler already holds,
// in one pass over the feasible nodes (no strings for the others), so it stays cheap at 5,000.
import type { Decision } from '../scheduler/schedule-one';
import type { SchedRecord } from './types';

export function schedRecord(d: Decision, at: number, ns: string, pod: string, uid: string, attempt: number): SchedRecord {
  const n = d.nodes.length;
  const rejected: string[] = [];
  let rejectedCount = 0;
  for (let i = 0; i < d.processed; i++) {
    const f = d.failures[i];
    if (!f) continue;
    rejectedCount++;
    if (rejected.length < 3) rejected.push(`${d.nodes[(d.startIndex + i) % n].name}: ${f.result.reasons.join(', ') || f.result.code}`);
  }
  const r: SchedRecord = { t: 'sched', at, ns, pod, uid, attempt, all: n, feasible: d.feasible.length, others: [], rejected, rejectedCount };
  if (d.selected < 0) {
    r.message = d.message ?? '';
    return r;
  }
  r.node = d.feasible[d.selected].name;
  r.score = d.scores ? d.scores.totals[d.selected] : null;
  const totals = d.scores?.totals;
  if (totals) {
    // The top three others, by total then name.
    const top: number[] = [];
    for (let i = 0; i < totals.length; i++) {
      if (i === d.selected) continue;
      top.push(i);
      top.sort((a, b) => totals[b] - totals[a] || d.feasible[a].name.localeCompare(d.feasible[b].name));
      if (top.length > 3) top.pop();
    }
    r.others = top.map((i) => [d.feasible[i].name, totals[i]]);
  }
  return r;
}
