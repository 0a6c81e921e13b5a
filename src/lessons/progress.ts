// A learner's progress (current step, lessons done, best challenge scores) kept in localStorage
// under a schema version. Pure: storage is passed in and time is the caller's wall ms, so tests
// need no DOM. A bad record is never thrown at the learner nor silently lost: it is copied to a
// backup key and reported in plain words; imports are validated as untrusted input.

export const PROGRESS_KEY = 'podchestra.progress';
/** Where a record that could not be used is kept, so the learner can still export it. */
export const PROGRESS_BACKUP_KEY = 'podchestra.progress.backup';
export const PROGRESS_VERSION = 1;
/** Imports larger than this are refused before parsing. */
export const MAX_IMPORT_CHARS = 100_000;
const MAX_STEP = 99;

/** The part of the Web Storage API progress needs (localStorage in the app, a Map in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A challenge's score: availability is the share of requests served (0–1, as challenge-score.ts). */
export interface Score {
  availability: number;
  commands: number;
}

export interface LessonProgress {
  /** Index of the step the learner is on (0-based). */
  step: number;
  completed: boolean;
  /** Wall-clock ms (from the caller) of the first completion. */
  completedAt?: number;
  bestScore?: Score;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {} };
}

type Parsed = { progress: Progress; dropped: string[] } | { error: string; newer?: boolean; older?: boolean };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first key anywhere in a JSON value that could pollute prototypes when copied around. */
function forbiddenKey(value: unknown, depth = 0): string | undefined {
  if (depth > 10 || value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = forbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, max: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;

function parseEntry(slug: string, raw: unknown): LessonProgress | string {
  const where = `the lesson "${slug}"`;
  if (!isRecord(raw)) return `${where} is not a record`;
  if (!isCount(raw.step, MAX_STEP)) return `${where} has a step that is not a whole number from 0 to ${MAX_STEP}`;
  if (typeof raw.completed !== 'boolean') return `${where} has "completed" that is neither true nor false`;
  const entry: LessonProgress = { step: raw.step, completed: raw.completed };
  if (raw.completedAt !== undefined) {
    if (!isCount(raw.completedAt, Number.MAX_SAFE_INTEGER)) return `${where} has a completion time that is not a valid time`;
    entry.completedAt = raw.completedAt;
  }
  if (raw.bestScore !== undefined) {
    const s = raw.bestScore;
    if (!isRecord(s)) return `${where} has a best score that is not a record`;
    if (typeof s.availability !== 'number' || !(s.availability >= 0 && s.availability <= 1)) {
      return `${where} has an availability that is not a share from 0 to 1`;
    }
    if (!isCount(s.commands, 1_000_000)) return `${where} has a command count that is not a whole number`;
    entry.bestScore = { availability: s.availability, commands: s.commands };
  }
  return entry;
}

/** Validates an already parsed value; builds a fresh object so nothing unexpected is carried over. */
function parseValue(value: unknown, knownSlugs: readonly string[]): Parsed {
  if (!isRecord(value)) return { error: 'it is not a progress record' };
  const key = forbiddenKey(value);
  if (key) return { error: `it contains the key "${key}", which Podchestra never writes` };
  if (typeof value.version !== 'number') return { error: 'it has no version number' };
  if (value.version > PROGRESS_VERSION) return { error: 'newer', newer: true };
  if (value.version !== PROGRESS_VERSION) return { error: 'older', older: true };
  if (!isRecord(value.lessons)) return { error: 'it has no list of lessons' };
  const lessons: Record<string, LessonProgress> = {};
  const dropped: string[] = [];
  for (const [slug, raw] of Object.entries(value.lessons)) {
    if (!knownSlugs.includes(slug)) {
      dropped.push(slug);
      continue;
    }
    const entry = parseEntry(slug, raw);
    if (typeof entry === 'string') return { error: entry };
    lessons[slug] = entry;
  }
  return { progress: { version: PROGRESS_VERSION, lessons }, dropped };
}

/** Slugs shown back to the learner: only safe characters, and only a few. */
function listSlugs(slugs: string[]): string {
  const shown = slugs.slice(0, 5).map((s) => (/^[a-z0-9-]{1,40}$/.test(s) ? s : '(unreadable name)'));
  return shown.join(', ') + (slugs.length > 5 ? ` and ${slugs.length - 5} more` : '');
}

export interface LoadResult {
  progress: Progress;
  /** Plain words for the page when the saved record could not be used as it was. */
  notice?: string;
}

const SET_ASIDE = `It is kept in this browser under "${PROGRESS_BACKUP_KEY}" and you start with fresh progress.`;

/** Reads saved progress; never throws. A record it cannot use is copied to the backup key. */
export function loadProgress(storage: StorageLike, knownSlugs: readonly string[]): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), notice: 'This browser does not let Podchestra read saved progress, so progress is not kept.' };
  }
  if (raw === null) return { progress: emptyProgress() };
  let parsed: Parsed;
  try {
    parsed = parseValue(JSON.parse(raw), knownSlugs);
  } catch {
    parsed = { error: 'unreadable' };
  }
  if ('progress' in parsed && parsed.dropped.length === 0) return { progress: parsed.progress };
  const backedUp = backup(storage, raw);
  const kept = backedUp ? ` ${SET_ASIDE}` : ' You start with fresh progress.';
  if ('progress' in parsed) {
    const notice = `Saved progress for lessons this version does not have (${listSlugs(parsed.dropped)}) was set aside.${backedUp ? ` It is kept in this browser under "${PROGRESS_BACKUP_KEY}".` : ''}`;
    return { progress: parsed.progress, notice };
  }
  if (parsed.older)
    return { progress: emptyProgress(), notice: `Saved progress from an older version of Podchestra was set aside.${kept}` };
  if (parsed.newer) return { progress: emptyProgress(), notice: `Saved progress from a newer version of Podchestra was set aside.${kept}` };
  return { progress: emptyProgress(), notice: `Saved progress was damaged and was set aside.${kept}` };
}

