// VolumeBinding: a pod's PersistentVolumeClaims must exist and not be deleting; an unbound claim
// of an Immediate class blocks scheduling until the persistentvolume-controller binds it; a bound
// claim's volume must admit the node (node affinity, e.g. a local-path volume's node); an unbound
// WaitForFirstConsumer claim is fine anywhere (its volume is provisioned on the chosen node).
// Mirrors pkg/scheduler/framework/plugins/volumebinding/volume_binding.go (PreFilter + Filter).
// Simplifications: the PreFilter rejections are reported per node (so the FitError reads
// "3 pod has unbound immediate PersistentVolumeClaims" where the real one has no count), and
// unbound WFFC claims are not matched against static volumes' node affinity.
import type { KObject, Node } from '../../objects/types';
import { volumeFitsNode } from '../../storage/pv-binding';
import { isDelayBinding, podClaimNames } from '../../storage/volume-util';
import { type CycleState, type FilterPlugin, type FilterResult, SUCCESS as OK, unresolvable } from '../framework';

// A module-local binding: CJS transforms (tsx, the benchmark) turn imported bindings into getters.
const SUCCESS = OK;

export const VOLUME_BINDING = 'VolumeBinding';
export const ERR_REASON_UNBOUND_IMMEDIATE = 'pod has unbound immediate PersistentVolumeClaims';
export const ERR_REASON_NODE_CONFLICT = 'node(s) had volume node affinity conflict';
const CONFLICT = unresolvable(ERR_REASON_NODE_CONFLICT);
const KEY = 'VolumeBinding';

interface PreFilterResult {
  rejection: FilterResult | null;
  /** Volumes of bound claims, whose node affinity each node must satisfy. */
  bound: KObject[];
}

export const volumeBinding = {
  name: VOLUME_BINDING,
  preFilter(pod, cycle: CycleState) {
    const claims = podClaimNames(pod);
    if (claims.length === 0) return;
    const store = cycle.handle.store;
    const result: PreFilterResult = { rejection: null, bound: [] };
    let unboundImmediate = false;
    for (const name of claims) {
      const claim = store.get('persistentvolumeclaims', pod.metadata.namespace, name);
      if (!claim) {
        result.rejection = unresolvable(`persistentvolumeclaim "${name}" not found`);
        break;
      }
      if (claim.metadata.deletionTimestamp) {
        result.rejection = unresolvable(`persistentvolumeclaim "${name}" is being deleted`);
        break;
      }
      const volumeName = claim.spec?.volumeName;
      if (volumeName && claim.status?.phase === 'Bound') {
        const pv = store.get('persistentvolumes', undefined, volumeName);
        if (pv) result.bound.push(pv);
      } else if (!isDelayBinding(store, claim)) unboundImmediate = true;
    }
    if (!result.rejection && unboundImmediate) result.rejection = unresolvable(ERR_REASON_UNBOUND_IMMEDIATE);
    cycle.write(KEY, result);
  },
  filter(_pod, nodeInfo, cycle) {
    const r = cycle.read<PreFilterResult>(KEY);
    if (!r) return SUCCESS;
    if (r.rejection) return r.rejection;
    for (const pv of r.bound) if (!volumeFitsNode(pv, nodeInfo.node as Node | undefined)) return CONFLICT;
    return SUCCESS;
  },
} satisfies FilterPlugin;
