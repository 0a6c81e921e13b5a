// Job (batch/v1): discovery, the decoder's schema, defaulting (with the generated selector and the
// job-name / controller-uid labels), validation on create and update, and its status strategy.
// [k8s: pkg/apis/batch/v1/defaults.go SetDefaults_Job, pkg/registry/batch/job/strategy.go
//  PrepareForCreate/generateSelector, pkg/apis/batch/validation/validation.go ValidateJob,
//  ValidateJobSpec, validateGeneratedSelector, ValidateJobSpecUpdate]
// Simplifications: podFailurePolicy, successPolicy, backoffLimitPerIndex and managedBy are decoded
// and kept but not validated beyond their types (and the controller does not act on them).
import { type FieldError, fieldErr } from '../api/errors';
import { registerKind } from '../api/kinds';
import { type Strategy, registerStrategy } from '../api/strategy';
import { nonNegative, validateSelectorAndTemplate } from '../api/validation/apps';
import { defaultPodSpec } from '../api/validation/pod-spec';
import { ANY, B, I32, I64, S, SCHEMAS, labelSelector, podTemplate, struct, top } from '../api/validation/schemas';
import type { KObject } from '../objects/types';
import { jsonEqual } from '../util/json-clone';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

registerKind({ kind: 'Job', group: 'batch', version: 'v1', resource: 'jobs', singular: 'job', shortNames: [], namespaced: true, generation: true, verbs: CRUD, categories: ['all'] });

/** The labels the API server puts on a Job's template (and so on its pods). [k8s: pkg/apis/batch/types.go] */
export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';
export const CONTROLLER_UID_LABEL = 'batch.kubernetes.io/controller-uid';
export const LEGACY_JOB_NAME_LABEL = 'job-name';
export const LEGACY_CONTROLLER_UID_LABEL = 'controller-uid';
export const COMPLETION_INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';
/** The finalizer the Job controller puts on its pods until it has counted them. */
export const JOB_TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking';

export const jobSpecSchema = struct('JobSpec', {
  parallelism: I32,
  completions: I32,
  activeDeadlineSeconds: I64,
  podFailurePolicy: ANY,
  successPolicy: ANY,
  backoffLimit: I32,
  backoffLimitPerIndex: I32,
  maxFailedIndexes: I32,
  selector: labelSelector,
  manualSelector: B,
  template: podTemplate,
  ttlSecondsAfterFinished: I32,
  completionMode: S,
  suspend: B,
  podReplacementPolicy: S,
  managedBy: S,
});

SCHEMAS.Job ??= top('Job', { spec: jobSpecSchema });

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
type Json = any;

/** SetDefaults_Job on the spec alone (a CronJob's jobTemplate gets the same). */
export function defaultJobSpec(spec: Json): void {
  if (!spec || typeof spec !== 'object') return;
  if (spec.completions == null && spec.parallelism == null) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= spec.backoffLimitPerIndex != null ? 2147483647 : 6;
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  // JobPodReplacementPolicy (beta, on in 1.32): Failed when a podFailurePolicy is set.
  spec.podReplacementPolicy ??= spec.podFailurePolicy != null ? 'Failed' : 'TerminatingOrFailed';
  defaultPodSpec(spec.template?.spec);
}

/**
 * generateSelector: unless manualSelector, the template gets the four job labels and the selector
 * the controller-uid one; then the Job's own labels default to the template's (SetDefaults_Job runs
 * again when the object is read back, after the labels were generated).
 */
export function generateSelector(job: KObject): void {
  const spec = job.spec;
  if (!spec || typeof spec !== 'object') return;
  if (spec.manualSelector !== true) {
    const template = (spec.template ??= {});
    const meta = (template.metadata ??= {});
    const labels: Record<string, string> = (meta.labels ??= {});
    const name = job.metadata.name ?? '';
    const uid = job.metadata.uid ?? '';
    if (!Object.hasOwn(labels, LEGACY_JOB_NAME_LABEL)) labels[LEGACY_JOB_NAME_LABEL] = name;
    labels[JOB_NAME_LABEL] = name;
    if (!Object.hasOwn(labels, LEGACY_CONTROLLER_UID_LABEL)) labels[LEGACY_CONTROLLER_UID_LABEL] = uid;
    labels[CONTROLLER_UID_LABEL] = uid;
    spec.selector ??= {};
    spec.selector.matchLabels ??= {};
    if (!Object.hasOwn(spec.selector.matchLabels, CONTROLLER_UID_LABEL)) spec.selector.matchLabels[CONTROLLER_UID_LABEL] = uid;
  }
  if (Object.keys(job.metadata.labels ?? {}).length === 0 && spec.template?.metadata?.labels) job.metadata.labels = { ...spec.template.metadata.labels };
}

export const RESTART_POLICY_DETAIL = 'valid values: "OnFailure", "Never"';

