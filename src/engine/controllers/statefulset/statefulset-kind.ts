// StatefulSet (apps/v1, `sts`) and ControllerRevision (apps/v1): defaulting, validation and the
// fields an update may touch. [k8s: pkg/apis/apps/v1/defaults.go SetDefaults_StatefulSet,
// pkg/apis/apps/validation/validation.go ValidateStatefulSet(Spec|Update),
// pkg/registry/apps/statefulset/strategy.go]
// Simplification: volumeClaimTemplates are not validated here (as upstream: a bad template
// surfaces later as a FailedCreate event when the claim is created).
import { type FieldError, fieldErr } from '../../api/errors';
import { registerKind } from '../../api/kinds';
import { type Strategy, registerStrategy } from '../../api/strategy';
import { nonNegative, validateSelectorAndTemplate } from '../../api/validation/apps';
import { defaultPodSpec } from '../../api/validation/pod-spec';
import { SCHEMAS, type Schema, objectMeta, podSpec } from '../../api/validation/schemas';
import type { KObject } from '../../objects/types';
import { jsonEqual } from '../../util/json-clone';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

registerKind({ kind: 'StatefulSet', group: 'apps', version: 'v1', resource: 'statefulsets', singular: 'statefulset', shortNames: ['sts'], namespaced: true, generation: true, verbs: CRUD, categories: ['all'] });
registerKind({ kind: 'ControllerRevision', group: 'apps', version: 'v1', resource: 'controllerrevisions', singular: 'controllerrevision', shortNames: [], namespaced: true, generation: false, verbs: CRUD });

// The decoder's view of a StatefulSet (k8s.io/api apps/v1 types.go): with it, `spec.replicas:
// 2147483648` (kubectl scale included) fails as an int32 as for Deployments, and unknown spec
// fields fail strict decoding. Registered here beside the kind; a fuller entry in schemas.ts wins.
// Loose as schemas.ts is: the selector and claim templates are not walked.
const struct = (name: string, fields: Record<string, Schema>): Schema => ({ struct: name, fields });
SCHEMAS.StatefulSet ??= struct('StatefulSet', {
  apiVersion: 'string',
  kind: 'string',
  metadata: objectMeta,
  status: 'any',
  spec: struct('StatefulSetSpec', {
    replicas: 'int32',
    selector: 'any',
    template: struct('PodTemplateSpec', { metadata: objectMeta, spec: podSpec }),
    volumeClaimTemplates: 'any',
    serviceName: 'string',
    podManagementPolicy: 'string',
    updateStrategy: struct('StatefulSetUpdateStrategy', {
      type: 'string',
      rollingUpdate: struct('RollingUpdateStatefulSetStrategy', { partition: 'int32', maxUnavailable: 'intstr' }),
    }),
    revisionHistoryLimit: 'int32',
    minReadySeconds: 'int32',
    persistentVolumeClaimRetentionPolicy: struct('StatefulSetPersistentVolumeClaimRetentionPolicy', { whenDeleted: 'string', whenScaled: 'string' }),
    ordinals: struct('StatefulSetOrdinals', { start: 'int32' }),
  }),
});

export const STS_UPDATE_FORBIDDEN =
  "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
type Json = any;

