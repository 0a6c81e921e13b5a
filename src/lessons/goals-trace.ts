// The control-plane trace as goal memory: which hops (component → component, verb, resource) a
// step has seen, so a goal can say "the request went kubectl → API server → etcd → controller →
// scheduler → kubelet". Keeps, per distinct hop, the first and last trace seq seen: bounded by
// the number of distinct hops (not by traffic), and plain JSON. Pure.
import type { TraceEntry } from '../engine/index';
import type { TracePattern } from './types';

/** Per hop key: [first seq, last seq] seen during the step. */
export type TraceMemory = Record<string, [number, number]>;

/** Distinct hops a step remembers; beyond it new hops are ignored (a step sees far fewer). */
export const TRACE_KEY_LIMIT = 300;

/** `kubelet/node-2` → `kubelet`: one key per component kind keeps the memory small. */
export function componentOf(name: string): string {
  const slash = name.indexOf('/');
  return slash < 0 ? name : name.slice(0, slash);
}

/** Lease renewals and Event writes never tell a request's story (the podium drops them too). */
export function isTraceNoise(e: Pick<TraceEntry, 'resource'>): boolean {
  return e.resource === 'leases' || e.resource === 'events';
}

const SEP = '|';

export function hopKey(e: Pick<TraceEntry, 'from' | 'to' | 'verb' | 'resource' | 'subresource'>): string {
  return [componentOf(e.from), componentOf(e.to), e.verb, e.resource ?? '', e.subresource ?? ''].join(SEP);
}

/** Folds one trace entry in; returns the same object when the entry is noise or over the limit. */
export function observeTrace(trace: TraceMemory, e: TraceEntry): TraceMemory {
  if (isTraceNoise(e)) return trace;
  const key = hopKey(e);
  const seen = trace[key];
  if (!seen && Object.keys(trace).length >= TRACE_KEY_LIMIT) return trace;
  return { ...trace, [key]: [seen ? seen[0] : e.seq, e.seq] };
}

function matches(pattern: TracePattern, key: string): boolean {
  const [from, to, verb, resource, subresource] = key.split(SEP);
  return (
    (pattern.from === undefined || from.startsWith(pattern.from)) &&
    (pattern.to === undefined || to.startsWith(pattern.to)) &&
    (pattern.verb === undefined || verb === pattern.verb) &&
    (pattern.resource === undefined || resource === pattern.resource) &&
    (pattern.subresource === undefined || subresource === pattern.subresource)
  );
}

/**
 * Whether the patterns were seen in order. Greedy on what is kept: each hop's earliest sighting
 * after the previous one's, where "after" can use the first or the last sighting. Simplification:
 * an occurrence between first and last is not kept, so a hop seen only in between counts as its
 * last sighting — a causal chain (each hop triggered by the one before) is never misjudged.
 */
export function traceSeen(sequence: readonly TracePattern[], trace: TraceMemory): boolean {
  let after = Number.NEGATIVE_INFINITY;
  const entries = Object.entries(trace);
  for (const pattern of sequence) {
    let best = Number.POSITIVE_INFINITY;
    for (const [key, [first, last]] of entries) {
      if (!matches(pattern, key)) continue;
      const at = first > after ? first : last > after ? last : Number.POSITIVE_INFINITY;
      best = Math.min(best, at);
    }
    if (best === Number.POSITIVE_INFINITY) return false;
    after = best;
  }
  return true;
}
