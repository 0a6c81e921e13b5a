// The sampling and queueing arithmetic of the traffic model, on the seeded generator:
// Poisson arrivals, binomial/multinomial splits (so 10,000 requests over 1,000 endpoints cost
// 1,000 draws, not 10,000), and an M/M/1-style latency from utilisation.
// Large counts use the normal approximation (rounded, clamped): exact enough to watch, cheap to run.

export type Uniform = () => number;

function gaussian(u: Uniform): number {
  const a = Math.max(u(), 1e-12);
  return Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * u());
}

/** Requests arriving in one second at a mean rate. */
export function poisson(mean: number, u: Uniform): number {
  if (mean <= 0) return 0;
  if (mean >= 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(u)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = u();
  while (p > limit) {
    k++;
    p *= u();
  }
  return k;
}

export function binomial(n: number, p: number, u: Uniform): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n < 30) {
    let k = 0;
    for (let i = 0; i < n; i++) if (u() < p) k++;
    return k;
  }
  const mean = n * p;
  return Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * gaussian(u))));
}

/** Splits n over k equally likely choices (sequential binomials: choice i takes 1/(k−i) of the rest). */
export function uniformMultinomial(n: number, k: number, u: Uniform): number[] {
  const out = new Array<number>(k).fill(0);
  let rest = n;
  for (let i = 0; i < k && rest > 0; i++) {
    const take = i === k - 1 ? rest : binomial(rest, 1 / (k - i), u);
    out[i] = take;
    rest -= take;
  }
  return out;
}

/** Milliseconds of CPU one request costs. */
export const CPU_MS_PER_REQUEST = 2;
/** Service time of one request on an idle pod. */
export const BASE_LATENCY_MS = 5;
/** Utilisation is capped here so latency stays finite (an overloaded pod answers 503 beyond it). */
const MAX_RHO = 0.99;

/**
 * Latency quantiles at utilisation ρ: the mean time in system W = base/(1−ρ) (M/M/1), with an
 * exponential tail: p50 = max(base, W·ln 2), p95 = max(base, W·ln 20).
 */
export function latency(rho: number): { p50: number; p95: number } {
  const r = Math.min(Math.max(rho, 0), MAX_RHO);
  const w = BASE_LATENCY_MS / (1 - r);
  const round = (x: number) => Math.round(x * 10) / 10;
  return { p50: round(Math.max(BASE_LATENCY_MS, w * Math.LN2)), p95: round(Math.max(BASE_LATENCY_MS, w * Math.log(20))) };
}

/** The value at quantile q of weighted samples (weight = requests). */
export function weightedQuantile(samples: { value: number; weight: number }[], q: number): number {
  const total = samples.reduce((s, x) => s + x.weight, 0);
  if (total <= 0) return 0;
  const sorted = [...samples].sort((a, b) => a.value - b.value);
  let acc = 0;
  for (const s of sorted) {
    acc += s.weight;
    if (acc >= q * total) return s.value;
  }
  return sorted[sorted.length - 1].value;
}
