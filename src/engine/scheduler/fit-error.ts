// The texts a pod that fits nowhere gets: FitError ("0/3 nodes are available: 3 Insufficient cpu.")
// and, appended, DefaultPreemption's PostFilter verdict ("preemption: 0/3 nodes are available: ...").
// Mirrors FitError.Error in pkg/scheduler/framework/types.go and Evaluator.Preempt/findCandidates
// in pkg/scheduler/framework/preemption/preemption.go. Simplified: preemption never finds victims
// (no node runs a lower-priority pod that could be evicted; victims are not modelled).
import type { Pod } from '../objects/types';
import type { FilterResult } from './framework';

export const ERR_NO_NODES_AVAILABLE = 'no nodes available to schedule pods';
export const ERR_NO_PREEMPTION_VICTIMS = 'No preemption victims found for incoming pod';
export const ERR_PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';

type Rejection = Exclude<FilterResult, { code: 'Success' }>;

/** `0/<n> nodes are available: <count> <reason>, ….` with the histogram sorted as strings. */
export function fitErrorMessage(numAllNodes: number, statuses: readonly Rejection[], postFilterMsg = ''): string {
  const counts = new Map<string, number>();
  for (const s of statuses) for (const r of s.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts: string[] = [];
  for (const [reason, n] of counts) parts.push(`${n} ${reason}`);
  // sort.Strings: byte order, which for these ASCII texts is JS's default code-unit order.
  parts.sort();
  let msg = `0/${numAllNodes} nodes are available:`;
  if (parts.length > 0) msg += ` ${parts.join(', ')}.`;
  if (postFilterMsg) msg += ` ${postFilterMsg}`;
  return msg;
}

/**
 * DefaultPreemption.PostFilter's message. Nodes rejected as Unschedulable are candidates but have no
 * lower-priority victims; nodes rejected as UnschedulableAndUnresolvable are not candidates and
 * read "Preemption is not helpful for scheduling".
 */
export function preemptionMessage(pod: Pod, numAllNodes: number, statuses: readonly Rejection[]): string {
  if (pod.spec?.preemptionPolicy === 'Never') return 'preemption: not eligible due to preemptionPolicy=Never.';
  const victims = { code: 'UnschedulableAndUnresolvable', reasons: [ERR_NO_PREEMPTION_VICTIMS] } as const;
  const notHelpful = { code: 'UnschedulableAndUnresolvable', reasons: [ERR_PREEMPTION_NOT_HELPFUL] } as const;
  const perNode: Rejection[] = [];
  for (const s of statuses) perNode.push(s.code === 'Unschedulable' ? victims : notHelpful);
  // Nodes with no recorded status count as "not helpful" too (SetAbsentNodesStatus).
  for (let i = statuses.length; i < numAllNodes; i++) perNode.push(notHelpful);
  return `preemption: ${fitErrorMessage(numAllNodes, perNode)}`;
}

/** schedule_one.go truncateMessage: events carry at most 1024 characters. */
export function truncateMessage(message: string, max = 1024): string {
  return message.length <= max ? message : `${message.slice(0, max - 4)} ...`;
}
