import { describe, expect, it } from 'vitest';
import { bytes, formatBytes, formatMilliCpu, milliCpu, parseQuantity } from './quantity';

describe('quantities', () => {
  it.each([
    ['100m', 100],
    ['0.5', 500],
    ['1', 1000],
    ['2', 2000],
    ['1.5', 1500],
    ['1e3', 1_000_000],
    ['1u', 1],
  ])('cpu %s → %i millicores', (q, m) => {
    expect(milliCpu(q)).toBe(m);
  });

  it.each([
    ['128Mi', 128 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['1G', 1e9],
    ['4194304Ki', 4 * 2 ** 30],
    ['500', 500],
  ])('memory %s → %i bytes', (q, b) => {
    expect(bytes(q)).toBe(b);
  });

  it.each(['abc', '1Xi', '', '--1', '1.2.3'])('rejects %s', (q) => {
    expect(parseQuantity(q)).toBeUndefined();
  });

  it('formats like kubectl', () => {
    expect(formatMilliCpu(250)).toBe('250m');
    expect(formatMilliCpu(2000)).toBe('2');
    expect(formatBytes(128 * 2 ** 20)).toBe('128Mi');
    expect(formatBytes(4 * 2 ** 30)).toBe('4Gi');
  });
});
