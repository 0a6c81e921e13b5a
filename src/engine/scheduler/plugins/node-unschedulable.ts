// NodeUnschedulable: a cordoned node (spec.unschedulable) takes no new pods, unless the pod
// tolerates the node.kubernetes.io/unschedulable:NoSchedule taint (as DaemonSet pods do).
// Mirrors pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go.
import { type FilterPlugin, SUCCESS as OK, unresolvable } from '../framework';
import { tolerationsTolerateTaint } from './tolerations';

// A module-local binding: CJS transforms (tsx, the benchmark) turn imported bindings into getters.
const SUCCESS = OK;

export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';
export const TAINT_NODE_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';

const REJECTED = unresolvable(ERR_REASON_UNSCHEDULABLE);
const UNSCHEDULABLE_TAINT = { key: TAINT_NODE_UNSCHEDULABLE, effect: 'NoSchedule' };

export const nodeUnschedulable = {
  name: 'NodeUnschedulable',
  filter(pod, nodeInfo) {
    if (!nodeInfo.node?.spec?.unschedulable) return SUCCESS;
    if (tolerationsTolerateTaint(pod.spec?.tolerations, UNSCHEDULABLE_TAINT)) return SUCCESS;
    return REJECTED;
  },
} satisfies FilterPlugin;
