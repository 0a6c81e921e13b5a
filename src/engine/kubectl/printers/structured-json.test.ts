import { describe, expect, it } from 'vitest';
import { goEscape, toJson } from './structured';

describe('toJson (json.MarshalIndent of an unstructured object)', () => {
  it('escapes <, > and & in keys and values as Go does', () => {
    expect(toJson({ '<k>': 'a&b', z: '\u2028' })).toBe('{\n    "\\u003ck\\u003e": "a\\u0026b",\n    "z": "\\u2028"\n}\n');
  });

  it('returns text without those characters as it is (no copy of a large output)', () => {
    const text = '{"a": "b"}'.repeat(1000);
    expect(goEscape(text)).toBe(text);
  });
});
