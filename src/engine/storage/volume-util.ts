// Small shared helpers for PVs, PVCs and StorageClasses: access-mode strings, class names,
// annotations the controllers use, and which pods use which claims.
// [k8s: pkg/apis/core/helper/helpers.go GetAccessModesAsString, pkg/controller/volume/persistentvolume/util]
import type { Store } from '../api/store';
import type { KObject, Pod } from '../objects/types';
import { bytes } from '../util/quantity';

export const IS_DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';
export const BETA_IS_DEFAULT_CLASS_ANNOTATION = 'storageclass.beta.kubernetes.io/is-default-class';
export const ANN_BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
export const ANN_BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller';
export const ANN_SELECTED_NODE = 'volume.kubernetes.io/selected-node';
export const ANN_STORAGE_PROVISIONER = 'volume.kubernetes.io/storage-provisioner';
export const ANN_BETA_STORAGE_PROVISIONER = 'volume.beta.kubernetes.io/storage-provisioner';
export const ANN_PROVISIONED_BY = 'pv.kubernetes.io/provisioned-by';
export const PVC_PROTECTION_FINALIZER = 'kubernetes.io/pvc-protection';
export const PV_PROTECTION_FINALIZER = 'kubernetes.io/pv-protection';

const MODE_ABBREV: [string, string][] = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];
export const ACCESS_MODES = MODE_ABBREV.map(([m]) => m);

/** GetAccessModesAsString: `RWO,ROX,RWX,RWOP` in that fixed order, duplicates dropped. */
export function accessModesString(modes: readonly string[] | undefined): string {
  const have = new Set(modes ?? []);
  return MODE_ABBREV.filter(([m]) => have.has(m))
    .map(([, a]) => a)
    .join(',');
}

export function isDefaultClass(sc: KObject): boolean {
  const a = sc.metadata.annotations ?? {};
  return a[IS_DEFAULT_CLASS_ANNOTATION] === 'true' || a[BETA_IS_DEFAULT_CLASS_ANNOTATION] === 'true';
}

/** GetPersistentVolumeClaimClass: spec.storageClassName, else the beta annotation, else "". */
export function claimClass(pvc: KObject): string {
  return pvc.spec?.storageClassName ?? pvc.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
}

export function volumeClass(pv: KObject): string {
  return pv.spec?.storageClassName ?? pv.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
}

export function requestedBytes(pvc: KObject): number {
  return bytes(pvc.spec?.resources?.requests?.storage);
}

export function capacityBytes(pv: KObject): number {
  return bytes(pv.spec?.capacity?.storage);
}

/** The StorageClass marked default, newest first as the DefaultStorageClass admission picks. */
export function defaultClass(store: Store): KObject | undefined {
  const defaults = store.list('storageclasses').filter(isDefaultClass);
  defaults.sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '') || a.metadata.name.localeCompare(b.metadata.name));
  return defaults[0];
}

/** IsDelayBindingMode: the claim's class exists and says WaitForFirstConsumer. */
export function isDelayBinding(store: Store, pvc: KObject): boolean {
  const name = claimClass(pvc);
  if (!name) return false;
  return store.get('storageclasses', undefined, name)?.volumeBindingMode === 'WaitForFirstConsumer';
}

/** Names of the PVCs a pod mounts (persistentVolumeClaim volumes). */
export function podClaimNames(pod: KObject): string[] {
  const out: string[] = [];
  for (const v of (pod.spec?.volumes ?? []) as { persistentVolumeClaim?: { claimName?: string } }[]) {
    const n = v.persistentVolumeClaim?.claimName;
    if (n) out.push(n);
  }
  return out;
}

export function isPodTerminal(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

/** Pods of the namespace that mount the claim, in list order. */
export function podsUsingClaim(store: Store, namespace: string, claim: string): Pod[] {
  return store.list<Pod>('pods', namespace).filter((p) => podClaimNames(p).includes(claim));
}
