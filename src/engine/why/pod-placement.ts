// Why a pod sits on its node (the scheduler's audition, summarized), or why it has none.
// The audition is kept for the last 500 pods decided and not in snapshots; past that the
// PodScheduled condition still dates the decision and the answer says the details are gone.
import { podCondition } from '../objects/pod';
import type { Pod } from '../objects/types';
import { type WhyContext, at, clock } from './context';
import type { WhyCause } from './types';

const SCHEDULER = { kind: 'Component', name: 'default-scheduler' };

export function placementCauses(c: WhyContext, pod: Pod): WhyCause[] {
  const ns = pod.metadata.namespace ?? 'default';
  const name = pod.metadata.name;
  const ref = { kind: 'Pod', ns, name };
  const trace = c.schedulingTrace(ns, name);
  const cond = podCondition(pod, 'PodScheduled');
  const node = pod.spec?.nodeName;
  if (trace && trace.pod.uid === pod.metadata.uid) {
    if (trace.outcome.kind === 'Unschedulable')
      return [{ at: trace.time, text: `The scheduler found no node for ${name} (attempt ${trace.attempt}): ${trace.outcome.message}`, actor: SCHEDULER, ref }];
    const feasible = trace.nodes.filter((n) => n.feasible);
    const rejected = trace.nodes.filter((n) => !n.feasible).map((n) => `${n.node}: ${n.filters.at(-1)?.reasons.join(', ') || n.filters.at(-1)?.plugin}`);
    const winner = trace.outcome.node;
    const scored = feasible.filter((n) => n.total !== null).sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || a.node.localeCompare(b.node));
    let why: string;
    if (feasible.length === 1) why = `only ${winner} passed the filters`;
    else if (scored.length) {
      const others = scored.filter((n) => n.node !== winner).map((n) => `${n.node} ${n.total}`);
      why = `${feasible.length} of ${trace.numAllNodes} nodes passed the filters and ${winner} scored highest (${trace.outcome.score}${others.length ? `; ${others.join(', ')}` : ''})`;
    } else why = `${winner} passed the filters`;
    const out = [`The scheduler placed ${name} on ${winner}: ${why}.`];
    if (rejected.length) out.push(`Filtered out: ${rejected.join('; ')}.`);
    return [{ at: trace.time, text: out.join(' '), actor: { kind: 'Node', name: winner }, ref }];
  }
  if (node) {
    const when = at(cond?.lastTransitionTime) ?? at(pod.metadata.creationTimestamp) ?? 0;
    return [{ at: when, text: `${name} was scheduled to ${node} at ${clock(when)}; the scheduler's audition for it is no longer kept (it keeps the last 500 pods it decided).`, actor: { kind: 'Node', name: node }, ref }];
  }
  if (cond?.status === 'False') {
    const when = at(cond.lastTransitionTime) ?? 0;
    return [{ at: when, text: `The scheduler could not place ${name}: ${cond.message ?? cond.reason ?? 'no node fits'}`, actor: SCHEDULER, ref }];
  }
  return [];
}
