// Checks a share link's lesson-machine facts (ShareState.facts: see LessonFacts in
// src/lessons/types.ts) and rebuilds them from scratch, bounded like the rest of the link, so
// reopening continues the step and a challenge exactly without trusting the fragment.
import type { GoalMemory } from '../../lessons/goals';
import type { LessonFacts } from '../../lessons/types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
// Control characters other than tab and newline (event messages may hold those).
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max && !CONTROL.test(v);
const isKey = (k: string): boolean => k.length >= 1 && k.length <= 253 && k !== '__proto__';
const BIG = 1e12;

/** Reads a list of at most `max` items, or undefined if it is not one or any item fails. */
function list<T>(v: unknown, max: number, item: (x: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v) || v.length > max) return undefined;
  const out: T[] = [];
  for (const x of v) {
    const r = item(x);
    if (r === undefined) return undefined;
    out.push(r);
  }
  return out;
}

/** Reads a record of at most `max` entries; keys are names (never `__proto__`). */
function record<T>(v: unknown, max: number, item: (x: unknown) => T | undefined): Record<string, T> | undefined {
  if (!isObj(v)) return undefined;
  const entries = Object.entries(v);
  if (entries.length > max) return undefined;
  const out: [string, T][] = [];
  for (const [k, x] of entries) {
    const r = item(x);
    if (!isKey(k) || r === undefined) return undefined;
    out.push([k, r]);
  }
  return Object.fromEntries(out);
}

const intIn = (min: number, max: number) => (x: unknown) => (isInt(x, min, max) ? x : undefined);
const text = (max: number) => (x: unknown) => (isText(x, max) ? x : undefined);

function readMemory(m: unknown): GoalMemory | undefined {
  if (!isObj(m)) return undefined;
  const deletedPods = list(m.deletedPods, 200, (p) => {
    if (!isObj(p) || !isText(p.uid, 253) || !isText(p.namespace, 253)) return undefined;
    const labels = record(p.labels, 64, text(253));
    if (!labels || (p.node !== undefined && !isText(p.node, 253))) return undefined;
    return { uid: p.uid, namespace: p.namespace, labels, ...(p.node === undefined ? {} : { node: p.node as string }) };
  });
  const addedPodUids = list(m.addedPodUids, 200, text(253));
  const maxUnavailable = record(m.maxUnavailable, 200, intIn(0, 100_000));
  const trace = record(m.trace, 300, (x) =>
    Array.isArray(x) && x.length === 2 && isInt(x[0], 0, BIG) && isInt(x[1], 0, BIG) ? ([x[0], x[1]] as [number, number]) : undefined,
  );
  const events = list(m.events, 200, (e) =>
    isObj(e) && isText(e.reason, 253) && isText(e.kind, 253) && isText(e.name, 253) && isText(e.message, 4_000)
      ? { reason: e.reason, kind: e.kind, name: e.name, message: e.message }
      : undefined,
  );
  if (!deletedPods || !addedPodUids || !maxUnavailable || !trace || !events) return undefined;
  const memory: GoalMemory = { deletedPods, addedPodUids, maxUnavailable, trace, events };
  if (m.traffic !== undefined) {
    const services = isObj(m.traffic)
      ? record(m.traffic.services, 50, (s) =>
          isObj(s) && isInt(s.requests, 0, BIG) && isInt(s.served, 0, BIG) && isInt(s.firstAt, 0, BIG) && isInt(s.lastAt, 0, BIG)
            ? { requests: s.requests, served: s.served, firstAt: s.firstAt, lastAt: s.lastAt }
            : undefined,
        )
      : undefined;
    if (!services) return undefined;
    memory.traffic = { services };
  }
  return memory;
}

function readChallenge(c: unknown, at: number): LessonFacts['challenge'] | undefined {
  if (!isObj(c)) return undefined;
  const { startedAt, requests, served, unsent, countedTo, commands } = c;
  const stormDone = list(c.stormDone, 100, intIn(0, 99));
  if (!stormDone || !isInt(startedAt, 0, at) || !isInt(countedTo, startedAt, at)) return undefined;
  if (!isInt(requests, 0, BIG) || !isInt(served, 0, requests) || !isInt(unsent, 0, BIG) || !isInt(commands, 0, 100_000)) return undefined;
  return { startedAt, requests, served, unsent, countedTo, stormDone, commands };
}

/** The facts, or why they are not valid (words that follow "This share link is damaged: "). */
export function readLessonFacts(f: unknown, at: number): LessonFacts | string {
  const bad = 'its lesson progress is not valid';
  if (!isObj(f) || !isInt(f.stepStartedAt, 0, at)) return bad;
  const injected = list(f.injected, 100, intIn(0, 99));
  if (!injected) return bad;
  const facts: LessonFacts = { stepStartedAt: f.stepStartedAt, injected };
  if (f.answer !== undefined) {
    if (!isInt(f.answer, 0, 20)) return bad;
    facts.answer = f.answer;
  }
  if (f.memory !== undefined) {
    const memory = readMemory(f.memory);
    if (!memory) return bad;
    facts.memory = memory;
  }
  if (f.challenge !== undefined) {
    const challenge = readChallenge(f.challenge, at);
    if (!challenge) return bad;
    facts.challenge = challenge;
  }
  return facts;
}
