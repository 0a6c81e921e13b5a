import { describe, expect, it } from 'vitest';
import { goDuration, humanDuration, rfc3339 } from './time';

describe('humanDuration (kubectl AGE)', () => {
  it.each([
    [-5000, '<invalid>'],
    [-500, '0s'],
    [0, '0s'],
    [59_000, '59s'],
    [119_000, '119s'],
    [120_000, '2m'],
    [125_000, '2m5s'],
    [599_000, '9m59s'],
    [600_000, '10m'],
    [179 * 60_000, '179m'],
    [3 * 3600_000, '3h'],
    [3 * 3600_000 + 5 * 60_000, '3h5m'],
    [8 * 3600_000, '8h'],
    [47 * 3600_000, '47h'],
    [48 * 3600_000, '2d'],
    [50 * 3600_000, '2d2h'],
    [8 * 24 * 3600_000, '8d'],
    [800 * 24 * 3600_000, '2y70d'],
    [9 * 365 * 24 * 3600_000, '9y'],
  ])('%i ms → %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });
});

describe('goDuration (time.Duration.String)', () => {
  it.each([
    [0, '0s'],
    [10_000, '10s'],
    [80_000, '1m20s'],
    [160_000, '2m40s'],
    [300_000, '5m0s'],
    [1500, '1.5s'],
    [300, '300ms'],
    [3_600_000, '1h0m0s'],
  ])('%i ms → %s', (ms, want) => {
    expect(goDuration(ms)).toBe(want);
  });
});

describe('rfc3339', () => {
  it('formats virtual time from the fixed epoch with second precision', () => {
    expect(rfc3339(0)).toBe('2025-01-01T00:00:00Z');
    expect(rfc3339(61_999)).toBe('2025-01-01T00:01:01Z');
  });
});
