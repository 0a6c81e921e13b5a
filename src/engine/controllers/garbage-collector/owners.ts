// How the garbage collector judges an object's ownerReferences: each owner is solid (exists, not
// deleting its dependents), dangling (gone, or the name now has another uid) or waiting for its
// dependents' deletion (deletionTimestamp + foregroundDeletion finalizer).
// [k8s: pkg/controller/garbagecollector/garbagecollector.go classifyReferences, isDangling]
import type { ApiServer } from '../../api/api-server';
import { kindInfo } from '../../api/kinds';
import type { KObject, OwnerReference } from '../../objects/types';

export const FOREGROUND_FINALIZER = 'foregroundDeletion';
export const ORPHAN_FINALIZER = 'orphan';

export function isDeletingDependents(obj: KObject): boolean {
  return !!obj.metadata.deletionTimestamp && (obj.metadata.finalizers ?? []).includes(FOREGROUND_FINALIZER);
}

/** The live owner an ownerReference points at, or undefined if it is gone (or has another uid). */
export function ownerOf(api: ApiServer, dependent: KObject, ref: OwnerReference): KObject | undefined | 'unknown-kind' {
  const info = kindInfo(ref.kind);
  // The real GC cannot resolve an unknown kind either and keeps retrying; we treat it as solid.
  if (!info) return 'unknown-kind';
  const owner = api.getByKind(ref.kind, info.namespaced ? dependent.metadata.namespace : undefined, ref.name);
  return owner && owner.metadata.uid === ref.uid ? owner : undefined;
}

export interface Classified {
  solid: OwnerReference[];
  dangling: OwnerReference[];
  waiting: OwnerReference[];
}

export function classifyReferences(api: ApiServer, obj: KObject): Classified {
  const out: Classified = { solid: [], dangling: [], waiting: [] };
  for (const ref of obj.metadata.ownerReferences ?? []) {
    const owner = ownerOf(api, obj, ref);
    if (owner === 'unknown-kind') out.solid.push(ref);
    else if (!owner) out.dangling.push(ref);
    else if (isDeletingDependents(owner)) out.waiting.push(ref);
    else out.solid.push(ref);
  }
  return out;
}

/** Dependents that hold up a foreground deletion: references with blockOwnerDeletion. */
export function blockingDependents(api: ApiServer, owner: KObject): KObject[] {
  return api.store
    .dependents(owner.metadata.uid)
    .filter((d) => (d.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid && r.blockOwnerDeletion === true));
}
