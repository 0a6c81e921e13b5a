import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatWhole } from './format-number';

it.each([
  [0, '0'],
  [0.4, '0'],
  [999.5, '1,000'],
  [1234, '1,234'],
  [12_345.6, '12,346'],
  [1_234_567, '1,234,567'],
  [-1234, '-1,234'],
  [Number.NaN, 'NaN'],
])('formatWhole(%d) = %s', (n, want) => {
  expect(formatWhole(n)).toBe(want);
});

it('agrees with en-US toLocaleString on whole numbers', () => {
  for (const n of [1, 12, 123, 1_000, 99_999, 100_000, 7_654_321, -42_000])
    expect(formatWhole(n)).toBe(Math.round(n).toLocaleString('en-US'));
});

it('the views never call toLocaleString or Intl (ICU costs a cold page 40–150 ms): they use formatWhole', () => {
  const root = new URL('.', import.meta.url).pathname;
  const offenders = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && f !== 'format-number.ts')
    .filter((f) => /\.toLocale\w*String\(|\bIntl\./.test(readFileSync(join(root, f), 'utf8')));
  expect(offenders).toEqual([]);
});
