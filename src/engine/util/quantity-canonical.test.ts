import { describe, expect, it } from 'vitest';
import { canonicalQuantity } from './quantity-canonical';

// Expected values from kubectl 1.32: `kubectl set resources --local -f d.yaml --requests=cpu=Q -o jsonpath=…`.
describe('canonicalQuantity (apimachinery Quantity.String)', () => {
  it.each([
    ['0.5', '500m'],
    ['1', '1'],
    ['100', '100'],
    ['2000m', '2'],
    ['1500m', '1500m'],
    ['1000', '1k'],
    ['0.0001', '100u'],
    ['100Mi', '100Mi'],
    ['1000Gi', '1000Gi'],
    ['1024Mi', '1Gi'],
    ['1.5Gi', '1536Mi'],
    ['0.5Gi', '512Mi'],
    ['512', '512'],
    ['129M', '129M'],
    ['128974848', '128974848'],
    ['129e6', '129e6'],
    ['1e3', '1e3'],
    ['0', '0'],
    ['-1', '-1'],
    ['.5', '500m'],
  ])('%s → %s', (q, want) => {
    expect(canonicalQuantity(q)).toBe(want);
  });

  it.each(['', 'abc', '1GB', '1..2', '.'])('%s is not a quantity', (q) => {
    expect(canonicalQuantity(q)).toBeUndefined();
  });
});
