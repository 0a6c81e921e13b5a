// What `npm run bench -- --fuzz` prints and records: failures grouped by property and category
// with one example each, and (with --record) new failures appended to the regression corpus,
// each cut down to SETUP + the failing step when that still fails.
import { writeFileSync } from 'node:fs';
import { type Failure, type FuzzStats, newStats, runProgram } from './check';
import { CORPUS_URL, type CorpusEntry, readCorpus } from './corpus';
import { SETUP } from './program';

/** The failure's answer with numbers and names blurred: one entry per kind of failure. */
export function shapeOf(f: Failure): string {
  const answer = f.detail.split(' → ').slice(-1)[0];
  return `${f.property} [${f.category}] ${answer.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N').slice(0, 60)}`;
}

export function groups(failures: Failure[]): { key: string; count: number; example: Failure }[] {
  const by = new Map<string, { key: string; count: number; example: Failure }>();
  for (const f of failures) {
    const key = `${f.property} [${f.category}]`;
    const g = by.get(key);
    if (g) g.count++;
    else by.set(key, { key, count: 1, example: f });
  }
  return [...by.values()].sort((a, b) => b.count - a.count);
}

/** Where a fix for this failure belongs (the helpers working on issue 15 in parallel). */
function areaOf(f: Failure): string {
  if (f.category === 'faults-bad') return 'defaults';
  if (f.property === 'prototype-polluted' || f.property === 'node-overcommitted') return 'kubelet';
  if (f.property.startsWith('snapshot') || f.property === 'restore-diverges') return 'store';
  if (f.property === 'no-convergence' || f.property === 'settle-throws') return 'bounded';
  return 'decode';
}

function minimal(f: Failure): Failure['program'] {
  const last = f.program.steps[f.program.steps.length - 1];
  const cut = { seed: f.program.seed, split: SETUP.length, steps: [...SETUP, last, { k: 'advance' as const, ms: 1000 }] };
  const stats: FuzzStats = newStats();
  runProgram(cut, stats);
  return stats.failures.some((x) => x.property === f.property) ? cut : f.program;
}

/** At most this many entries per run: each open entry costs the unit test a replay. */
const MAX_NEW = 30;

/** Appends one entry per new kind of failure; returns how many were added. */
export function record(failures: Failure[]): number {
  const corpus = readCorpus();
  const known = new Set(corpus.map((e) => e.name));
  let added = 0;
  for (const f of failures) {
    if (added >= MAX_NEW) break;
    const name = shapeOf(f);
    if (known.has(name)) continue;
    known.add(name);
    const entry: CorpusEntry = { name, property: f.property, area: areaOf(f), status: 'open', program: minimal(f) };
    corpus.push(entry);
    added++;
  }
  // Two-space indent, as the committed file is formatted: a record adds lines, it does not reformat.
  writeFileSync(CORPUS_URL, `${JSON.stringify(corpus, null, 2)}\n`);
  return added;
}
