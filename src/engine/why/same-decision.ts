// Whether two ledger records hold the same decision taken at different times (a controller that
// re-syncs to the same conclusion every period is recorded once, when it first concluded it;
// a retry's attempt number is not part of the decision).
import type { WhyRecord } from './types';

export function sameDecision(a: WhyRecord, b: WhyRecord): boolean {
  if (a.t !== b.t) return false;
  const ka = Object.keys(a).filter((k) => k !== 'at' && k !== 'attempt');
  const kb = Object.keys(b).filter((k) => k !== 'at' && k !== 'attempt');
  if (ka.length !== kb.length) return false;
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  return ka.every((k) => JSON.stringify(ra[k]) === JSON.stringify(rb[k]));
}
