// tokenize: the shell's word splitting of a typed line.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import { tokenize } from './args';

describe('tokenize', () => {
  it('splits on blanks and keeps quoted and escaped blanks', () => {
    expect(tokenize(`get  pods 'a b' "c d" e\\ f`)).toEqual(['get', 'pods', 'a b', 'c d', 'e f']);
  });

  // Regression (fuzz bench out of memory): a failed sticky match resets lastIndex to 0, and a
  // trailing backslash restarted the scan at the line's start forever, growing the word.
  it.each([
    ['a\\', ['a\\']],
    ['get pods \\', ['get', 'pods', '\\']],
    ['\\', ['\\']],
    ['x\\\\\\', ['x\\\\']],
  ])('a lone backslash ending %j stays itself, as `bash -c` keeps it', (line, words) => {
    expect(tokenize(line)).toEqual(words);
  });

  // cobra and kubectl's group commands print the unknown word with Go's %q (kubectl 1.32).
  it.each([
    ['a\\', 'Error: unknown command "a\\\\" for "kubectl"\n'],
    [`set 'z\\"z'`, 'error: unknown command "z\\\\\\"z"\n'],
  ])('kubectl %s answers its unknown-command error with the word quoted as Go does', (line, first) => {
    const r = createCluster({ nodes: 0 }).kubectl(line);
    expect(r.exitCode).toBe(1);
    expect(r.stderr.startsWith(first)).toBe(true);
  });
});
