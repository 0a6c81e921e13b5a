// LimitRange (v1, `limits`): per-container (and per-pod, per-claim) min/max, defaults and the
// limit/request ratio of a namespace, with the defaulting of its Container items and its
// validation texts. [k8s: pkg/apis/core/v1/defaults.go SetDefaults_LimitRangeItem,
// pkg/apis/core/validation/validation.go ValidateLimitRange]
import { type FieldError, fieldErr } from '../api/errors';
import { registerKind } from '../api/kinds';
import { type Strategy, registerStrategy } from '../api/strategy';
import { SCHEMAS, arr, resourceList, struct, top } from '../api/validation/schemas';
import { type Qty, cmp, format, parseList } from './quantity';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

registerKind({ kind: 'LimitRange', group: '', version: 'v1', resource: 'limitranges', singular: 'limitrange', shortNames: ['limits'], namespaced: true, generation: false, verbs: CRUD });

SCHEMAS.LimitRange = top('LimitRange', {
  spec: struct('LimitRangeSpec', {
    limits: arr(
      struct('LimitRangeItem', {
        type: 'string',
        max: resourceList,
        min: resourceList,
        default: resourceList,
        defaultRequest: resourceList,
        maxLimitRequestRatio: resourceList,
      }),
    ),
  }),
});

// biome-ignore lint/suspicious/noExplicitAny: specs are walked as plain JSON.
type Json = any;

/** SetDefaults_LimitRangeItem: a Container item's default limit from max, default request from the default limit, then min. */
export function defaultLimitRange(obj: { spec?: Json }): void {
  for (const item of Array.isArray(obj.spec?.limits) ? obj.spec.limits : []) {
    if (item?.type !== 'Container') continue;
    const def: Record<string, unknown> = { ...(item.default ?? {}) };
    const req: Record<string, unknown> = { ...(item.defaultRequest ?? {}) };
    for (const [k, v] of Object.entries(item.max ?? {})) if (!Object.hasOwn(def, k)) def[k] = v;
    for (const [k, v] of Object.entries(def)) if (!Object.hasOwn(req, k)) req[k] = v;
    for (const [k, v] of Object.entries(item.min ?? {})) if (!Object.hasOwn(req, k)) req[k] = v;
    // Empty maps are omitted (omitempty).
    if (Object.keys(def).length) item.default = def;
    if (Object.keys(req).length) item.defaultRequest = req;
  }
}

const TYPES = ['Container', 'PersistentVolumeClaim', 'Pod'];

export function validateLimitRange(spec: Json): FieldError[] {
  const errs: FieldError[] = [];
  (Array.isArray(spec?.limits) ? spec.limits : []).forEach((item: Json, i: number) => {
    const p = `spec.limits[${i}]`;
    if (!TYPES.includes(item?.type)) errs.push(fieldErr.notSupported(`${p}.type`, item?.type ?? '', TYPES));
    if (item?.type === 'Pod') {
      if (item.default && Object.keys(item.default).length) errs.push(fieldErr.forbidden(`${p}.default`, "may not be specified when `type` is 'Pod'"));
      if (item.defaultRequest && Object.keys(item.defaultRequest).length) errs.push(fieldErr.forbidden(`${p}.defaultRequest`, "may not be specified when `type` is 'Pod'"));
    }
    const min = parseList(item?.min);
    const max = parseList(item?.max);
    const def = parseList(item?.default);
    const req = parseList(item?.defaultRequest);
    const ratio = parseList(item?.maxLimitRequestRatio);
    const keys = new Set([...min.keys(), ...max.keys(), ...def.keys(), ...req.keys(), ...ratio.keys()]);
    for (const k of [...keys].sort()) {
      const kp = `${p}[${k}]`;
      const [mn, mx, d, dr, r] = [min.get(k), max.get(k), def.get(k), req.get(k), ratio.get(k)];
      const s = (q: Qty) => format(q);
      if (mn && mx && cmp(mn, mx) > 0) errs.push(fieldErr.invalid(`${kp}.min`, s(mn), `min value ${s(mn)} is greater than max value ${s(mx)}`));
      if (dr && mn && cmp(mn, dr) > 0) errs.push(fieldErr.invalid(`${kp}.defaultRequest`, s(dr), `min value ${s(mn)} is greater than default request value ${s(dr)}`));
      if (dr && mx && cmp(dr, mx) > 0) errs.push(fieldErr.invalid(`${kp}.defaultRequest`, s(dr), `default request value ${s(dr)} is greater than max value ${s(mx)}`));
      if (dr && d && cmp(dr, d) > 0) errs.push(fieldErr.invalid(`${kp}.defaultRequest`, s(dr), `default request value ${s(dr)} is greater than default limit value ${s(d)}`));
      if (d && mn && cmp(mn, d) > 0) errs.push(fieldErr.invalid(`${kp}.default`, s(mn), `min value ${s(mn)} is greater than default value ${s(d)}`));
      if (d && mx && cmp(d, mx) > 0) errs.push(fieldErr.invalid(`${kp}.default`, s(mx), `default value ${s(d)} is greater than max value ${s(mx)}`));
      if (r && r.milli < 1000n) errs.push(fieldErr.invalid(`${kp}.maxLimitRequestRatio`, s(r), `ratio ${s(r)} is less than 1`));
    }
  });
  return errs;
}

export const limitRangeStrategy: Strategy = {
  default: (obj) => defaultLimitRange(obj),
  validate: (obj) => validateLimitRange(obj.spec),
  validateUpdate: (obj) => validateLimitRange(obj.spec),
};

registerStrategy('LimitRange', limitRangeStrategy);
