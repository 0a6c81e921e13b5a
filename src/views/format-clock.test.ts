import { expect, it } from 'vitest';
import { formatClock } from './format-clock';

it.each([
  [0, '0:00:00'],
  [999, '0:00:00'],
  [61_000, '0:01:01'],
  [3_600_000, '1:00:00'],
  [86_399_000, '23:59:59'],
  [86_400_000 + 5_000, '1d 0:00:05'],
  [-5, '0:00:00'],
])('formatClock(%d) = %s', (ms, want) => {
  expect(formatClock(ms)).toBe(want);
});
