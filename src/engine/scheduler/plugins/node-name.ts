// NodeName: a pod that names a node in spec.nodeName fits only that node.
// Mirrors pkg/scheduler/framework/plugins/nodename/node_name.go. (Pods with nodeName never reach
// this scheduler's queue, so in practice this filter only matters to tests and traces.)
import { type FilterPlugin, SUCCESS as OK, unresolvable } from '../framework';

// A module-local binding: CJS transforms (tsx, the benchmark) turn imported bindings into getters.
const SUCCESS = OK;

export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";

const REJECTED = unresolvable(ERR_REASON_NODE_NAME);

export const nodeName = {
  name: 'NodeName',
  filter(pod, nodeInfo) {
    const wanted = pod.spec?.nodeName;
    return !wanted || wanted === nodeInfo.name ? SUCCESS : REJECTED;
  },
} satisfies FilterPlugin;
