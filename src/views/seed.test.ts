import { describe, expect, it } from 'vitest';
import { seedFromSearch } from './seed';

describe('seedFromSearch', () => {
  it.each([
    { search: '', want: { seed: 1 } },
    { search: '?seed=0', want: { seed: 0 } },
    { search: '?seed=42', want: { seed: 42 } },
    { search: '?test&seed=7', want: { seed: 7 } },
    { search: '?seed=4294967295', want: { seed: 4294967295 } },
  ])('uses $search', ({ search, want }) => {
    expect(seedFromSearch(search)).toEqual(want);
  });

  it.each(['-1', 'abc', '1.5', '', '4294967296', '1e3'])('refuses seed=%s with a notice and falls back to 1', (raw) => {
    const got = seedFromSearch(`?seed=${encodeURIComponent(raw)}`);
    expect(got.seed).toBe(1);
    expect(got.notice).toBe(`The seed "${raw}" is not a whole number from 0 to 4294967295, so this cluster uses seed 1.`);
  });
});
