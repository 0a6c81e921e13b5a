// `kubectl get` columns for StatefulSets, ControllerRevisions, PersistentVolumes,
// PersistentVolumeClaims and StorageClasses, as kubectl 1.32's printers define them.
// [k8s: pkg/printers/internalversion/printers.go printStatefulSet, printControllerRevision,
//  printPersistentVolume, printPersistentVolumeClaim, printStorageClass]
import { canonicalQuantity } from '../../api/validation/resources';
import { controllerRef } from '../../objects/pod';
import type { KObject } from '../../objects/types';
import { accessModesString, claimClass, isDefaultClass, volumeClass } from '../../storage/volume-util';
import { ageOf } from './age';
import { layoutContainerCells, registerTable } from './columns';

function quantity(q: unknown): string {
  return q === undefined ? '0' : canonicalQuantity(q);
}

registerTable('StatefulSet', {
  headers: ['NAME', 'READY', 'AGE'],
  wideHeaders: ['CONTAINERS', 'IMAGES'],
  row(s, now, wide) {
    const cells = [s.metadata.name, `${s.status?.readyReplicas ?? 0}/${s.spec?.replicas ?? 1}`, ageOf(s, now)];
    if (wide) cells.push(...layoutContainerCells(s.spec?.template?.spec?.containers));
    return cells;
  },
});

registerTable('ControllerRevision', {
  headers: ['NAME', 'CONTROLLER', 'REVISION', 'AGE'],
  wideHeaders: [],
  row(cr, now) {
    const ref = controllerRef(cr);
    const owner = ref ? `${ref.kind.toLowerCase()}.${(ref.apiVersion ?? '').split('/')[0]}/${ref.name}` : '<none>';
    return [cr.metadata.name, owner, String(cr.revision ?? 0), ageOf(cr, now)];
  },
});

/** `<unset>` unless a VolumeAttributesClass is named. */
function vac(obj: KObject): string {
  return obj.spec?.volumeAttributesClassName ?? '<unset>';
}

registerTable('PersistentVolume', {
  headers: ['NAME', 'CAPACITY', 'ACCESS MODES', 'RECLAIM POLICY', 'STATUS', 'CLAIM', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'REASON', 'AGE'],
  wideHeaders: ['VOLUMEMODE'],
  row(pv, now, wide) {
    const ref = pv.spec?.claimRef;
    const phase = pv.metadata.deletionTimestamp ? 'Terminating' : (pv.status?.phase ?? '');
    const cells = [
      pv.metadata.name,
      quantity(pv.spec?.capacity?.storage),
      accessModesString(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '',
      phase,
      ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : '',
      volumeClass(pv),
      vac(pv),
      pv.status?.reason ?? '',
      ageOf(pv, now),
    ];
    if (wide) cells.push(pv.spec?.volumeMode ?? '<unset>');
    return cells;
  },
});

registerTable('PersistentVolumeClaim', {
  headers: ['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'AGE'],
  wideHeaders: ['VOLUMEMODE'],
  row(pvc, now, wide) {
    const phase = pvc.metadata.deletionTimestamp ? 'Terminating' : (pvc.status?.phase ?? '');
    const bound = !!pvc.spec?.volumeName;
    const cells = [
      pvc.metadata.name,
      phase,
      pvc.spec?.volumeName ?? '',
      bound ? quantity(pvc.status?.capacity?.storage) : '',
      bound ? accessModesString(pvc.status?.accessModes) : '',
      claimClass(pvc),
      vac(pvc),
      ageOf(pvc, now),
    ];
    if (wide) cells.push(pvc.spec?.volumeMode ?? '<unset>');
    return cells;
  },
});

registerTable('StorageClass', {
  headers: ['NAME', 'PROVISIONER', 'RECLAIMPOLICY', 'VOLUMEBINDINGMODE', 'ALLOWVOLUMEEXPANSION', 'AGE'],
  wideHeaders: [],
  row(sc, now) {
    const name = isDefaultClass(sc) ? `${sc.metadata.name} (default)` : sc.metadata.name;
    return [name, String(sc.provisioner ?? ''), String(sc.reclaimPolicy ?? 'Delete'), String(sc.volumeBindingMode ?? 'Immediate'), String(sc.allowVolumeExpansion === true), ageOf(sc, now)];
  },
});
