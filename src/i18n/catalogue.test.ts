import { afterEach, describe, expect, it } from 'vitest';
import { interpolate, language, plural, pluralCategory, setLanguage, t } from './catalogue';

afterEach(() => setLanguage('en'));

describe('t', () => {
  it('speaks the English at the call site while the page is English', () => {
    expect(language()).toBe('en');
    expect(t('lesson.next', 'Next')).toBe('Next');
  });

  it('uses the installed language', () => {
    setLanguage('de', { 'lesson.next': 'Weiter' });
    expect(t('lesson.next', 'Next')).toBe('Weiter');
  });

  it('falls back to the English text, never to the id, for a key the language lacks', () => {
    setLanguage('de', {});
    expect(t('lesson.missing', 'Show me')).toBe('Show me');
  });

  it('falls back to English when the entry is a plural where a string is wanted', () => {
    setLanguage('de', { 'x.y': { one: 'a', other: 'b' } });
    expect(t('x.y', 'plain')).toBe('plain');
  });

  it('fills placeholders, in the translation and in the English fallback', () => {
    setLanguage('es', { 'lesson.stepOf': 'Paso {step} de {count}' });
    expect(t('lesson.stepOf', 'Step {step} of {count}', { step: 2, count: 5 })).toBe('Paso 2 de 5');
    expect(t('lesson.other', 'Goal: {goal}', { goal: '3 pods' })).toBe('Goal: 3 pods');
  });
});

describe('interpolate', () => {
  it('leaves an unknown placeholder as written and does not read inherited keys', () => {
    expect(interpolate('{a} {b} {toString}', { a: 1 })).toBe('1 {b} {toString}');
  });

  it('does not fill placeholders inside a value (no second pass)', () => {
    expect(interpolate('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });
});

describe('plural', () => {
  const pods = { one: '{count} pod', other: '{count} pods' };

  it('uses English one/other without Intl on an English page', () => {
    expect(plural('p', 1, pods)).toBe('1 pod');
    expect(plural('p', 0, pods)).toBe('0 pods');
    expect(plural('p', 2, pods)).toBe('2 pods');
  });

  it("uses the language's CLDR categories (Intl.PluralRules)", () => {
    setLanguage('es', { p: { one: '{count} pod', many: '{count} de pods', other: '{count} pods' } });
    expect(pluralCategory(1)).toBe('one');
    expect(plural('p', 1, pods)).toBe('1 pod');
    expect(plural('p', 3, pods)).toBe('3 pods');
  });

  it("uses a translation's other for a category it does not give", () => {
    setLanguage('de', { p: { other: '{count} Pods' } });
    expect(plural('p', 1, pods)).toBe('1 Pods');
  });

  it("falls back to the English forms by English's rule when the language lacks the key", () => {
    setLanguage('de', {});
    expect(plural('p', 1, pods)).toBe('1 pod');
    expect(plural('p', 4, pods)).toBe('4 pods');
  });

  it('fills other placeholders beside the count', () => {
    expect(plural('p', 3, { one: '{count} pod on {node}', other: '{count} pods on {node}' }, { node: 'node-1' })).toBe('3 pods on node-1');
  });
});
