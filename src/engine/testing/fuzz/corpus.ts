// The regression corpus: every program that once failed a fuzz property (corpus.json), with the
// property, the area that owns the fix and whether it is fixed. `npm run bench -- --fuzz --record`
// appends new failures as "open"; an entry becomes "fixed" once its fix is merged.
import { readFileSync } from 'node:fs';
import type { Program } from './program';

export interface CorpusEntry {
  name: string;
  property: string;
  /** Where the fix belongs: kubelet, store (this branch), or another helper's area (decode, defaults, bounded). */
  area: string;
  status: 'fixed' | 'open';
  program: Program;
}

export const CORPUS_URL = new URL('./corpus.json', import.meta.url);

export function readCorpus(): CorpusEntry[] {
  return JSON.parse(readFileSync(CORPUS_URL, 'utf8')) as CorpusEntry[];
}
