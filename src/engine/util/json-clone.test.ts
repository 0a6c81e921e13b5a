import { describe, expect, it } from 'vitest';
import { deepClone, jsonEqual } from './json-clone';

const cases: [string, unknown, unknown][] = [
  ['same primitives', 1, 1],
  ['different numbers', 1, 2],
  ['number vs string', 1, '1'],
  ['NaN vs null', Number.NaN, null],
  ['Infinity vs NaN', Number.POSITIVE_INFINITY, Number.NaN],
  ['-0 vs 0', -0, 0],
  ['undefined vs function', undefined, () => 1],
  ['key order matters', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['undefined members are skipped', { a: 1, b: undefined }, { a: 1 }],
  ['undefined in arrays is null', [undefined], [null]],
  ['nested difference', { a: { b: [1, { c: 'x' }] } }, { a: { b: [1, { c: 'y' }] } }],
  ['nested equality', { a: { b: [1, { c: 'x' }] } }, { a: { b: [1, { c: 'x' }] } }],
  ['array vs object', [], {}],
  ['array lengths', [1], [1, 2]],
  ['extra key', { a: 1 }, { a: 1, b: 2 }],
  ['null vs empty object', null, {}],
  ['Date (toJSON) vs its string', new Date(0), '1970-01-01T00:00:00.000Z'],
];

describe('jsonEqual', () => {
  it.each(cases)('%s agrees with JSON.stringify', (_, a, b) => {
    const expected = JSON.stringify(a) === JSON.stringify(b);
    expect(jsonEqual(a, b)).toBe(expected);
    expect(jsonEqual(b, a)).toBe(expected);
  });

  it('pins a few answers', () => {
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});

describe('deepClone', () => {
  it('copies deeply, keeping key order and undefined members', () => {
    const src = { b: 1, a: { list: [1, { x: 'y' }], u: undefined }, n: null };
    const copy = deepClone(src);
    expect(copy).toStrictEqual(structuredClone(src));
    expect(Object.keys(copy.a)).toEqual(['list', 'u']);
    expect(copy.a).not.toBe(src.a);
    expect(copy.a.list[1]).not.toBe(src.a.list[1]);
  });

  it('falls back to structuredClone for non-plain objects', () => {
    const d = new Date(5);
    const copy = deepClone({ d });
    expect(copy.d).toBeInstanceOf(Date);
    expect(copy.d).not.toBe(d);
    expect(copy.d.getTime()).toBe(5);
  });
});
