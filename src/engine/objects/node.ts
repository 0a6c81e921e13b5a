// Pure helpers over Nodes. [k8s: pkg/controller/util/node/controller_utils.go]
import type { Node, NodeCondition } from './types';

export function nodeCondition(node: Node, type: string): NodeCondition | undefined {
  return node.status?.conditions?.find((c) => c.type === type);
}

export function isNodeReady(node: Node): boolean {
  return nodeCondition(node, 'Ready')?.status === 'True';
}

/** kubectl's STATUS for a node: Ready / NotReady / Unknown, plus ",SchedulingDisabled". */
export function nodeStatusText(node: Node): string {
  const ready = nodeCondition(node, 'Ready');
  let s = !ready ? 'Unknown' : ready.status === 'True' ? 'Ready' : 'NotReady';
  if (node.spec?.unschedulable) s += ',SchedulingDisabled';
  return s;
}