/** ValidateJobSpec (shared with CronJob's jobTemplate, under `path`). */
export function validateJobSpec(spec: Json, path: string, requireSelector = true): FieldError[] {
  if (!spec || typeof spec !== 'object') return [fieldErr.required(`${path}.template`)];
  const errs: FieldError[] = [];
  errs.push(...nonNegative(spec.parallelism, `${path}.parallelism`));
  errs.push(...nonNegative(spec.completions, `${path}.completions`));
  if (spec.activeDeadlineSeconds != null) errs.push(...nonNegative(spec.activeDeadlineSeconds, `${path}.activeDeadlineSeconds`));
  errs.push(...nonNegative(spec.backoffLimit, `${path}.backoffLimit`));
  errs.push(...nonNegative(spec.ttlSecondsAfterFinished, `${path}.ttlSecondsAfterFinished`));
  const mode = spec.completionMode;
  if (mode != null && mode !== 'NonIndexed' && mode !== 'Indexed') errs.push(fieldErr.notSupported(`${path}.completionMode`, mode, ['NonIndexed', 'Indexed']));
  if (mode === 'Indexed') {
    if (spec.completions == null) errs.push(fieldErr.required(`${path}.completions`, 'when completion mode is Indexed'));
    else if (spec.completions > 100000) errs.push(fieldErr.invalid(`${path}.completions`, spec.completions, 'must be less than or equal to 100000 when completion mode is Indexed'));
    if (spec.parallelism > 100000) errs.push(fieldErr.invalid(`${path}.parallelism`, spec.parallelism, 'must be less than or equal to 100000 when completion mode is Indexed'));
  }
  const repl = spec.podReplacementPolicy;
  if (repl != null && repl !== 'TerminatingOrFailed' && repl !== 'Failed') errs.push(fieldErr.notSupported(`${path}.podReplacementPolicy`, repl, ['Failed', 'TerminatingOrFailed']));
  // The selector/template checks are the ReplicaSet ones, with the Job's restart policy rule.
  const checked = requireSelector ? spec : { ...spec, selector: spec.selector ?? { matchLabels: { ...(spec.template?.metadata?.labels ?? {}) } } };
  for (const e of validateSelectorAndTemplate(checked, path)) {
    if (e.field === `${path}.template.spec.restartPolicy` || e.field === `${path}.template.spec.activeDeadlineSeconds`) continue;
    if (!requireSelector && e.field.startsWith(`${path}.selector`)) continue;
    if (e.detail === 'empty selector is invalid for deployment') continue;
    errs.push(e);
  }
  const rp = spec.template?.spec?.restartPolicy;
  if (spec.template && rp !== 'OnFailure' && rp !== 'Never') errs.push(fieldErr.required(`${path}.template.spec.restartPolicy`, RESTART_POLICY_DETAIL));
  return errs;
}

/** validateGeneratedSelector: without manualSelector the selector must be exactly the generated one. */
function validateGeneratedSelector(job: KObject): FieldError[] {
  const spec = job.spec ?? {};
  if (spec.manualSelector === true || !job.metadata.uid || spec.selector == null) return [];
  const errs: FieldError[] = [];
  const expected = { matchLabels: { [CONTROLLER_UID_LABEL]: job.metadata.uid } };
  if (!jsonEqual(spec.selector, expected)) errs.push(fieldErr.invalid('spec.selector', spec.selector, '`selector` not auto-generated'));
  const labels = spec.template?.metadata?.labels ?? {};
  if (labels[CONTROLLER_UID_LABEL] !== job.metadata.uid)
    errs.push(fieldErr.invalid(`spec.template.metadata.labels[${CONTROLLER_UID_LABEL}]`, labels[CONTROLLER_UID_LABEL] ?? '', `must be '${job.metadata.uid}'`));
  return errs;
}

function immutable(path: string, next: unknown, old: unknown): FieldError[] {
  return jsonEqual(next, old) ? [] : [fieldErr.invalid(path, next ?? null, 'field is immutable')];
}

/** ValidateJobSpecUpdate: selector, template (unless suspended), completions and completionMode are fixed. */
export function validateJobUpdate(job: KObject, old: KObject): FieldError[] {
  const spec = job.spec ?? {};
  const prev = old.spec ?? {};
  const errs = validateJobSpec(spec, 'spec');
  errs.push(...immutable('spec.selector', spec.selector, prev.selector));
  // Simplification: upstream lets a suspended, never-started Job change its template's scheduling
  // directives (node affinity, selectors, tolerations…); here a template is fixed once created.
  errs.push(...immutable('spec.template', spec.template, prev.template));
  errs.push(...immutable('spec.completionMode', spec.completionMode, prev.completionMode));
  if (!(spec.completionMode === 'Indexed' && spec.completions === spec.parallelism && prev.completions === prev.parallelism))
    errs.push(...immutable('spec.completions', spec.completions, prev.completions));
  return errs;
}

export const jobStrategy: Strategy = {
  uidBeforeDefault: true,
  default(obj) {
    defaultJobSpec(obj.spec);
    generateSelector(obj);
  },
  validate: (obj) => [...validateJobSpec(obj.spec, 'spec'), ...validateGeneratedSelector(obj)],
  // PrepareForCreate resets the status; its struct is not a pointer, so a new object shows `status: {}`.
  initialStatus: () => ({}),
  validateUpdate: (obj, old) => validateJobUpdate(obj, old),
};

registerStrategy('Job', jobStrategy);
