import { describe, expect, it } from 'vitest';
import { canonicalQuantity } from './resources';

describe('canonicalQuantity (Quantity.String)', () => {
  it.each([
    ['2000m', '2'],
    ['1500m', '1500m'],
    ['0.5', '500m'],
    ['1', '1'],
    [2, '2'],
    ['1000', '1k'],
    ['1024Mi', '1Gi'],
    ['1536Mi', '1536Mi'],
    ['0.5Gi', '512Mi'],
    ['1e3', '1e3'],
    ['128974848', '128974848'],
    ['129e6', '129e6'],
    ['1000000', '1M'],
    ['100Ki', '100Ki'],
    ['0', '0'],
    ['0.1m', '100u'],
  ])('%s → %s', (q, out) => {
    expect(canonicalQuantity(q)).toBe(out);
  });
});
