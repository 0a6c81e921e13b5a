// Which seed the page runs: `?seed=<n>` when n is a non-negative 32-bit integer, else 1 with a
// notice the page shows. The engine's generator mixes seeds as uint32, so larger numbers would
// silently alias smaller ones; refusing them keeps "same seed, same cluster" honest.

export const DEFAULT_SEED = 1;
const MAX_SEED = 0xffff_ffff;

export interface SeedChoice {
  seed: number;
  /** Set when the URL asked for a seed we cannot use; shown to the learner. */
  notice?: string;
}

export function seedFromSearch(search: string): SeedChoice {
  const raw = new URLSearchParams(search).get('seed');
  if (raw === null) return { seed: DEFAULT_SEED };
  const trimmed = raw.trim();
  if (/^\d+$/.test(trimmed)) {
    const n = Number(trimmed);
    if (n <= MAX_SEED) return { seed: n };
  }
  return {
    seed: DEFAULT_SEED,
    notice: `The seed "${raw}" is not a whole number from 0 to ${MAX_SEED}, so this cluster uses seed ${DEFAULT_SEED}.`,
  };
}
