// Container resource requirements: names, quantities, requests ≤ limits, and Quantity's canonical
// String() form, which the real messages print (`Invalid value: "2": must be less than or equal to
// cpu limit of 1` even when the manifest said "2000m").
// [k8s: pkg/apis/core/validation/validation.go ValidateResourceRequirements,
//  staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go CanonicalizeBytes]
import { parseQuantity } from '../../util/quantity';
import { type FieldError, fieldErr } from '../errors';
import { isQualifiedName } from './names';

const QUANTITY_PARTS = /^([+-]?)(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const DECIMAL_EXP: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_POW: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL_SUFFIX: Record<number, string> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };
const BINARY_SUFFIX = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/** Formats value = mantissa × 10^exp in DecimalSI or DecimalExponent form (exponent a multiple of 3). */
function formatDecimal(mantissa: bigint, exp: number, exponentForm: boolean): string {
  if (mantissa === 0n) return '0';
  // Quantity keeps nano precision: anything finer rounds up (away from zero).
  if (exp < -9) {
    const div = 10n ** BigInt(-9 - exp);
    const q = mantissa / div;
    mantissa = mantissa % div === 0n ? q : q + (mantissa > 0n ? 1n : -1n);
    exp = -9;
  }
  while (mantissa % 10n === 0n && exp < 18) {
    mantissa /= 10n;
    exp += 1;
  }
  let e3 = Math.floor(exp / 3) * 3;
  if (e3 > 18) e3 = 18;
  const m = mantissa * 10n ** BigInt(exp - e3);
  if (exponentForm) return e3 === 0 ? String(m) : `${m}e${e3}`;
  return `${m}${DECIMAL_SUFFIX[e3]}`;
}

/** Quantity.String(): the canonical form of a valid quantity ("2000m" → "2", "1024Mi" → "1Gi"). */
export function canonicalQuantity(q: unknown): string {
  const text = typeof q === 'number' ? String(q) : String(q).trim();
  const m = QUANTITY_PARTS.exec(text);
  if (!m || (m[2] === '' && !m[3])) return text;
  const sign = m[1] === '-' ? -1n : 1n;
  const frac = m[3] ?? '';
  let mantissa = sign * BigInt(`${m[2]}${frac}` || '0');
  const exp = -frac.length;
  const suffix = m[4] ?? '';
  if (suffix in BINARY_POW) {
    mantissa *= 1024n ** BigInt(BINARY_POW[suffix]);
    // Non-integers and values below 1Ki are printed in DecimalSI, as CanonicalizeBytes does.
    const integral = exp >= 0 || mantissa % 10n ** BigInt(-exp) === 0n;
    if (integral) {
      const v = exp >= 0 ? mantissa * 10n ** BigInt(exp) : mantissa / 10n ** BigInt(-exp);
      const abs = v < 0n ? -v : v;
      if (abs >= 1024n) {
        let k = 0;
        let rest = v;
        while (k < 6 && rest % 1024n === 0n) {
          rest /= 1024n;
          k += 1;
        }
        return `${rest}${BINARY_SUFFIX[k]}`;
      }
    }
    return formatDecimal(mantissa, exp, false);
  }
  if (/^[eE]/.test(suffix)) return formatDecimal(mantissa, exp + Number(suffix.slice(1)), true);
  return formatDecimal(mantissa, exp + DECIMAL_EXP[suffix], false);
}

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);

function validateResourceName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((m) => fieldErr.invalid(path, name, m));
  if (errs.length) return errs;
  if (!name.includes('/')) {
    if (!STANDARD_CONTAINER_RESOURCES.has(name) && !name.startsWith('hugepages-'))
      return [fieldErr.invalid(path, name, 'must be a standard resource for containers')];
  } else if (name.startsWith('kubernetes.io/') || name.startsWith('requests.')) {
    return [fieldErr.invalid(path, name, "doesn't follow extended resource name standard")];
  }
  return [];
}

type ResourceList = Record<string, unknown> | undefined;

/**
 * ValidateResourceRequirements. Unparseable quantities never get here in the real server (they
 * fail decoding with 400, see known-fields.ts); we still report them so direct callers see them.
 */
export function validateResources(res: { limits?: ResourceList; requests?: ResourceList } | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const limits = res?.limits ?? {};
  const requests = res?.requests ?? {};
  const check = (kind: string, name: string, q: unknown): boolean => {
    const p = `${path}.${kind}[${name}]`;
    const before = errs.length;
    errs.push(...validateResourceName(name, p));
    const v = parseQuantity(q);
    if (v === undefined) errs.push(fieldErr.invalid(p, q, 'must be a valid quantity'));
    else if (v < 0) errs.push(fieldErr.invalid(p, canonicalQuantity(q), 'must be greater than or equal to 0'));
    return errs.length === before;
  };
  for (const [name, q] of Object.entries(limits)) check('limits', name, q);
  for (const [name, q] of Object.entries(requests)) {
    if (!check('requests', name, q) || !(name in limits)) continue;
    const req = parseQuantity(q) as number;
    const lim = parseQuantity(limits[name]);
    if (lim === undefined) continue;
    // Extended resources (with a '/') and hugepages cannot be overcommitted.
    const overcommit = STANDARD_CONTAINER_RESOURCES.has(name);
    if (!overcommit && req !== lim)
      errs.push(fieldErr.invalid(`${path}.requests`, canonicalQuantity(q), `must be equal to ${name} limit of ${canonicalQuantity(limits[name])}`));
    else if (req > lim)
      errs.push(fieldErr.invalid(`${path}.requests`, canonicalQuantity(q), `must be less than or equal to ${name} limit of ${canonicalQuantity(limits[name])}`));
  }
  return errs;
}
