// Cron schedules as the CronJob controller parses them: robfig/cron v3's ParseStandard (five
// fields, month and weekday names, `*`, `?`, ranges, lists and steps, and the descriptors
// @yearly @annually @monthly @weekly @daily @midnight @hourly and @every <duration>), with its
// error texts, and SpecSchedule.Next, which jumps field by field (bounded work per call).
// [github.com/robfig/cron/v3 parser.go, spec.go, constantdelay.go]
// Times are real epoch milliseconds. A time zone is applied as an offset from Intl (the one place
// the engine asks the host: IANA zone data, no clock); the search runs on local wall-clock time.
// Simplification: at a DST change the local→UTC step uses the offset of the original instant.
import { goDurationError } from '../kubectl/duration';

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** 2^63 ns in ms: the longest time.Duration. */
const MAX_DURATION_MS = 9_223_372_036_854.775;

/** time.ParseDuration's value in ms, for text goDurationError accepted. */
function parseGoDuration(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  let total = 0;
  for (const m of text.replace(/^[+-]/, '').matchAll(/(\d*(?:\.\d*)?)([^0-9.]+)/g)) total += Number(m[1] || 0) * (UNIT_MS[m[2]] ?? 0);
  return sign * total;
}


interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const MINUTE: Bounds = { min: 0, max: 59 };
const HOUR: Bounds = { min: 0, max: 23 };
const DOM: Bounds = { min: 1, max: 31 };
const MONTH: Bounds = { min: 1, max: 12, names: MONTHS };
const DOW: Bounds = { min: 0, max: 6, names: DAYS };

/** A field as a set of allowed values plus whether it was `*`/`?` (for the day-of-month/week rule). */
export interface Field {
  values: boolean[];
  star: boolean;
}

export type Schedule = { kind: 'spec'; minute: Field; hour: Field; dom: Field; month: Field; dow: Field } | { kind: 'every'; ms: number };

export class CronError extends Error {}

function all(b: Bounds, star: boolean): Field {
  const values: boolean[] = [];
  for (let i = b.min; i <= b.max; i++) values[i] = true;
  return { values, star };
}

function only(v: number): Field {
  const values: boolean[] = [];
  values[v] = true;
  return { values, star: false };
}

