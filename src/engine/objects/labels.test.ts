import { describe, expect, it } from 'vitest';
import { SelectorParseError, formatSelector, matchesMap, matchesRequirements, matchesSelector, parseSelector } from './labels';

describe('label selectors', () => {
  const labels = { app: 'web', tier: 'frontend', env: 'prod' };

  it.each([
    ['app=web', true],
    ['app==web', true],
    ['app!=web', false],
    ['app=web,tier=frontend', true],
    ['app=web,tier=backend', false],
    ['env in (prod,staging)', true],
    ['env notin (prod)', false],
    ['tier', true],
    ['!tier', false],
    ['!missing', true],
    ['missing!=x', true],
    ['', true],
  ])('%s → %s', (sel, want) => {
    expect(matchesRequirements(parseSelector(sel), labels)).toBe(want);
  });

  it.each(['app=(', 'env in prod', 'a b'])('rejects %s', (sel) => {
    expect(() => parseSelector(sel)).toThrow(SelectorParseError);
  });

  it('matches LabelSelector objects; nil selects nothing, empty selects everything', () => {
    expect(matchesSelector({ matchLabels: { app: 'web' } }, labels)).toBe(true);
    expect(matchesSelector({ matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] }, labels)).toBe(false);
    expect(matchesSelector(undefined, labels)).toBe(false);
    expect(matchesSelector({}, labels)).toBe(true);
    expect(matchesMap({ app: 'web' }, labels)).toBe(true);
    expect(matchesMap({ app: 'db' }, labels)).toBe(false);
  });

  it('prints selectors as kubectl does', () => {
    expect(formatSelector({ matchLabels: { app: 'web', 'pod-template-hash': 'abc' } })).toBe('app=web,pod-template-hash=abc');
    expect(formatSelector({ matchExpressions: [{ key: 'env', operator: 'In', values: ['b', 'a'] }] })).toBe('env in (a,b)');
  });
});
