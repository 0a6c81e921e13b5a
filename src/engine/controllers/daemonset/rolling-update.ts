// A DaemonSet's RollingUpdate step: without surge, delete old pods while at most maxUnavailable
// nodes lack an available pod (manage then creates the new pod); with surge, create a new pod
// beside an old one on up to maxSurge nodes, and delete the old pod once the new one is available.
// [k8s: pkg/controller/daemon/update.go rollingUpdate, findUpdatedPodsOnNode,
//  updatedDesiredNodeCounts; pkg/controller/daemon/util/daemonset_util.go SurgeCount/UnavailableCount]
// Nodes are walked in store order (upstream ranges over a Go map, in random order).
import { isPodAvailable } from '../../objects/pod';
import type { KObject, Pod } from '../../objects/types';
import { valueFromIntOrPercent } from '../deployment/deployment-util';
import { type Placement, isPodUpdated } from './daemon-pods';

/** findUpdatedPodsOnNode: at most one new and one old live pod, else not ok. */
function updatedPodsOnNode(pods: Pod[], hash: string): { newPod?: Pod; oldPod?: Pod; ok: boolean } {
  let newPod: Pod | undefined;
  let oldPod: Pod | undefined;
  for (const p of pods) {
    if (p.metadata.deletionTimestamp) continue;
    if (isPodUpdated(p, hash)) {
      if (newPod) return { ok: false };
      newPod = p;
    } else {
      if (oldPod) return { ok: false };
      oldPod = p;
    }
  }
  return { newPod, oldPod, ok: true };
}

/** updatedDesiredNodeCounts: maxSurge and maxUnavailable scaled to the nodes that should run it (never both 0). */
export function surgeAndUnavailable(ds: KObject, placement: Map<string, Placement>): { maxSurge: number; maxUnavailable: number } {
  let desired = 0;
  for (const p of placement.values()) if (p.shouldRun) desired++;
  const ru = ds.spec?.updateStrategy?.rollingUpdate ?? {};
  const maxUnavailable = ru.maxUnavailable === undefined ? 0 : valueFromIntOrPercent(ru.maxUnavailable, desired, true);
  const maxSurge = ru.maxSurge === undefined ? 0 : valueFromIntOrPercent(ru.maxSurge, desired, true);
  return maxUnavailable === 0 && maxSurge === 0 ? { maxSurge, maxUnavailable: 1 } : { maxSurge, maxUnavailable };
}

export function rollingUpdateActions(ds: KObject, placement: Map<string, Placement>, byNode: Map<string, Pod[]>, hash: string, now: number): { toCreate: string[]; toDelete: string[] } {
  const { maxSurge, maxUnavailable } = surgeAndUnavailable(ds, placement);
  const minReady = ds.spec?.minReadySeconds ?? 0;
  const toDelete: string[] = [];
  if (maxSurge === 0) {
    let numUnavailable = 0;
    const candidates: string[] = [];
    for (const [, pods] of byNode) {
      const { newPod, oldPod, ok } = updatedPodsOnNode(pods, hash);
      if (!ok || (!oldPod && !newPod) || (oldPod && newPod)) numUnavailable++;
      else if (newPod) {
        if (!isPodAvailable(newPod, minReady, now)) numUnavailable++;
      } else if (oldPod) {
        if (!isPodAvailable(oldPod, minReady, now)) toDelete.push(oldPod.metadata.name);
        else if (numUnavailable < maxUnavailable) candidates.push(oldPod.metadata.name);
      }
    }
    const remaining = Math.min(Math.max(0, maxUnavailable - numUnavailable), candidates.length);
    return { toCreate: [], toDelete: [...toDelete, ...candidates.slice(0, remaining)] };
  }
  let numSurge = 0;
  const allowedNew: string[] = [];
  const candidateNew: string[] = [];
  for (const [nodeName, pods] of byNode) {
    const { newPod, oldPod, ok } = updatedPodsOnNode(pods, hash);
    if (!ok) {
      numSurge++;
      continue;
    }
    if (!placement.get(nodeName)?.shouldRun) {
      if (oldPod) toDelete.push(oldPod.metadata.name);
      continue;
    }
    if (!oldPod) continue;
    if (!newPod) {
      if (!isPodAvailable(oldPod, minReady, now)) allowedNew.push(nodeName);
      else if (numSurge < maxSurge) candidateNew.push(nodeName);
      continue;
    }
    if (!isPodAvailable(newPod, minReady, now)) {
      numSurge++;
      continue;
    }
    toDelete.push(oldPod.metadata.name);
  }
  const remaining = Math.min(Math.max(0, maxSurge - numSurge), candidateNew.length);
  return { toCreate: [...allowedNew, ...candidateNew.slice(0, remaining)], toDelete };
}
