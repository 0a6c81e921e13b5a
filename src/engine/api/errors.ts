// API errors as the real API server returns them (metav1.Status), with field errors formatted as
// apimachinery's field.Error does: `<path>: <type>[: <value>][: <detail>]`.
// [k8s: staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go,
//  staging/src/k8s.io/apimachinery/pkg/api/errors/errors.go]
import { type KindInfo, qualifiedKind, qualifiedResource } from './kinds';

export type FieldErrorType =
  | 'FieldValueInvalid'
  | 'FieldValueRequired'
  | 'FieldValueNotSupported'
  | 'FieldValueDuplicate'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'FieldValueNotFound'
  | 'InternalError';

const TYPE_TEXT: Record<FieldErrorType, string> = {
  FieldValueInvalid: 'Invalid value',
  FieldValueRequired: 'Required value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  FieldValueNotFound: 'Not found',
  InternalError: 'Internal error',
};

/** Types whose message omits the value, as field.Error.ErrorBody does. */
const OMITS_VALUE = new Set<FieldErrorType>(['FieldValueRequired', 'FieldValueForbidden', 'FieldValueTooLong', 'InternalError']);

export interface FieldError {
  type: FieldErrorType;
  field: string;
  value?: unknown;
  detail?: string;
}

/** Renders a value as newer API servers do: numbers and booleans plain, strings quoted, the rest JSON. */
export function renderValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value);
}

export function fieldErrorBody(e: FieldError): string {
  let s = TYPE_TEXT[e.type];
  if (!OMITS_VALUE.has(e.type) && e.value !== undefined) s += `: ${renderValue(e.value)}`;
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

export function fieldErrorString(e: FieldError): string {
  return `${e.field}: ${fieldErrorBody(e)}`;
}

export const fieldErr = {
  invalid: (field: string, value: unknown, detail: string): FieldError => ({ type: 'FieldValueInvalid', field, value, detail }),
  required: (field: string, detail = ''): FieldError => ({ type: 'FieldValueRequired', field, detail }),
  notSupported: (field: string, value: unknown, supported: string[]): FieldError => ({
    type: 'FieldValueNotSupported',
    field,
    value,
    detail: `supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`,
  }),
  duplicate: (field: string, value: unknown): FieldError => ({ type: 'FieldValueDuplicate', field, value }),
  forbidden: (field: string, detail: string): FieldError => ({ type: 'FieldValueForbidden', field, detail }),
  tooLong: (field: string, max: number): FieldError => ({ type: 'FieldValueTooLong', field, detail: `may not be more than ${max} bytes` }),
  notFound: (field: string, value: unknown): FieldError => ({ type: 'FieldValueNotFound', field, value }),
};

export type StatusReason =
  /** StatusReasonUnknown: an error that was not a Status (kubectl prints `Error from server: …`). */
  | ''
  | 'Invalid'
  | 'AlreadyExists'
  | 'NotFound'
  | 'Conflict'
  | 'BadRequest'
  | 'Forbidden'
  | 'TooManyRequests'
  | 'MethodNotAllowed'
  | 'RequestEntityTooLarge'
  | 'InternalError';

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  status: 'Failure';
  message: string;
  reason: StatusReason;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    causes?: { reason: FieldErrorType; message: string; field: string }[];
  };
  code: number;
}

/** An error the API server returns; kubectl formats it (see kubectl/errors.ts). */
export class StatusError extends Error {
  constructor(readonly status: Status) {
    super(status.message);
    this.name = 'StatusError';
  }
  get code(): number {
    return this.status.code;
  }
  get reason(): StatusReason {
    return this.status.reason;
  }
}

export function isStatusError(e: unknown): e is StatusError {
  return e instanceof StatusError;
}

function status(code: number, reason: StatusReason, message: string, details?: Status['details']): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message, reason, details, code });
}

/** Go's %q (strconv.Quote): a double-quoted string with quotes, backslashes and controls escaped. */
export function goQuote(s: string): string {
  // Most strings need no escape: answer a pasted megabyte name without walking it char by char.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what %q escapes.
  if (!/[\\"\x00-\x1f\x7f]/.test(s)) return `"${s}"`;
  const named: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
  let out = '"';
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (c === '\\' || c === '"') out += `\\${c}`;
    else if (code < 0x20 || code === 0x7f) out += named[c] ?? `\\x${code.toString(16).padStart(2, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

export const apiErrors = {
  notFound: (info: KindInfo, name: string) =>
    status(404, 'NotFound', `${qualifiedResource(info)} ${goQuote(name)} not found`, { name, group: info.group, kind: info.resource }),
  alreadyExists: (info: KindInfo, name: string) =>
    status(409, 'AlreadyExists', `${qualifiedResource(info)} ${goQuote(name)} already exists`, { name, group: info.group, kind: info.resource }),
  conflict: (info: KindInfo, name: string) =>
    status(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${qualifiedResource(info)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      { name, group: info.group, kind: info.resource },
    ),
  invalid: (info: KindInfo, name: string, errors: FieldError[]) => {
    const list = errors.map(fieldErrorString);
    const joined = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
    return status(422, 'Invalid', `${qualifiedKind(info)} "${name}" is invalid: ${joined}`, {
      name,
      group: info.group,
      kind: info.kind,
      causes: errors.map((e) => ({ reason: e.type, message: fieldErrorBody(e), field: e.field })),
    });
  },
  badRequest: (message: string) => status(400, 'BadRequest', message),
  forbidden: (message: string) => status(403, 'Forbidden', message),
  tooManyRequests: (message: string) => status(429, 'TooManyRequests', message),
  tooLarge: (message: string) => status(413, 'RequestEntityTooLarge', message),
  internal: (message: string) => status(500, 'InternalError', message),
};
