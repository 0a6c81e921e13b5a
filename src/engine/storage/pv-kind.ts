// PersistentVolume (v1, cluster-scoped, `pv`): a piece of storage. Defaults reclaim policy Retain
// and volumeMode Filesystem; status starts Pending (the controller moves it to Available); the
// StorageObjectInUseProtection admission plugin adds the kubernetes.io/pv-protection finalizer.
// [k8s: pkg/apis/core/v1/defaults.go SetDefaults_PersistentVolume, pkg/apis/core/validation
//  ValidatePersistentVolume(Update), plugin/pkg/admission/storage/storageobjectinuseprotection]
import { type FieldError, fieldErr } from '../api/errors';
import { registerKind } from '../api/kinds';
import { type Strategy, registerStrategy } from '../api/strategy';
import type { KObject } from '../objects/types';
import { jsonEqual } from '../util/json-clone';
import { ACCESS_MODES, PV_PROTECTION_FINALIZER } from './volume-util';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

registerKind({ kind: 'PersistentVolume', group: '', version: 'v1', resource: 'persistentvolumes', singular: 'persistentvolume', shortNames: ['pv'], namespaced: false, generation: false, verbs: CRUD });

/** The PersistentVolumeSource members (exactly one must be set). */
export const PV_SOURCES = [
  'gcePersistentDisk', 'awsElasticBlockStore', 'hostPath', 'glusterfs', 'nfs', 'rbd', 'iscsi', 'cinder', 'cephfs', 'fc',
  'flocker', 'flexVolume', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume',
  'scaleIO', 'local', 'storageos', 'csi',
];

function sources(spec: KObject['spec']): string[] {
  return PV_SOURCES.filter((s) => spec?.[s] != null);
}

function validatePv(pv: KObject): FieldError[] {
  const errs: FieldError[] = [];
  const spec = pv.spec ?? {};
  const modes: string[] = spec.accessModes ?? [];
  if (modes.length === 0) errs.push(fieldErr.required('spec.accessModes'));
  for (const m of modes) if (!ACCESS_MODES.includes(m)) errs.push(fieldErr.notSupported('spec.accessModes', m, [...ACCESS_MODES].sort()));
  const cap = spec.capacity ?? {};
  if (Object.keys(cap).length === 0) errs.push(fieldErr.required('spec.capacity'));
  else if (cap.storage === undefined || Object.keys(cap).length > 1) errs.push(fieldErr.notSupported('spec.capacity', cap, ['storage']));
  const rp = spec.persistentVolumeReclaimPolicy;
  if (!['Delete', 'Recycle', 'Retain'].includes(rp)) errs.push(fieldErr.notSupported('spec.persistentVolumeReclaimPolicy', rp ?? '', ['Delete', 'Recycle', 'Retain']));
  const n = sources(spec).length;
  if (n === 0) errs.push(fieldErr.required('spec', 'must specify a volume type'));
  else if (n > 1) errs.push(fieldErr.forbidden(`spec.${sources(spec)[1]}`, 'may not specify more than 1 volume type'));
  return errs;
}

export const persistentVolumeStrategy: Strategy = {
  default(pv) {
    const spec = (pv.spec ??= {});
    spec.persistentVolumeReclaimPolicy ??= 'Retain';
    spec.volumeMode ??= 'Filesystem';
  },
  initialStatus: () => ({ phase: 'Pending' }),
  admit(pv) {
    const f = pv.metadata.finalizers ?? [];
    if (!f.includes(PV_PROTECTION_FINALIZER)) pv.metadata.finalizers = [...f, PV_PROTECTION_FINALIZER];
  },
  validate: (pv) => validatePv(pv),
  validateUpdate(pv, old) {
    const errs = validatePv(pv);
    const src = (o: KObject) => Object.fromEntries(sources(o.spec).map((s) => [s, o.spec[s]]));
    if (!jsonEqual(src(pv), src(old))) errs.push(fieldErr.forbidden('spec.persistentvolumesource', 'spec.persistentvolumesource is immutable after creation'));
    if (pv.spec?.volumeMode !== old.spec?.volumeMode) errs.push(fieldErr.invalid('spec.volumeMode', pv.spec?.volumeMode, 'field is immutable'));
    if (old.spec?.nodeAffinity && !jsonEqual(pv.spec?.nodeAffinity, old.spec.nodeAffinity)) errs.push(fieldErr.invalid('spec.nodeAffinity', pv.spec?.nodeAffinity ?? null, 'field is immutable'));
    return errs;
  },
};

registerStrategy('PersistentVolume', persistentVolumeStrategy);
