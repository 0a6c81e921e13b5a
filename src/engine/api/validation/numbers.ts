// The numeric checks every kind shares, with apimachinery's texts.
// [k8s: staging/src/k8s.io/apimachinery/pkg/api/validation/generic.go ValidateNonnegativeField,
//  staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go IsValidPortNum, IsValidPortName,
//  InclusiveRangeError]
// A value that is not a finite number never gets here from kubectl (strict decoding refuses it);
// engine callers could still pass NaN, which fails every check below instead of slipping through.
import { type FieldError, fieldErr } from '../errors';

/** apimachinery's IsNegativeErrorMsg. */
export const NONNEGATIVE = 'must be greater than or equal to 0';
export const PORT_RANGE_ERROR = 'must be between 1 and 65535, inclusive';

export function inclusiveRangeError(lo: number, hi: number): string {
  return `must be between ${lo} and ${hi}, inclusive`;
}

/** ValidateNonnegativeField for an optional number (absent is fine). */
export function nonNegative(value: unknown, path: string): FieldError[] {
  return typeof value === 'number' && !(value >= 0) ? [fieldErr.invalid(path, value, NONNEGATIVE)] : [];
}

/** IsValidPortNum: an integer from 1 to 65535. */
export function isValidPortNum(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535;
}

const PORT_NAME_CHARSET = /^[-a-z0-9]+$/;
const PORT_NAME_ONE_LETTER = /[a-z]/;

/** IsValidPortName (an IANA_SVC_NAME). */
export function isValidPortName(port: string): string[] {
  const errs: string[] = [];
  if (port.length > 15) errs.push('must be no more than 15 characters');
  if (!PORT_NAME_CHARSET.test(port)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!PORT_NAME_ONE_LETTER.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** ValidatePortNumOrName for an IntOrString port (probes, Service targetPort). */
export function validatePortNumOrName(port: unknown, path: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((m) => fieldErr.invalid(path, port, m));
  // intstr.IntValue of an absent port is 0, out of range like any other bad number.
  const n = port ?? 0;
  return isValidPortNum(n) ? [] : [fieldErr.invalid(path, n, PORT_RANGE_ERROR)];
}
