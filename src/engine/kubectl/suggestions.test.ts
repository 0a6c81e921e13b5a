// cobra's "Did you mean this?" (Levenshtein distance ≤ 2, or a prefix), as the real kubectl 1.32
// prints it, and bounded by the typed word: a pasted megabyte word is no longer compared letter by
// letter with every command (a 100,000-letter word took 19 s, a million letters never finished).
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';

const run = (line: string) => createCluster({ nodes: 1 }).kubectl(line);

describe('unknown command suggestions', () => {
  it.each([
    ['rolout', 'Error: unknown command "rolout" for "kubectl"\n\nDid you mean this?\n\trollout\n\n'],
    ['ro', 'Error: unknown command "ro" for "kubectl"\n\nDid you mean this?\n\trun\n\trollout\n\ttop\n\tcp\n\n'],
    ['rolloutsss', 'Error: unknown command "rolloutsss" for "kubectl"\n'],
  ])('kubectl %s', (line, stderr) => {
    expect(run(line).stderr).toBe(stderr);
  });

  it('a megabyte word gets the error without suggestions, at once', () => {
    const c = createCluster({ nodes: 1 });
    const word = 'x'.repeat(1_000_000);
    for (const line of [word, `get ${word}`, `get pods ${word}`, `set ${word}`]) expect(c.kubectl(line).exitCode).toBe(1);
    expect(c.kubectl(word).stderr).toBe(`Error: unknown command "${word}" for "kubectl"\n`);
  });
});
