// Checks a decoded share link's JSON field by field and rebuilds a fresh ShareState from it,
// so nothing unexpected (extra keys, __proto__, wrong types) reaches the session's replay.
// Returns the state or a short plain reason ("the seed is not a whole number …").
import type { Fault } from '../../engine';
import type { CommandLogEntry, ShareState } from '../session/types';
import { readLessonFacts } from './share-facts';

export const MAX_LOG_ENTRIES = 5_000;
/**
 * Two hours of virtual time: far beyond any lesson (3–8 minutes), and the page replays a link
 * synchronously before it can draw, so a week (the engine's own limit) froze it for ~18 minutes.
 */
export const MAX_VIRTUAL_MS = 2 * 3_600_000;
export const MAX_VIRTUAL_TEXT = '2 hours';
export const MAX_LINE_CHARS = 2_000;
export const MAX_STDIN_CHARS = 200_000;
export const MAX_TOTAL_STDIN_CHARS = 1_000_000;
export const SLUG_PATTERN = /^[a-z0-9-]{1,40}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_VIRTUAL_MS;
// Names go to the engine (never into HTML); still refuse control characters and absurd lengths.
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const isName = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 253 && !/[\u0000-\u001f\u007f]/.test(v);

function optionalName(v: unknown): v is string | undefined {
  return v === undefined || isName(v);
}

/** A fresh Fault, or undefined when the value is not one the engine knows. */
function readFault(f: unknown): Fault | undefined {
  if (!isObj(f) || !optionalName(f.namespace)) return undefined;
  const ns = f.namespace === undefined ? {} : { namespace: f.namespace };
  switch (f.type) {
    case 'crash-container':
      if (!isName(f.pod) || !optionalName(f.container)) return undefined;
      return { type: f.type, pod: f.pod, ...ns, ...(f.container === undefined ? {} : { container: f.container }) };
    case 'kill-node':
    case 'restore-node':
      return isName(f.node) ? { type: f.type, node: f.node } : undefined;
    case 'load':
      if (!isName(f.service) || typeof f.rps !== 'number' || !(f.rps >= 0 && f.rps <= 1_000_000)) return undefined;
      return { type: f.type, service: f.service, rps: f.rps, ...ns };
    case 'fail-probe':
      if (!isName(f.pod) || (f.probe !== 'readiness' && f.probe !== 'liveness')) return undefined;
      if (f.durationMs !== undefined && !isTime(f.durationMs)) return undefined;
      return { type: f.type, pod: f.pod, probe: f.probe, ...ns, ...(f.durationMs === undefined ? {} : { durationMs: f.durationMs }) };
    default:
      return undefined;
  }
}

/** The state, or why it is not one (words that follow "This share link is damaged: "). */
export function validateShareState(value: unknown): ShareState | string {
  if (!isObj(value)) return 'it holds no Podchestra moment';
  if (value.v !== 1) return 'its version is unknown';
  if (!isInt(value.seed, 0, 0xffff_ffff)) return 'the seed is not a whole number from 0 to 4294967295';
  if (!isInt(value.nodes, 1, 10)) return 'the number of stages is not from 1 to 10';
  if (typeof value.at !== 'number' || !Number.isFinite(value.at) || value.at < 0) return 'its moment is not a time';
  if (value.at > MAX_VIRTUAL_MS)
    return `its moment is more than ${MAX_VIRTUAL_TEXT} of simulated time in, and links hold at most ${MAX_VIRTUAL_TEXT}`;
  const at = value.at;
  const state: ShareState = { v: 1, seed: value.seed, nodes: value.nodes, log: [], at };
  if (value.lesson !== undefined) {
    if (typeof value.lesson !== 'string' || !SLUG_PATTERN.test(value.lesson)) return 'the lesson name is not valid';
    state.lesson = value.lesson;
  }
  if (value.step !== undefined) {
    if (!isInt(value.step, 0, 99)) return 'the lesson step is not a whole number from 0 to 99';
    state.step = value.step;
  }
  if (value.facts !== undefined) {
    if (state.lesson === undefined || state.step === undefined) return 'it has lesson progress but no lesson step';
    const facts = readLessonFacts(value.facts, at);
    if (typeof facts === 'string') return facts;
    state.facts = facts;
  }
  if (!Array.isArray(value.log)) return 'it has no command log';
  if (value.log.length > MAX_LOG_ENTRIES) return `its command log has more than ${MAX_LOG_ENTRIES} entries`;
  let last = 0;
  let stdinTotal = 0;
  for (const [i, raw] of value.log.entries()) {
    const where = `command ${i + 1}`;
    if (!isObj(raw)) return `${where} is not a record`;
    if (!isTime(raw.at)) return `${where} has no valid time`;
    if (raw.at < last) return `${where} is earlier than the one before it`;
    if (raw.at > at) return `${where} is later than the shared moment`;
    last = raw.at;
    let entry: CommandLogEntry;
    if (raw.kind === 'kubectl') {
      if (typeof raw.line !== 'string' || raw.line.length > MAX_LINE_CHARS)
        return `${where} is not a kubectl line of at most ${MAX_LINE_CHARS} characters`;
      entry = { at: raw.at, kind: 'kubectl', line: raw.line };
      if (raw.stdin !== undefined) {
        if (typeof raw.stdin !== 'string' || raw.stdin.length > MAX_STDIN_CHARS)
          return `${where} has a manifest that is too large or not text`;
        stdinTotal += raw.stdin.length;
        if (stdinTotal > MAX_TOTAL_STDIN_CHARS) return 'its manifests are too large in total';
        entry.stdin = raw.stdin;
      }
    } else if (raw.kind === 'fault') {
      const fault = readFault(raw.fault);
      if (!fault) return `${where} is not a fault Podchestra knows`;
      entry = { at: raw.at, kind: 'fault', fault };
    } else if (raw.kind === 'run') {
      entry = { at: raw.at, kind: 'run' };
    } else {
      return `${where} is of an unknown kind`;
    }
    state.log.push(entry);
  }
  return state;
}