function backup(storage: StorageLike, raw: string): boolean {
  try {
    storage.setItem(PROGRESS_BACKUP_KEY, raw);
    return true;
  } catch {
    return false;
  }
}

/** The record set aside by loadProgress, for the page to offer as a download; null if none. */
export function readBackup(storage: StorageLike): string | null {
  try {
    return storage.getItem(PROGRESS_BACKUP_KEY);
  } catch {
    return null;
  }
}

/** Writes progress; returns a plain error message instead of throwing (quota, blocked storage). */
export function saveProgress(storage: StorageLike, progress: Progress): string | undefined {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return undefined;
  } catch (e) {
    const quota = e instanceof Error && (e.name === 'QuotaExceededError' || /quota/i.test(e.message));
    return quota
      ? 'Progress could not be saved: this browser’s storage for Podchestra is full.'
      : 'Progress could not be saved: this browser does not let Podchestra store data.';
  }
}

// Object.hasOwn: a slug such as "constructor" must not find Object.prototype's member.
const entryOf = (progress: Progress, slug: string): LessonProgress =>
  Object.hasOwn(progress.lessons, slug) ? progress.lessons[slug] : { step: 0, completed: false };

/** The learner is on `step` of `slug` (completion and scores stay as they were). */
export function recordStep(progress: Progress, slug: string, step: number): Progress {
  const next = { ...entryOf(progress, slug), step: Math.max(0, Math.min(MAX_STEP, Math.trunc(step))) };
  return { version: PROGRESS_VERSION, lessons: { ...progress.lessons, [slug]: next } };
}

/** True when a beats b: more availability, then fewer commands. */
export function betterScore(a: Score, b: Score): boolean {
  return a.availability !== b.availability ? a.availability > b.availability : a.commands < b.commands;
}

/** `slug` was completed at wall ms `atMs`; the first completion time and the best score are kept. */
export function recordComplete(progress: Progress, slug: string, atMs: number, score?: Score): Progress {
  const prev = entryOf(progress, slug);
  const next: LessonProgress = { ...prev, completed: true, completedAt: prev.completedAt ?? atMs };
  if (score && (!prev.bestScore || betterScore(score, prev.bestScore)))
    next.bestScore = { availability: score.availability, commands: score.commands };
  return { version: PROGRESS_VERSION, lessons: { ...progress.lessons, [slug]: next } };
}

/** Pretty JSON for a download; lessons in a stable (sorted) order. */
export function exportProgress(progress: Progress): string {
  const lessons: Record<string, LessonProgress> = {};
  for (const slug of Object.keys(progress.lessons).sort()) lessons[slug] = progress.lessons[slug];
  return `${JSON.stringify({ version: progress.version, lessons }, null, 2)}\n`;
}

export type ImportResult = { progress: Progress; note?: string } | { error: string };

/** Validates an imported file's text (untrusted); the caller saves the result. */
export function importProgress(text: string, knownSlugs: readonly string[]): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { error: 'This file is too large to be Podchestra progress (over 100 kB).' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'This file is not Podchestra progress: it is not valid JSON.' };
  }
  const parsed = parseValue(value, knownSlugs);
  if ('progress' in parsed) {
    if (parsed.dropped.length === 0) return { progress: parsed.progress };
    return { progress: parsed.progress, note: `Skipped lessons this version does not have: ${listSlugs(parsed.dropped)}.` };
  }
  if (parsed.newer) return { error: 'This progress file comes from a newer version of Podchestra; update Podchestra to import it.' };
  if (parsed.older) return { error: 'This progress file comes from an older version of Podchestra and cannot be imported.' };
  return { error: `This progress file is damaged: ${parsed.error}.` };
}
