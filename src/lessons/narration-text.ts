// A step's narration that follows the cluster (issue 12: a challenge said "three players" when the
// learner had five). Lesson data stays data: a narration may hold counts as tokens, filled from the
// cluster each time the panel draws, so the sentence is true of the stage the learner sees.
//   {ready:<selector>}  the Ready, non-terminating pods matching, as a word ("three"; 13 on: digits)
//   {Ready:<selector>}  the same, capitalised ("Three")
//   {s:<selector>}      "s" unless that count is 1 (for "player{s:app=band}")
// Selectors are the goals' (goals.ts matchesSelector), in namespace default. Without a cluster
// (the catalogue, headless tools) a token reads as the selector's "some".
// In another language the words come from its catalogue (`number.words`, `number.some`); a
// translated narration's `{s:…}` still adds "s", which suits Spanish ("músico{s:app=band}") and
// is simply not written in German ("Musiker" is both).
import { type ClusterView, isPodReady, matchesSelector } from './goals';
import type { Pod } from '../engine/index';
import { t } from '../i18n/catalogue';

const WORDS = 'no,one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve';

export function numberWord(n: number): string {
  return t('number.words', WORDS).split(',')[n] ?? String(n);
}

const TOKEN = /\{(ready|Ready|s):([^}]+)\}/g;

export function fillNarration(text: string, view: ClusterView | undefined): string {
  if (!text.includes('{')) return text;
  const counts = new Map<string, number>();
  const count = (selector: string): number | undefined => {
    if (!view) return undefined;
    let n = counts.get(selector);
    if (n === undefined) {
      n = view.list<Pod>('Pod', 'default').filter((p) => isPodReady(p) && matchesSelector(selector, p.metadata?.labels)).length;
      counts.set(selector, n);
    }
    return n;
  };
  return text.replace(TOKEN, (_m, kind: string, selector: string) => {
    const n = count(selector.trim());
    if (kind === 's') return n === 1 ? '' : 's';
    const word = n === undefined ? t('number.some', 'some') : numberWord(n);
    return kind === 'Ready' ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  });
}
