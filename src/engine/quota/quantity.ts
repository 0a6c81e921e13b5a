// Exact Quantity arithmetic for quota and limit ranges: values as BigInt milli-units (Quantity's
// MilliValue, rounded up), with the format (binary or decimal) of the first quantity added, so a
// sum prints as Quantity.Add then String() would ("64Mi" + "64Mi" = "128Mi", "500m" + "1" = "1500m").
// [k8s: staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go Add, Cmp, String]
// Simplified: precision below a milli-unit is rounded up (no quota or limit uses nano-units).
import { canonicalQuantity } from '../api/validation/resources';

export interface Qty {
  milli: bigint;
  binary: boolean;
}

const PARTS = /^([+-]?)(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const DEC: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BIN: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };

export const ZERO: Qty = { milli: 0n, binary: false };

/** Parses a quantity, or undefined when it is not one. */
export function qty(q: unknown): Qty | undefined {
  const text = typeof q === 'number' ? String(q) : typeof q === 'string' ? q.trim() : '';
  const m = PARTS.exec(text);
  if (!m || (m[2] === '' && !m[3])) return undefined;
  const frac = m[3] ?? '';
  let mantissa = BigInt(`${m[2]}${frac}` || '0');
  let exp = -frac.length + 3; // milli
  const suffix = m[4] ?? '';
  let binary = false;
  if (suffix in BIN) {
    mantissa *= 1024n ** BigInt(BIN[suffix]);
    binary = true;
  } else if (/^[eE]/.test(suffix)) exp += Number(suffix.slice(1));
  else exp += DEC[suffix];
  let milli: bigint;
  if (exp >= 0) milli = mantissa * 10n ** BigInt(exp);
  else {
    const div = 10n ** BigInt(-exp);
    milli = mantissa / div + (mantissa % div === 0n ? 0n : 1n);
  }
  return { milli: m[1] === '-' ? -milli : milli, binary };
}

export function add(a: Qty, b: Qty): Qty {
  return { milli: a.milli + b.milli, binary: a.milli === 0n && !a.binary ? b.binary : a.binary };
}

export function sub(a: Qty, b: Qty): Qty {
  return { milli: a.milli - b.milli, binary: a.binary };
}

export function cmp(a: Qty, b: Qty): number {
  return a.milli < b.milli ? -1 : a.milli > b.milli ? 1 : 0;
}

/** Quantity.String() of the value in its format. */
export function format(q: Qty): string {
  if (q.milli === 0n) return '0';
  if (q.binary && q.milli % 1000n === 0n) {
    const units = q.milli / 1000n;
    const abs = units < 0n ? -units : units;
    if (abs >= 1024n && abs % 1024n === 0n) return canonicalQuantity(`${units / 1024n}Ki`);
  }
  return canonicalQuantity(q.milli % 1000n === 0n ? `${q.milli / 1000n}` : `${q.milli}m`);
}

/** A resource list (name → quantity text) as parsed quantities; unparseable entries are skipped. */
export function parseList(list: unknown): Map<string, Qty> {
  const out = new Map<string, Qty>();
  if (!list || typeof list !== 'object') return out;
  for (const [k, v] of Object.entries(list)) {
    const p = qty(v);
    if (p) out.set(k, p);
  }
  return out;
}
