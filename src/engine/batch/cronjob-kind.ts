// CronJob (batch/v1, `cj`): discovery, schema, defaulting and validation.
// [k8s: pkg/apis/batch/v1/defaults.go SetDefaults_CronJob, pkg/apis/batch/validation/validation.go
//  ValidateCronJobCreate/Update, validateCronJobSpec, validateScheduleFormat, validateTimeZone,
//  ValidateJobTemplateSpec]
// The jobTemplate gets only the pod template's defaults: Job defaults (completions, backoffLimit…)
// are filled when the controller creates each Job.
import { type FieldError, fieldErr } from '../api/errors';
import { registerKind } from '../api/kinds';
import { type Strategy, registerStrategy } from '../api/strategy';
import { nonNegative } from '../api/validation/apps';
import { defaultPodSpec } from '../api/validation/pod-spec';
import { B, I32, I64, S, SCHEMAS, objectMeta, struct, top } from '../api/validation/schemas';
import { CronError, isKnownTimeZone, parseSchedule } from './cron-schedule';
import { jobSpecSchema, validateJobSpec } from './job-kind';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

registerKind({ kind: 'CronJob', group: 'batch', version: 'v1', resource: 'cronjobs', singular: 'cronjob', shortNames: ['cj'], namespaced: true, generation: true, verbs: CRUD, categories: ['all'] });

SCHEMAS.CronJob ??= top('CronJob', {
  spec: struct('CronJobSpec', {
    schedule: S,
    timeZone: S,
    startingDeadlineSeconds: I64,
    concurrencyPolicy: S,
    suspend: B,
    jobTemplate: struct('JobTemplateSpec', { metadata: objectMeta, spec: jobSpecSchema }),
    successfulJobsHistoryLimit: I32,
    failedJobsHistoryLimit: I32,
  }),
});

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
type Json = any;

/** A CronJob's name leaves room for the 11-character `-<minutes>` suffix of its Jobs. */
export const CRONJOB_NAME_MAX = 52;

export function defaultCronJob(obj: Json): void {
  const spec = obj.spec;
  if (!spec || typeof spec !== 'object') return;
  spec.concurrencyPolicy ||= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  defaultPodSpec(spec.jobTemplate?.spec?.template?.spec);
}

const TZ_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

/** validateTimeZone. */
function validateTimeZone(tz: unknown, path: string): FieldError[] {
  if (tz == null) return [];
  const zone = String(tz);
  if (zone.length === 0) return [fieldErr.invalid(path, zone, 'timeZone must be nil or non-empty string')];
  const errs: FieldError[] = [];
  for (const part of zone.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !TZ_PART.test(part)) {
      errs.push(fieldErr.invalid(path, zone, `unknown time zone ${zone}`));
      return errs;
    }
  }
  if (zone.toLowerCase() === 'local') errs.push(fieldErr.invalid(path, zone, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'));
  else if (!isKnownTimeZone(zone)) errs.push(fieldErr.invalid(path, zone, `unknown time zone ${zone}`));
  return errs;
}

/** validateScheduleFormat (TZ in the schedule is refused on create, as for new objects upstream). */
export function validateSchedule(schedule: unknown, timeZone: unknown, path: string): FieldError[] {
  if (schedule == null || schedule === '') return [fieldErr.required(path)];
  const text = String(schedule);
  const errs: FieldError[] = [];
  try {
    parseSchedule(text.replace(/^(CRON_)?TZ=\S+\s*/, ''));
  } catch (e) {
    if (!(e instanceof CronError)) throw e;
    errs.push(fieldErr.invalid(path, text, e.message));
  }
  if (text.includes('TZ')) {
    errs.push(fieldErr.invalid(path, text, timeZone != null ? 'cannot use both timeZone field and TZ or CRON_TZ in schedule' : 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  }
  return errs;
}

export function validateCronJob(obj: Json): FieldError[] {
  const errs: FieldError[] = [];
  const name = obj.metadata?.name ?? '';
  if (name.length > CRONJOB_NAME_MAX) errs.push(fieldErr.invalid('metadata.name', name, `must be no more than ${CRONJOB_NAME_MAX} characters`));
  const spec = obj.spec;
  if (!spec || typeof spec !== 'object') return [...errs, fieldErr.required('spec.schedule')];
  errs.push(...validateSchedule(spec.schedule, spec.timeZone, 'spec.schedule'));
  errs.push(...validateTimeZone(spec.timeZone, 'spec.timeZone'));
  errs.push(...nonNegative(spec.startingDeadlineSeconds, 'spec.startingDeadlineSeconds'));
  const cp = spec.concurrencyPolicy;
  if (!cp) errs.push(fieldErr.required('spec.concurrencyPolicy'));
  else if (!['Allow', 'Forbid', 'Replace'].includes(cp)) errs.push(fieldErr.notSupported('spec.concurrencyPolicy', cp, ['Allow', 'Forbid', 'Replace']));
  errs.push(...nonNegative(spec.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit'));
  errs.push(...nonNegative(spec.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit'));
  // ValidateJobTemplateSpec: the Job spec rules; a selector is generated per Job, so none is allowed.
  const jt = spec.jobTemplate?.spec;
  errs.push(...validateJobSpec(jt, 'spec.jobTemplate.spec', false));
  if (jt?.selector != null && jt.manualSelector !== true) errs.push(fieldErr.invalid('spec.jobTemplate.spec.selector', jt.selector, '`selector` will be auto-generated'));
  return errs;
}

export const cronJobStrategy: Strategy = {
  default: (obj) => defaultCronJob(obj),
  validate: (obj) => validateCronJob(obj),
  // PrepareForCreate resets the status; its struct is not a pointer, so a new object shows `status: {}`.
  initialStatus: () => ({}),
  validateUpdate: (obj) => validateCronJob(obj),
};

registerStrategy('CronJob', cronJobStrategy);
