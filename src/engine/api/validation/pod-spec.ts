// PodSpec defaulting and validation shared by Pods and pod templates (Deployment, ReplicaSet).
// [k8s: pkg/apis/core/v1/defaults.go SetDefaults_PodSpec/_Volume,
//  pkg/apis/core/validation/validation.go ValidatePodSpec, ValidateVolumes, ValidateTolerations]
// Simplified: affinity, topology spread, DNS config, overhead and volume sources are not checked
// inside (only that a volume has exactly one source).
import { type FieldError, fieldErr } from '../errors';
import { defaultContainer, validateContainerList } from './container';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue, validateLabels } from './names';
import { canonicalResourceList } from '../../util/quantity-canonical';

// biome-ignore lint/suspicious/noExplicitAny: a PodSpec walked as plain JSON.
type Json = any;

export const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile', 'configMap',
  'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos', 'csi',
  'ephemeral', 'image',
];

/** Sources whose defaulter sets defaultMode 0644 (420). */
const MODE_SOURCES = ['secret', 'configMap', 'downwardAPI', 'projected'];

function defaultVolume(v: Json): void {
  if (!v || typeof v !== 'object') return;
  if (!VOLUME_SOURCES.some((s) => v[s] != null)) v.emptyDir = {};
  for (const s of MODE_SOURCES) if (v[s] && typeof v[s] === 'object') v[s].defaultMode ??= 420;
  if (v.hostPath && typeof v.hostPath === 'object') v.hostPath.type ??= '';
}

/** SetDefaults_PodSpec plus the container, volume and probe defaulters it reaches. */
export function defaultPodSpec(spec: Json): void {
  if (!spec || typeof spec !== 'object') return;
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
  // The v1→internal conversion fills either service-account field from the other.
  if (spec.serviceAccount && !spec.serviceAccountName) spec.serviceAccountName = spec.serviceAccount;
  if (spec.serviceAccountName && !spec.serviceAccount) spec.serviceAccount = spec.serviceAccountName;
  for (const list of [spec.initContainers, spec.containers]) if (Array.isArray(list)) list.forEach(defaultContainer);
  if (Array.isArray(spec.volumes)) spec.volumes.forEach(defaultVolume);
  // Quantities are stored in their canonical form (`cpu: 0.5` reads back as `500m`).
  for (const list of [spec.initContainers, spec.containers]) {
    for (const c of Array.isArray(list) ? list : []) {
      const r = c && typeof c === 'object' ? c.resources : undefined;
      if (r && typeof r === 'object') {
        canonicalResourceList(r.limits);
        canonicalResourceList(r.requests);
      }
    }
  }
}

const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export function validateTaintEffect(effect: unknown, allowEmpty: boolean, path: string): FieldError[] {
  if (!effect) return allowEmpty ? [] : [fieldErr.required(path)];
  return TAINT_EFFECTS.includes(effect as string) ? [] : [fieldErr.notSupported(path, effect, TAINT_EFFECTS)];
}

