// Which PersistentVolume a claim binds to, and the writes that bind them.
// [k8s: pkg/controller/volume/persistentvolume/util/util.go FindMatchingVolume, CheckAccessModes;
//  pv_controller.go bind, bindVolumeToClaim, bindClaimToVolume]
// A volume fits when it is Available (or pre-bound to this claim), has the claim's class, all of
// its access modes, at least its storage, a matching volumeMode, labels matching its selector and,
// once a node is known, node affinity that admits that node. The smallest fitting volume wins.
import type { ApiClient } from '../api/api-server';
import { matchesSelector } from '../objects/labels';
import type { KObject, Node } from '../objects/types';
import { anyTermMatches } from '../scheduler/plugins/node-selector';
import {
  ANN_BIND_COMPLETED,
  ANN_BOUND_BY_CONTROLLER,
  capacityBytes,
  claimClass,
  requestedBytes,
  volumeClass,
} from './volume-util';

/** IsVolumeBoundToClaim: claimRef names this claim (and its uid, once set). */
export function isVolumeBoundToClaim(pv: KObject, claim: KObject): boolean {
  const ref = pv.spec?.claimRef;
  if (!ref || ref.name !== claim.metadata.name || ref.namespace !== claim.metadata.namespace) return false;
  return !ref.uid || ref.uid === claim.metadata.uid;
}

export function checkAccessModes(claim: KObject, pv: KObject): boolean {
  const have = new Set<string>(pv.spec?.accessModes ?? []);
  return ((claim.spec?.accessModes ?? []) as string[]).every((m) => have.has(m));
}

/** CheckNodeAffinity: a volume without node affinity fits every node. */
export function volumeFitsNode(pv: KObject, node: Node | undefined): boolean {
  const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!terms || !node) return true;
  return anyTermMatches(terms, node);
}

/**
 * FindMatchingVolume. `delayBinding` without a node means WaitForFirstConsumer before a pod is
 * scheduled: only a volume pre-bound to this claim may be chosen.
 */
export function findMatchingVolume(claim: KObject, volumes: readonly KObject[], node: Node | undefined, delayBinding: boolean): KObject | undefined {
  const requested = requestedBytes(claim);
  const cls = claimClass(claim);
  const mode = claim.spec?.volumeMode ?? 'Filesystem';
  let smallest: KObject | undefined;
  for (const pv of volumes) {
    if ((pv.spec?.volumeMode ?? 'Filesystem') !== mode) continue;
    if (!checkAccessModes(claim, pv)) continue;
    if (pv.spec?.claimRef && isVolumeBoundToClaim(pv, claim)) {
      // Pre-bound: the one answer, as long as the class and the node agree.
      if (volumeClass(pv) !== cls || !volumeFitsNode(pv, node)) return undefined;
      return pv;
    }
    if (!node && delayBinding) continue;
    if (pv.status?.phase !== 'Available' || pv.spec?.claimRef || pv.metadata.deletionTimestamp) continue;
    if (claim.spec?.selector && !matchesSelector(claim.spec.selector, pv.metadata.labels)) continue;
    if (volumeClass(pv) !== cls) continue;
    if (!volumeFitsNode(pv, node)) continue;
    const size = capacityBytes(pv);
    if (size >= requested && (!smallest || capacityBytes(smallest) > size)) smallest = pv;
  }
  return smallest;
}

/** bind(): claimRef on the volume, phase Bound, volumeName and annotations on the claim, claim status. */
export function bindVolumeAndClaim(client: ApiClient, pv: KObject, claim: KObject): { pv: KObject; claim: KObject } {
  let volume = pv;
  const ref = pv.spec?.claimRef;
  if (!ref || ref.uid !== claim.metadata.uid) {
    const annotations = { ...(pv.metadata.annotations ?? {}) };
    if (!ref) annotations[ANN_BOUND_BY_CONTROLLER] = 'yes';
    volume = client.update({
      ...pv,
      metadata: { ...pv.metadata, annotations },
      spec: {
        ...pv.spec,
        claimRef: { kind: 'PersistentVolumeClaim', namespace: claim.metadata.namespace, name: claim.metadata.name, uid: claim.metadata.uid, apiVersion: 'v1', resourceVersion: claim.metadata.resourceVersion },
      },
    });
  }
  if (volume.status?.phase !== 'Bound') volume = client.updateStatus({ ...volume, status: { ...volume.status, phase: 'Bound' } });
  let c = claim;
  if (claim.spec?.volumeName !== volume.metadata.name || claim.metadata.annotations?.[ANN_BIND_COMPLETED] !== 'yes') {
    const annotations: Record<string, string> = { ...(claim.metadata.annotations ?? {}), [ANN_BIND_COMPLETED]: 'yes' };
    if (!claim.spec?.volumeName) annotations[ANN_BOUND_BY_CONTROLLER] = 'yes';
    c = client.update({ ...claim, metadata: { ...claim.metadata, annotations }, spec: { ...claim.spec, volumeName: volume.metadata.name } });
  }
  c = client.updateStatus({
    ...c,
    status: { ...c.status, phase: 'Bound', accessModes: [...(volume.spec?.accessModes ?? [])], capacity: { ...(volume.spec?.capacity ?? {}) } },
  });
  return { pv: volume, claim: c };
}