export function defaultStatefulSet(obj: KObject): void {
  const spec = (obj.spec ??= {});
  spec.replicas ??= 1;
  spec.podManagementPolicy ??= 'OrderedReady';
  spec.updateStrategy ??= { type: 'RollingUpdate' };
  spec.updateStrategy.type ??= 'RollingUpdate';
  if (spec.updateStrategy.type === 'RollingUpdate') {
    spec.updateStrategy.rollingUpdate ??= {};
    spec.updateStrategy.rollingUpdate.partition ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  spec.persistentVolumeClaimRetentionPolicy ??= {};
  spec.persistentVolumeClaimRetentionPolicy.whenDeleted ??= 'Retain';
  spec.persistentVolumeClaimRetentionPolicy.whenScaled ??= 'Retain';
  defaultPodSpec(spec.template?.spec);
  // Claim templates get the PVC defaults (SetDefaults_PersistentVolumeClaim via the nested type).
  for (const t of spec.volumeClaimTemplates ?? []) {
    t.spec ??= {};
    t.spec.volumeMode ??= 'Filesystem';
    t.apiVersion ??= 'v1';
    t.kind ??= 'PersistentVolumeClaim';
  }
}

function validatePolicy(value: unknown, path: string): FieldError[] {
  return value === 'Retain' || value === 'Delete' ? [] : [fieldErr.notSupported(path, value ?? '', ['Delete', 'Retain'])];
}

export function validateStatefulSetSpec(spec: Json): FieldError[] {
  if (!spec || typeof spec !== 'object') return [fieldErr.required('spec.selector')];
  const errs: FieldError[] = [];
  const pmp = spec.podManagementPolicy;
  if (pmp !== 'OrderedReady' && pmp !== 'Parallel') errs.push(fieldErr.invalid('spec.podManagementPolicy', pmp, "must be 'OrderedReady' or 'Parallel'"));
  const us = spec.updateStrategy ?? {};
  if (us.type === 'OnDelete') {
    if (us.rollingUpdate != null) errs.push(fieldErr.invalid('spec.updateStrategy.rollingUpdate', us.rollingUpdate, "only allowed for updateStrategy 'RollingUpdate'"));
  } else if (us.type === 'RollingUpdate') {
    errs.push(...nonNegative(us.rollingUpdate?.partition, 'spec.updateStrategy.rollingUpdate.partition'));
  } else errs.push(fieldErr.invalid('spec.updateStrategy', us, "must be 'RollingUpdate' or 'OnDelete'"));
  const rp = spec.persistentVolumeClaimRetentionPolicy ?? {};
  errs.push(...validatePolicy(rp.whenDeleted, 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted'));
  errs.push(...validatePolicy(rp.whenScaled, 'spec.persistentVolumeClaimRetentionPolicy.whenScaled'));
  errs.push(...nonNegative(spec.replicas, 'spec.replicas'));
  errs.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  if (spec.ordinals) errs.push(...nonNegative(spec.ordinals.start, 'spec.ordinals.start'));
  // The selector/template checks are shared with Deployments; two texts differ for StatefulSets.
  // Upstream validates only the template's labels and annotations here (the pod spec is checked
  // when each pod is created); the shared checker also validates the pod spec, so it is given
  // the claim templates as volumes, which makes the volumeMounts that name them valid.
  const claimVolumes = ((spec.volumeClaimTemplates ?? []) as Json[]).map((t) => ({ name: t?.metadata?.name, persistentVolumeClaim: { claimName: t?.metadata?.name } }));
  const withClaims = spec.template?.spec ? { ...spec, template: { ...spec.template, spec: { ...spec.template.spec, volumes: [...claimVolumes, ...(spec.template.spec.volumes ?? [])] } } } : spec;
  for (const e of validateSelectorAndTemplate(withClaims, 'spec')) {
    if (e.detail === 'empty selector is invalid for deployment') errs.push({ ...e, detail: 'empty selector is not valid for statefulset.' });
    else if (e.field === 'spec.template.spec.activeDeadlineSeconds') errs.push(fieldErr.invalid(e.field, spec.template?.spec?.activeDeadlineSeconds, 'must not be specified'));
    else errs.push(e);
  }
  return errs;
}

/** ValidateStatefulSetUpdate: only the listed fields may change. */
export function validateStatefulSetUpdate(spec: Json, old: Json): FieldError[] {
  const errs = validateStatefulSetSpec(spec);
  const strip = (s: Json) => {
    const c = { ...(s ?? {}) };
    for (const k of ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds']) delete c[k];
    return c;
  };
  // A changed selector, serviceName or claim template falls under this one message.
  if (!jsonEqual(strip(spec), strip(old))) errs.push(fieldErr.forbidden('spec', STS_UPDATE_FORBIDDEN));
  return errs;
}

export const statefulSetStrategy: Strategy = {
  default: (obj) => defaultStatefulSet(obj),
  validate: (obj) => validateStatefulSetSpec(obj.spec),
  validateUpdate: (obj, old) => validateStatefulSetUpdate(obj.spec, old.spec),
  // StatefulSetStatus.replicas and availableReplicas have no omitempty.
  initialStatus: () => ({ replicas: 0, availableReplicas: 0 }),
};

export const controllerRevisionStrategy: Strategy = {
  validate(cr) {
    const errs: FieldError[] = [];
    if (cr.data == null) errs.push(fieldErr.required('data', 'data is mandatory'));
    errs.push(...nonNegative(cr.revision, 'revision'));
    return errs;
  },
  validateUpdate(cr, old) {
    const errs: FieldError[] = [];
    if (!jsonEqual(cr.data, old.data)) errs.push(fieldErr.invalid('data', cr.data, 'field is immutable'));
    return errs;
  },
};

registerStrategy('StatefulSet', statefulSetStrategy);
registerStrategy('ControllerRevision', controllerRevisionStrategy);
