// Drives the fuzzer at a size: draws programs from a fixed seed (fast-check's generator, no
// shrinking: every failure is kept and reported) until enough lines and documents were tried.
import fc from 'fast-check';
import { type FuzzStats, newStats, type RunOptions, runProgram } from './check';
import type { Category } from './program';
import { programs } from './programs';

export interface FuzzSize {
  seed: number;
  /** Stop once this many kubectl lines and manifest documents were tried (or maxPrograms ran). */
  lines: number;
  documents: number;
  maxPrograms: number;
  stepsPerProgram?: number;
}

export function fuzz(categories: readonly Category[], size: FuzzSize, opts: RunOptions = {}, progress?: (s: FuzzStats) => void): FuzzStats {
  const stats = newStats();
  const arb = programs(categories, size.stepsPerProgram);
  let batch = 0;
  while (stats.programs < size.maxPrograms && (stats.lines < size.lines || stats.documents < size.documents)) {
    for (const p of fc.sample(arb, { seed: size.seed + batch, numRuns: 10 })) {
      runProgram(p, stats, opts);
      progress?.(stats);
      if (stats.programs >= size.maxPrograms) break;
    }
    batch++;
  }
  return stats;
}
