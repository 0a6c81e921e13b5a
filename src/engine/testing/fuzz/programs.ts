// A program for the fuzzer: SETUP, then steps drawn from the enabled categories, interleaved
// with the passing of time, and a split point for the snapshot → restore comparison.
import fc from 'fast-check';
import { fault } from './faults';
import { kubectlLine } from './kubectl-lines';
import { manifest } from './manifests';
import { type Category, FAULT_CATEGORIES, KUBECTL_CATEGORIES, MANIFEST_CATEGORIES, type Program, SETUP, type Step } from './program';

const ADVANCES = [0, 100, 1000, 5000, 30_000, 120_000];

function stepOf(cat: Category): fc.Arbitrary<Step> {
  if ((KUBECTL_CATEGORIES as readonly string[]).includes(cat)) return kubectlLine(cat).map((l) => ({ k: 'kubectl', cat, ...l }));
  if ((MANIFEST_CATEGORIES as readonly string[]).includes(cat)) return manifest(cat).map((m) => ({ k: 'kubectl', cat, ...m }));
  if ((FAULT_CATEGORIES as readonly string[]).includes(cat)) return fault(cat).map((f) => ({ k: 'fault', cat, fault: f }));
  throw new Error(`unknown category ${cat}`);
}

export function programs(categories: readonly Category[], maxSteps = 30): fc.Arbitrary<Program> {
  const step = fc.oneof(
    { weight: 4, arbitrary: fc.oneof(...categories.map(stepOf)) },
    { weight: 1, arbitrary: fc.constantFrom(...ADVANCES).map((ms): Step => ({ k: 'advance', ms })) },
  );
  return fc
    .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.array(step, { minLength: Math.ceil(maxSteps / 2), maxLength: maxSteps }), fc.nat())
    .map(([seed, steps, s]) => {
      const all = [...SETUP, ...steps];
      return { seed, steps: all, split: SETUP.length + (s % (steps.length + 1)) };
    });
}
