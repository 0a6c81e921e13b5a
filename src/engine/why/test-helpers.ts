// Test-only helpers for the "Why?" tests: find a cause by its words, and the trace's time of a
// request, so each test checks a cause's time against what the control plane recorded.
import type { Cluster } from '../cluster/cluster';
import type { Pod } from '../objects/types';
import type { WhyAnswer, WhyCause } from './types';

export function cause(answer: WhyAnswer | undefined, pattern: RegExp): WhyCause {
  const found = answer?.causes.find((c) => pattern.test(c.text));
  if (!found) throw new Error(`no cause matches ${pattern}; causes:\n${answer?.causes.map((c) => `  [${c.at}] ${c.text}`).join('\n') ?? '(no answer)'}`);
  return found;
}

/** The virtual ms of the first trace entry that matches (requests to the API server). */
export function traced(c: Cluster, match: { from?: string; verb: string; resource: string; name?: string; subresource?: string; code?: number }): number {
  const e = c.trace().find(
    (t) =>
      t.to === 'api-server' &&
      t.verb === match.verb &&
      t.resource === match.resource &&
      (match.from === undefined || t.from === match.from) &&
      (match.name === undefined || t.name === match.name) &&
      (match.subresource === undefined || t.subresource === match.subresource) &&
      (match.code === undefined || t.code === match.code),
  );
  if (!e) throw new Error(`no trace entry for ${JSON.stringify(match)}`);
  return e.time;
}

export function podsOf(c: Cluster, prefix: string): Pod[] {
  return c.list<Pod>('Pod', 'default').filter((p) => p.metadata.name.startsWith(prefix));
}

/** Causes are newest first. */
export function isNewestFirst(answer: WhyAnswer | undefined): boolean {
  const at = answer?.causes.map((c) => c.at) ?? [];
  return at.every((t, i) => i === 0 || at[i - 1] >= t);
}
