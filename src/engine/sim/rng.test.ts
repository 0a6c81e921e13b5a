import { describe, expect, it } from 'vitest';
import { generateName, randomSuffix, uuid } from './ids';
import { Rng } from './rng';

describe('Rng', () => {
  it('is reproducible from a seed and independent per stream', () => {
    const a = new Rng(42, {});
    const b = new Rng(42, {});
    const seqA = Array.from({ length: 5 }, () => a.nextUint32('x'));
    b.nextUint32('other'); // drawing from another stream must not shift 'x'
    const seqB = Array.from({ length: 5 }, () => b.nextUint32('x'));
    expect(seqB).toEqual(seqA);
    expect(new Rng(43, {}).nextUint32('x')).not.toBe(seqA[0]);
  });

  it('resumes from its JSON state', () => {
    const a = new Rng(7, {});
    a.next('s');
    const b = new Rng(7, JSON.parse(JSON.stringify(a.state)));
    expect(b.next('s')).toBe(a.next('s'));
  });

  it('draws floats in [0,1) and ints in range', () => {
    const r = new Rng(1, {});
    for (let i = 0; i < 1000; i++) {
      const f = r.next('f');
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      const n = r.between('n', 3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
  });
});

describe('ids', () => {
  it('makes v4 UUIDs', () => {
    const r = new Rng(1, {});
    expect(uuid(r)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes name suffixes from the apimachinery alphabet', () => {
    const r = new Rng(1, {});
    for (let i = 0; i < 50; i++) expect(randomSuffix(r)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('truncates a long generateName prefix to fit 63 characters', () => {
    const r = new Rng(1, {});
    const name = generateName(r, `${'a'.repeat(70)}-`);
    expect(name).toHaveLength(63);
  });
});
