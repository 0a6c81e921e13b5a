// The fuzzers at unit-test size (seconds, fixed seed): hostile kubectl lines, mutated official
// manifests and faults, interleaved with time, against the properties in testing/fuzz/check.ts.
// Only the categories that pass today run here; `npm run bench -- --fuzz` runs all of them at
// ≥ 10,000 lines and ≥ 2,000 documents and reports every failure. Then the regression corpus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Failure, newStats, runProgram } from '../testing/fuzz/check';
import { readCorpus } from '../testing/fuzz/corpus';
import type { Category } from '../testing/fuzz/program';
import { programs } from '../testing/fuzz/programs';

/**
 * Every category but manifest-huge, which passes but takes seconds a document (100,000-item
 * arrays): `npm run bench -- --fuzz` runs it, with all the others, at ≥ 10,000 lines and ≥ 2,000
 * documents.
 */
const UNIT_CATEGORIES: Category[] = [
  'kubectl-valid',
  'kubectl-names',
  'kubectl-flags',
  'kubectl-numbers',
  'kubectl-garbage',
  'manifest-valid',
  'manifest-unicode',
  'manifest-types',
  'manifest-null',
  'manifest-numbers',
  'manifest-proto',
  'manifest-alias',
  'manifest-deep',
  'faults-valid',
  'faults-bad',
];

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/**
 * The watchdog's bound here: generous, so a machine loaded by other work cannot trip it, yet a
 * call that freezes (an unbounded loop, seconds of parsing) is reported with its input. The bench
 * (`npm run bench -- --fuzz`) holds every call to the real budget, 200 ms.
 */
const WATCHDOG = { now: () => performance.now(), budgetMs: { kubectl: 10_000, advance: 20_000 } };

const overBudget = (s: ReturnType<typeof newStats>) => s.overBudget.examples.map((x) => `${Math.round(x.ms)} ms: ${x.what}`).join('\n');

const describeFailures = (fs: Failure[]) => fs.map((f) => `${f.property} [${f.category}] ${f.detail}`).join('\n');

describe('fuzz (unit size)', () => {
  it('holds every property on hostile lines, manifests and faults interleaved with time', () => {
    let tried = 0;
    fc.assert(
      fc.property(programs(UNIT_CATEGORIES, 16), (program) => {
        const stats = newStats();
        runProgram(program, stats, WATCHDOG);
        tried += stats.lines + stats.documents + stats.faults;
        expect(describeFailures(stats.failures)).toBe('');
        expect(overBudget(stats)).toBe('');
      }),
      { numRuns: 12, seed: 20261207 },
    );
    expect(tried).toBeGreaterThan(60);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(PROTOTYPE_NAMES);
  });
});

describe('fuzz watchdog', () => {
  it('keeps every call over its budget with its input', () => {
    // A clock that moves 300 ms per reading: every call measures 300 ms.
    let t = 0;
    const stats = newStats();
    const program = { seed: 1, split: 99, steps: [{ k: 'kubectl' as const, cat: 'kubectl-valid' as const, line: 'get pods' }, { k: 'advance' as const, ms: 1000 }] };
    runProgram(program, stats, { quick: true, now: () => (t += 300), budgetMs: { kubectl: 200, advance: 400 } });
    expect(stats.overBudget.count).toBe(1);
    expect(stats.overBudget.examples).toEqual([{ ms: 300, what: 'kubectl get pods' }]);
  });
});

describe('fuzz regression corpus', () => {
  for (const entry of readCorpus()) {
    // Snapshot and settling checks only where the entry is about them: the rest replay fast.
    const quick = !/^(snapshot|restore|no-convergence|settle)/.test(entry.property);
    const replay = () => {
      const stats = newStats();
      runProgram(entry.program, stats, { quick });
      expect(describeFailures(stats.failures.filter((f) => f.property === entry.property))).toBe('');
    };
    // An open entry is a failure not fixed yet: it runs as an expected failure, and turns red once
    // it passes, the signal to mark it fixed.
    if (entry.status === 'fixed') it(`${entry.area}: ${entry.name}`, replay);
    else it.fails(`open (${entry.area}): ${entry.name}`, replay);
  }
});
