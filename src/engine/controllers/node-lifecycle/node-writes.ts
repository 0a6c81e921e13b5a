// The writes the node lifecycle controller makes to nodes and pods: swapping its own taints
// (controllerutil.SwapNodeControllerTaint, controller.RemoveTaintOffNode), the NoSchedule
// condition taints (doNoScheduleTaintingPass) and MarkPodsNotReady.
// [k8s: pkg/controller/util/node/controller_utils.go, pkg/controller/controller_utils.go]
import type { ApiClient } from '../../api/api-server';
import type { Node, Pod, PodCondition } from '../../objects/types';
import { rfc3339 } from '../../util/time';
import {
  TAINT_DISK_PRESSURE,
  TAINT_MEMORY_PRESSURE,
  TAINT_NETWORK_UNAVAILABLE,
  TAINT_NOT_READY,
  TAINT_PID_PRESSURE,
  TAINT_UNREACHABLE,
  TAINT_UNSCHEDULABLE,
  type TaintData,
  matchTaint,
  withTaints,
  withoutTaints,
} from './taints';

export const UNREACHABLE_NO_EXECUTE: TaintData = { key: TAINT_UNREACHABLE, effect: 'NoExecute' };
export const NOT_READY_NO_EXECUTE: TaintData = { key: TAINT_NOT_READY, effect: 'NoExecute' };

/** nodeConditionToTaintKeyStatusMap. */
const CONDITION_TAINTS: Record<string, Record<string, string>> = {
  Ready: { False: TAINT_NOT_READY, Unknown: TAINT_UNREACHABLE },
  MemoryPressure: { True: TAINT_MEMORY_PRESSURE },
  DiskPressure: { True: TAINT_DISK_PRESSURE },
  NetworkUnavailable: { True: TAINT_NETWORK_UNAVAILABLE },
  PIDPressure: { True: TAINT_PID_PRESSURE },
};
const CONDITION_TAINT_KEYS = new Set(Object.values(CONDITION_TAINTS).flatMap((m) => Object.values(m)));

function writeTaints(client: ApiClient, node: Node, taints: TaintData[]): Node {
  const spec = { ...node.spec, taints };
  if (taints.length === 0) delete (spec as { taints?: unknown }).taints;
  return client.update<Node>({ ...node, spec } as Node);
}

/**
 * SwapNodeControllerTaint: adds `add` (each stamped with timeAdded now), then removes `remove`,
 * as two writes like the real PATCHes. Returns false if the node is gone or a write failed.
 */
export function swapTaints(client: ApiClient, nodeName: string, add: TaintData[], remove: TaintData[], now: number): boolean {
  try {
    let node = client.get<Node>('Node', undefined, nodeName);
    if (!node) return false;
    if (add.length) {
      const stamped = add.map((t) => ({ ...t, timeAdded: rfc3339(now) }));
      const next = withTaints(node.spec?.taints, stamped);
      if (next) node = writeTaints(client, node, next);
    }
    if (remove.length) {
      const next = withoutTaints(node.spec?.taints, remove);
      if (next) writeTaints(client, node, next);
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * doNoScheduleTaintingPass: the node's NoSchedule condition taints (and the cordon taint) are
 * made to match its conditions and spec.unschedulable.
 */
export function noScheduleTaintingPass(client: ApiClient, nodeName: string, now: number): boolean {
  const node = client.get<Node>('Node', undefined, nodeName);
  if (!node) return true;
  const want: TaintData[] = [];
  for (const c of node.status?.conditions ?? []) {
    const key = CONDITION_TAINTS[c.type]?.[c.status];
    if (key) want.push({ key, effect: 'NoSchedule' });
  }
  if (node.spec?.unschedulable) want.push({ key: TAINT_UNSCHEDULABLE, effect: 'NoSchedule' });
  const have = ((node.spec?.taints ?? []) as TaintData[]).filter(
    (t) => t.effect === 'NoSchedule' && (t.key === TAINT_UNSCHEDULABLE || CONDITION_TAINT_KEYS.has(t.key)),
  );
  const toAdd = want.filter((w) => !have.some((h) => matchTaint(w, h)));
  const toDel = have.filter((h) => !want.some((w) => matchTaint(w, h)));
  if (toAdd.length === 0 && toDel.length === 0) return true;
  return swapTaints(client, nodeName, toAdd, toDel, now);
}

/** Removes the NoExecute unreachable / not-ready taints if present (markNodeAsReachable's writes). */
export function removeNoExecuteTaints(client: ApiClient, nodeName: string): boolean {
  try {
    const node = client.get<Node>('Node', undefined, nodeName);
    if (!node) return true;
    const next = withoutTaints(node.spec?.taints, [UNREACHABLE_NO_EXECUTE, NOT_READY_NO_EXECUTE]);
    if (next) writeTaints(client, node, next);
    return true;
  } catch {
    return false;
  }
}

/**
 * MarkPodsNotReady: each pod's Ready condition becomes False (reason and message kept as they
 * were, lastTransitionTime now), then `Warning NodeNotReady Node is not ready` on the pod.
 * Returns false if a write failed (the caller retries next pass).
 */
export function markPodsNotReady(client: ApiClient, pods: Pod[], nodeName: string, now: number, event: (pod: Pod) => void): boolean {
  let ok = true;
  for (const p of pods) {
    if (p.spec?.nodeName !== nodeName) continue;
    const pod = client.get<Pod>('Pod', p.metadata.namespace, p.metadata.name);
    if (!pod || pod.metadata.uid !== p.metadata.uid) continue;
    const conditions = (pod.status?.conditions ?? []) as PodCondition[];
    const i = conditions.findIndex((c) => c.type === 'Ready');
    if (i < 0 || conditions[i].status === 'False') continue; // UpdatePodCondition: nothing changes
    const next = conditions.map((c, j) => (j === i ? { ...c, status: 'False', lastTransitionTime: rfc3339(now) } : c));
    try {
      const updated = client.updateStatus<Pod>({ ...pod, status: { ...pod.status, conditions: next } } as Pod);
      event(updated);
    } catch {
      ok = false;
    }
  }
  return ok;
}
