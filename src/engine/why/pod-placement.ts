// Why a pod sits on its node (the scheduler's decision, summarized), or why it has none. The
// summary is the ledger's (why/sched-record.ts), so it reads the same after a rewind; the full
// per-plugin audition stays in the Audition view.
import { podCondition } from '../objects/pod';
import type { Pod } from '../objects/types';
import { type WhyContext, at, clock, forgotten, recordsOf } from './context';
import type { WhyCause } from './types';

const SCHEDULER = { kind: 'Component', name: 'default-scheduler' };

export function placementCauses(c: WhyContext, pod: Pod): WhyCause[] {
  const ns = pod.metadata.namespace ?? 'default';
  const name = pod.metadata.name;
  const ref = { kind: 'Pod', ns, name };
  const rec = recordsOf(c, 'sched', (r) => r.ns === ns && r.pod === name && r.uid === pod.metadata.uid)[0];
  const node = pod.spec?.nodeName;
  if (rec) {
    const filtered = rec.rejectedCount
      ? ` Filtered out: ${rec.rejected.join('; ')}${rec.rejectedCount > rec.rejected.length ? ` and ${rec.rejectedCount - rec.rejected.length} more` : ''}.`
      : '';
    if (!rec.node) return [{ at: rec.at, text: `The scheduler found no node for ${name} (attempt ${rec.attempt}): ${rec.message}`, actor: SCHEDULER, ref }];
    let why: string;
    if (rec.feasible === 1) why = `only ${rec.node} passed the filters`;
    else if (rec.score !== null && rec.score !== undefined) {
      const others = rec.others.map(([n, s]) => `${n} ${s}`).join(', ');
      why = `${rec.feasible} of ${rec.all} nodes passed the filters and ${rec.node} scored highest (${rec.score}${others ? `; ${others}` : ''})`;
    } else why = `${rec.node} passed the filters`;
    return [{ at: rec.at, text: `The scheduler placed ${name} on ${rec.node}: ${why}.${filtered}`, actor: { kind: 'Node', name: rec.node }, ref }];
  }
  if (node) {
    const when = at(podCondition(pod, 'PodScheduled')?.lastTransitionTime) ?? at(pod.metadata.creationTimestamp) ?? 0;
    return [forgotten(c, `Why the scheduler chose ${node} for ${name}`, ref) ?? { at: when, text: `${name} was bound to ${node} at ${clock(when)} without the scheduler (spec.nodeName was set).`, actor: { kind: 'Node', name: node }, ref }];
  }
  return [];
}
