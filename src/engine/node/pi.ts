// π to N significant digits, as Math::BigFloat's bpi(N) prints it (perl -Mbignum=bpi): Machin's
// formula π = 16·atan(1/5) − 4·atan(1/239) in fixed point with guard digits, rounded to nearest
// (π is irrational, so no ties).

function atanInv(x: bigint, one: bigint): bigint {
  // atan(1/x) = Σ (−1)^k / ((2k+1)·x^(2k+1))
  const x2 = x * x;
  let term = one / x;
  let sum = term;
  let k = 1n;
  while (term !== 0n) {
    term /= x2;
    const t = term / (2n * k + 1n);
    sum = k % 2n === 1n ? sum - t : sum + t;
    k++;
  }
  return sum;
}

const cache = new Map<number, string>();

/** "3.14159…" with `digits` significant digits (1 ≤ digits ≤ 10,000). */
export function piDigits(digits: number): string {
  const n = Math.max(1, Math.min(10_000, Math.floor(digits)));
  const hit = cache.get(n);
  if (hit !== undefined) return hit;
  const guard = 10;
  const one = 10n ** BigInt(n - 1 + guard);
  const pi = 16n * atanInv(5n, one) - 4n * atanInv(239n, one);
  const scale = 10n ** BigInt(guard);
  const rounded = (pi + scale / 2n) / scale;
  const s = rounded.toString();
  const out = n === 1 ? s : `${s[0]}.${s.slice(1)}`;
  cache.set(n, out);
  return out;
}