export function validateTolerations(tolerations: Json[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  tolerations.forEach((t, i) => {
    const p = `${path}[${i}]`;
    if (!t || typeof t !== 'object') return;
    if (t.key) for (const m of isQualifiedName(t.key)) errs.push(fieldErr.invalid(`${p}.key`, t.key, m));
    if (!t.key && t.operator !== 'Exists')
      errs.push(fieldErr.invalid(`${p}.operator`, t.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    if (t.tolerationSeconds != null && t.effect !== 'NoExecute')
      errs.push(fieldErr.invalid(`${p}.effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    if (!t.operator || t.operator === 'Equal') {
      const msgs = isValidLabelValue(t.value ?? '');
      if (msgs.length) errs.push(fieldErr.invalid(`${p}.operator`, t.value, msgs.join(';')));
    } else if (t.operator === 'Exists') {
      if (t.value) errs.push(fieldErr.invalid(`${p}.operator`, t, "value must be empty when `operator` is 'Exists'"));
    } else errs.push(fieldErr.notSupported(`${p}.operator`, t.operator, ['Equal', 'Exists']));
    errs.push(...validateTaintEffect(t.effect, true, `${p}.effect`));
  });
  return errs;
}

const FILE_MODE_ERROR = 'must be a number between 0 and 0777 (octal), both inclusive';
const validFileMode = (m: unknown) => typeof m === 'number' && m >= 0 && m <= 0o777;

/** The file modes of the projected sources (validateSecretVolumeSource, validateKeyToPath, …). */
function validateFileModes(v: Json, p: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const s of MODE_SOURCES) {
    const src = v[s];
    if (!src || typeof src !== 'object') continue;
    if (src.defaultMode != null && !validFileMode(src.defaultMode)) errs.push(fieldErr.invalid(`${p}.${s}.defaultMode`, src.defaultMode, FILE_MODE_ERROR));
    (Array.isArray(src.items) ? src.items : []).forEach((item: Json, i: number) => {
      if (item?.mode != null && !validFileMode(item.mode)) errs.push(fieldErr.invalid(`${p}.${s}.items[${i}].mode`, item.mode, FILE_MODE_ERROR));
    });
  }
  return errs;
}

function validateVolumes(volumes: Json[], path: string, names: Set<string>): FieldError[] {
  const errs: FieldError[] = [];
  volumes.forEach((v, i) => {
    const p = `${path}[${i}]`;
    if (!v || typeof v !== 'object') return;
    const sources = VOLUME_SOURCES.filter((s) => v[s] != null);
    if (sources.length === 0) errs.push(fieldErr.required(p, 'must specify a volume type'));
    else if (sources.length > 1) errs.push(fieldErr.forbidden(`${p}.${sources[1]}`, 'may not specify more than 1 volume type'));
    if (!v.name) errs.push(fieldErr.required(`${p}.name`));
    else for (const m of isDNS1123Label(v.name)) errs.push(fieldErr.invalid(`${p}.name`, v.name, m));
    if (v.name && names.has(v.name)) errs.push(fieldErr.duplicate(`${p}.name`, v.name));
    else if (v.name) names.add(v.name);
    errs.push(...validateFileModes(v, p));
  });
  return errs;
}

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];

/** ValidatePodSpec (run on defaulted specs, so missing defaults show as Required, as upstream). */
export function validatePodSpec(spec: Json, path: string): FieldError[] {
  if (!spec || typeof spec !== 'object') return [fieldErr.required(`${path}.containers`)];
  const errs: FieldError[] = [];
  const volumeNames = new Set<string>();
  errs.push(...validateVolumes(Array.isArray(spec.volumes) ? spec.volumes : [], `${path}.volumes`, volumeNames));
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  const names = new Set<string>();
  errs.push(...validateContainerList(Array.isArray(spec.initContainers) ? spec.initContainers : [], `${path}.initContainers`, names, volumeNames, true));
  if (containers.length === 0) errs.push(fieldErr.required(`${path}.containers`));
  else errs.push(...validateContainerList(containers, `${path}.containers`, names, volumeNames, false));
  if (!spec.restartPolicy) errs.push(fieldErr.required(`${path}.restartPolicy`));
  else if (!RESTART_POLICIES.includes(spec.restartPolicy)) errs.push(fieldErr.notSupported(`${path}.restartPolicy`, spec.restartPolicy, RESTART_POLICIES));
  if (!spec.dnsPolicy) errs.push(fieldErr.required(`${path}.dnsPolicy`));
  else if (!DNS_POLICIES.includes(spec.dnsPolicy)) errs.push(fieldErr.notSupported(`${path}.dnsPolicy`, spec.dnsPolicy, DNS_POLICIES));
  errs.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`));
  if (spec.serviceAccountName)
    for (const m of isDNS1123Subdomain(spec.serviceAccountName))
      errs.push(fieldErr.invalid(`${path}.serviceAccountName`, spec.serviceAccountName, m));
  if (spec.activeDeadlineSeconds != null && !(spec.activeDeadlineSeconds >= 1 && spec.activeDeadlineSeconds <= 2147483647))
    errs.push(fieldErr.invalid(`${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, 'must be between 1 and 2147483647, inclusive'));
  errs.push(...validateTolerations(Array.isArray(spec.tolerations) ? spec.tolerations : [], `${path}.tolerations`));
  return errs;
}
