// ControllerRefManager.ClaimObject: a controller adopts matching orphans (adds itself as the
// controller ownerReference) and releases objects it owns whose labels no longer match.
// Used by the ReplicaSet controller for pods and the Deployment controller for ReplicaSets.
// [k8s: pkg/controller/controller_ref_manager.go]
// Simplification: adopt/release are full updates rather than JSON merge patches, and the
// "canAdopt" uncached re-read is unnecessary because our store reads are never stale.
import type { ApiClient } from '../../api/api-server';
import type { LabelSelector } from '../../objects/types';
import { matchesSelector } from '../../objects/labels';
import { controllerRef } from '../../objects/pod';
import type { KObject, OwnerReference } from '../../objects/types';

export function controllerRefTo(owner: KObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true };
}

/**
 * Returns the objects this owner now controls: those it already owns that still match, plus
 * matching orphans it adopts. Writes go through `client`; failures skip that object.
 */
export function claimObjects<T extends KObject>(client: ApiClient, owner: KObject, selector: LabelSelector | undefined, candidates: T[]): T[] {
  const claimed: T[] = [];
  const ownerGone = !!owner.metadata.deletionTimestamp;
  for (const obj of candidates) {
    const ref = controllerRef(obj);
    // Checked before the selector: most candidates (a namespace's other ReplicaSets) are someone else's.
    if (ref && ref.uid !== owner.metadata.uid) continue;
    const matches = matchesSelector(selector, obj.metadata.labels);
    if (ref) {
      if (matches) {
        claimed.push(obj);
        continue;
      }
      if (ownerGone) continue;
      try {
        const refs = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
        const copy: KObject = { ...obj, metadata: { ...obj.metadata, ownerReferences: refs } };
        if (refs.length === 0) delete copy.metadata.ownerReferences;
        client.update(copy);
      } catch {
        // NotFound / conflict: the object changed under us; the next sync sees the new state.
      }
      continue;
    }
    if (ownerGone || !matches || obj.metadata.deletionTimestamp || obj.metadata.namespace !== owner.metadata.namespace) continue;
    try {
      const copy: KObject = { ...obj, metadata: { ...obj.metadata, ownerReferences: [...(obj.metadata.ownerReferences ?? []), controllerRefTo(owner)] } };
      claimed.push(client.update<T>(copy));
    } catch {
      // as above: leave it for the next sync
    }
  }
  return claimed;
}