/** mustParseInt: a non-negative decimal integer. */
function parseIntStrict(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new CronError(`failed to parse int from ${s}: strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = Number(s);
  if (n < 0) throw new CronError(`negative number (${n}) not allowed: ${s}`);
  return n;
}

function parseIntOrName(s: string, names?: Record<string, number>): number {
  if (names) {
    const v = names[s.toLowerCase()];
    if (v !== undefined && Object.hasOwn(names, s.toLowerCase())) return v;
  }
  return parseIntStrict(s);
}

/** getRange: one `a`, `a-b`, `*`, `?`, optionally `/step`. */
function getRange(expr: string, b: Bounds, field: Field): void {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  const single = lowAndHigh.length === 1;
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = b.min;
    end = b.max;
    star = true;
  } else {
    start = parseIntOrName(lowAndHigh[0], b.names);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1], b.names);
    else throw new CronError(`too many hyphens: ${expr}`);
  }
  let step: number;
  if (rangeAndStep.length === 1) step = 1;
  else if (rangeAndStep.length === 2) {
    step = parseIntStrict(rangeAndStep[1]);
    // "N/step" means "N-max/step".
    if (single) end = b.max;
    if (step > 1) star = false;
  } else throw new CronError(`too many slashes: ${expr}`);
  if (start < b.min) throw new CronError(`beginning of range (${start}) below minimum (${b.min}): ${expr}`);
  if (end > b.max) throw new CronError(`end of range (${end}) above maximum (${b.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
  for (let i = start; i <= end; i += step) field.values[i] = true;
  if (star) field.star = true;
}

function getField(text: string, b: Bounds): Field {
  const field: Field = { values: [], star: false };
  for (const expr of text.split(',')) getRange(expr, b, field);
  return field;
}

function descriptor(spec: string): Schedule {
  switch (spec) {
    case '@yearly':
    case '@annually':
      return { kind: 'spec', minute: only(0), hour: only(0), dom: only(1), month: only(1), dow: all(DOW, true) };
    case '@monthly':
      return { kind: 'spec', minute: only(0), hour: only(0), dom: only(1), month: all(MONTH, true), dow: all(DOW, true) };
    case '@weekly':
      return { kind: 'spec', minute: only(0), hour: only(0), dom: all(DOM, true), month: all(MONTH, true), dow: only(0) };
    case '@daily':
    case '@midnight':
      return { kind: 'spec', minute: only(0), hour: only(0), dom: all(DOM, true), month: all(MONTH, true), dow: all(DOW, true) };
    case '@hourly':
      return { kind: 'spec', minute: only(0), hour: all(HOUR, true), dom: all(DOM, true), month: all(MONTH, true), dow: all(DOW, true) };
  }
  if (spec.startsWith('@every ')) {
    const text = spec.slice('@every '.length);
    const bad = goDurationError(text);
    if (bad) throw new CronError(`failed to parse duration ${spec}: ${bad}`);
    // time.ParseDuration refuses what overflows an int64 of nanoseconds (about 2,562,047 h).
    const parsed = parseGoDuration(text);
    if (!(Math.abs(parsed) < MAX_DURATION_MS)) throw new CronError(`failed to parse duration ${spec}: time: invalid duration ${JSON.stringify(text)}`);
    // ConstantDelaySchedule: whole seconds, at least one.
    const ms = Math.max(1000, Math.floor(parsed / 1000) * 1000);
    return { kind: 'every', ms };
  }
  throw new CronError(`unrecognized descriptor: ${spec}`);
}

const parsed = new Map<string, Schedule | CronError>();

/** parseSchedule, remembered per text (a controller reparses its CronJob's schedule every sync). */
export function parseScheduleCached(spec: string): Schedule {
  let r = parsed.get(spec);
  if (r === undefined) {
    try {
      r = parseSchedule(spec);
    } catch (e) {
      if (!(e instanceof CronError)) throw e;
      r = e;
    }
    // A bounded cache: schedules are few, but user text is not to be trusted.
    if (parsed.size >= 256) parsed.clear();
    parsed.set(spec, r);
  }
  if (r instanceof CronError) throw r;
  return r;
}

/** cron.ParseStandard. Throws CronError with robfig's message. */
export function parseSchedule(spec: string): Schedule {
  if (spec.length === 0) throw new CronError('empty spec string');
  // `TZ=`/`CRON_TZ=` prefixes are refused earlier by validation (use spec.timeZone).
  if (spec.startsWith('@')) return descriptor(spec);
  const fields = spec.split(/\s+/).filter((f) => f !== '');
  if (fields.length !== 5) throw new CronError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
  return {
    kind: 'spec',
    minute: getField(fields[0], MINUTE),
    hour: getField(fields[1], HOUR),
    dom: getField(fields[2], DOM),
    month: getField(fields[3], MONTH),
    dow: getField(fields[4], DOW),
  };
}

// ---- time zones ----

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether Go's time.LoadLocation would know the zone (Intl's IANA data stands in for tzdata). */
export function isKnownTimeZone(zone: string): boolean {
  if (zone === 'UTC' || zone === '') return true;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at `utcMs`, in ms (local = utc + offset). */
export function zoneOffset(zone: string | undefined, utcMs: number): number {
  if (!zone || zone === 'UTC' || zone === 'Etc/UTC') return 0;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(zone).formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const local = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return local - Math.floor(utcMs / 1000) * 1000;
}

// ---- Next ----

function dayMatches(s: Extract<Schedule, { kind: 'spec' }>, d: Date): boolean {
  const domMatch = !!s.dom.values[d.getUTCDate()];
  const dowMatch = !!s.dow.values[d.getUTCDay()];
  if (s.dom.star || s.dow.star) return domMatch && dowMatch;
  return domMatch || dowMatch;
}

/** The first activation strictly after `utcMs` (SpecSchedule.Next / ConstantDelaySchedule.Next), or undefined (none within five years). */
export function nextAfter(schedule: Schedule, utcMs: number, zone?: string): number | undefined {
  if (schedule.kind === 'every') return Math.floor(utcMs / 1000) * 1000 + schedule.ms;
  const s = schedule;
  const offset = zoneOffset(zone, utcMs);
  // Work on local wall-clock time held in a UTC Date; start at the next whole second.
  const t = new Date(Math.floor((utcMs + offset) / 1000) * 1000 + 1000);
  let added = false;
  const yearLimit = t.getUTCFullYear() + 5;
  wrap: for (;;) {
    if (t.getUTCFullYear() > yearLimit) return undefined;
    while (!s.month.values[t.getUTCMonth() + 1]) {
      if (!added) {
        added = true;
        t.setUTCDate(1);
        t.setUTCHours(0, 0, 0, 0);
      }
      t.setUTCMonth(t.getUTCMonth() + 1);
      if (t.getUTCMonth() === 0) continue wrap;
    }
    while (!dayMatches(s, t)) {
      if (!added) {
        added = true;
        t.setUTCHours(0, 0, 0, 0);
      }
      t.setUTCDate(t.getUTCDate() + 1);
      if (t.getUTCDate() === 1) continue wrap;
    }
    while (!s.hour.values[t.getUTCHours()]) {
      if (!added) {
        added = true;
        t.setUTCMinutes(0, 0, 0);
      }
      t.setUTCHours(t.getUTCHours() + 1);
      if (t.getUTCHours() === 0) continue wrap;
    }
    while (!s.minute.values[t.getUTCMinutes()]) {
      if (!added) {
        added = true;
        t.setUTCSeconds(0, 0);
      }
      t.setUTCMinutes(t.getUTCMinutes() + 1);
      if (t.getUTCMinutes() === 0) continue wrap;
    }
    // The seconds field of a standard spec is always 0.
    while (t.getUTCSeconds() !== 0) {
      if (!added) {
        added = true;
        t.setUTCMilliseconds(0);
      }
      t.setUTCSeconds(t.getUTCSeconds() + 1);
      if (t.getUTCSeconds() === 0) continue wrap;
    }
    break;
  }
  const local = t.getTime();
  return local - zoneOffset(zone, local - offset);
}
