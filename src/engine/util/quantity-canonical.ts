// resource.Quantity's canonical form, which is what the API server stores and returns for every
// quantity it decodes: `0.5` → `500m`, `2000m` → `2`, `1.5Gi` → `1536Mi`, `1e3` stays `1e3`.
// The format follows the suffix written (binary Ki…Ei, decimal SI or none, or an exponent); values
// are kept exactly (checked against kubectl 1.32's `set resources --local`). [k8s: staging/src/k8s.io/apimachinery/pkg/api/resource/
// quantity.go CanonicalizeBytes, AsCanonicalBytes, AsCanonicalBase1024Bytes]

const QUANTITY = /^([+-]?)(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const BINARY = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const DECIMAL_EXP: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const DECIMAL_SUFFIX: Record<number, string> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };

/** The canonical string of a quantity, or undefined when it is not one (validation reports it). */
export function canonicalQuantity(q: string): string | undefined {
  const m = QUANTITY.exec(q.trim());
  if (!m || (!m[2] && !m[3]) || q.length > 64) return undefined;
  const sign = m[1] === '-' ? '-' : '';
  const frac = m[3] ?? '';
  let mant = BigInt(`${m[2] || '0'}${frac}`);
  let exp = -frac.length;
  const suffix = m[4] ?? '';
  let format: 'binary' | 'decimal' | 'exponent' = 'decimal';
  const bin = BINARY.indexOf(suffix);
  if (suffix && bin > 0) {
    format = 'binary';
    mant *= 1n << BigInt(10 * bin);
  } else if (/^[eE]/.test(suffix)) {
    format = 'exponent';
    exp += Number(suffix.slice(1));
  } else exp += DECIMAL_EXP[suffix];
  if (mant === 0n) return '0';
  while (mant % 10n === 0n) {
    mant /= 10n;
    exp++;
  }
  if (format === 'binary') {
    // Below 1024, or not a whole number of bytes, a binary quantity is shown as decimal.
    if (exp >= 0 && mant * 10n ** BigInt(exp) >= 1024n) {
      let v = mant * 10n ** BigInt(exp);
      let k = 0;
      while (k < 6 && v % 1024n === 0n) {
        v /= 1024n;
        k++;
      }
      return `${sign}${v}${BINARY[k]}`;
    }
    format = 'decimal';
  }
  // Exponent a multiple of 3, mantissa an integer without groups of trailing zeros.
  let e = Math.floor(exp / 3) * 3;
  let n = mant * 10n ** BigInt(exp - e);
  while (n % 1000n === 0n) {
    n /= 1000n;
    e += 3;
  }
  if (format === 'exponent') return `${sign}${n}${e === 0 ? '' : `e${e}`}`;
  const si = DECIMAL_SUFFIX[e];
  return `${sign}${n}${si ?? `e${e}`}`;
}

/** A resources map (limits or requests) with each valid quantity in canonical form. */
export function canonicalResourceList(list: unknown): void {
  if (!list || typeof list !== 'object' || Array.isArray(list)) return;
  const rec = list as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    const v = rec[k];
    const s = typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v : undefined;
    const c = s === undefined ? undefined : canonicalQuantity(s);
    if (c !== undefined) rec[k] = c;
  }
}
