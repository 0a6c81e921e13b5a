// Checks an untrusted lesson (from a link, a file or the builder) field by field and rebuilds a
// fresh AuthoredLesson from it, so nothing unexpected (extra keys, __proto__, wrong types, huge
// strings) reaches the lesson machine. Errors are plain and name the field:
// "steps[1].predict.answer: must be an index into options (0 to 2)". Hand-written like
// views/share/share-validate.ts (the repo's validation approach; no schema library in the bundle).
import { validateFault } from '../../engine/index';
import type { Goal, Injection, LessonAction } from '../types';
import { AUTHORED_GOAL_KINDS, type FieldSpec, GOAL_FIELDS, MAX_ALL_GOALS } from './goal-fields';
import * as L from './limits';
import type { LocalText } from './text';
import type { AuthoredLesson, AuthoredPrediction, AuthoredStep } from './types';

type Obj = Record<string, unknown>;
class Invalid extends Error {}
const fail = (path: string, why: string): never => {
  throw new Invalid(`${path}: ${why}`);
};
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
/**
 * Markup that can only be an attempt to run code or load something (a script, a frame, an image,
 * a link, an event handler, a javascript: address). Lesson text is rendered as text anyway, so this
 * is belt and braces: a link carrying it was tampered with, and says so plainly. `<none>` (kubectl's
 * empty column) and `<pod-name>` placeholders stay allowed: only these element names are refused.
 */
const MARKUP = /<\s*\/?\s*(script|iframe|frame|object|embed|style|img|svg|link|meta|form|a)\b|javascript:|\bon[a-z]+\s*=/i;

function obj(v: unknown, path: string, keys: string[]): Obj {
  if (!isObj(v)) return fail(path, 'must be an object');
  for (const k of Object.keys(v)) if (!keys.includes(k)) fail(path, `unknown field "${k.slice(0, 40)}"`);
  return v;
}

function list(v: unknown, path: string, max: number, min = 0): unknown[] {
  if (!Array.isArray(v)) return fail(path, 'must be a list');
  if (v.length > max) fail(path, `has more than ${max} entries`);
  if (v.length < min) fail(path, `needs at least ${min} ${min === 1 ? 'entry' : 'entries'}`);
  return v;
}

function int(v: unknown, path: string, min: number, max: number): number {
  if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) fail(path, `must be a whole number from ${min} to ${max}`);
  return v as number;
}

function name(v: unknown, path: string, max = 253): string {
  if (typeof v !== 'string' || v.length === 0) return fail(path, 'must be a non-empty string');
  if (v.length > max) fail(path, `is longer than ${max} characters`);
  if (CONTROL.test(v)) fail(path, 'contains control characters');
  return v;
}

function str(v: unknown, path: string): string {
  if (typeof v !== 'string') return fail(path, 'must be a string');
  if (v.length > L.MAX_TEXT_CHARS) fail(path, `is longer than ${L.MAX_TEXT_CHARS} characters`);
  if (CONTROL.test(v)) fail(path, 'contains control characters');
  return v;
}

/** A string, or `{ lang: string }` with 1–MAX_LANGS language tags. */
function text(v: unknown, path: string): LocalText {
  if (typeof v === 'string') return plain(str(v, path), path);
  if (!isObj(v)) return fail(path, 'must be text or a map of language to text');
  const langs = Object.keys(v);
  if (langs.length === 0 || langs.length > L.MAX_LANGS) fail(path, `must have 1 to ${L.MAX_LANGS} languages`);
  const out: Record<string, string> = {};
  for (const lang of langs) {
    if (!LANG.test(lang)) fail(path, `"${lang.slice(0, 20)}" is not a language tag like "en" or "pt-BR"`);
    out[lang] = plain(str(v[lang], `${path}.${lang}`), `${path}.${lang}`);
  }
  return out;
}

function plain(v: string, path: string): string {
  if (MARKUP.test(v)) fail(path, 'contains HTML or script (lesson text is plain text)');
  return v;
}

function action(v: unknown, path: string): LessonAction {
  const o = obj(v, path, ['kubectl', 'stdin', 'fault', 'pod']);
  const pod = o.pod === undefined ? {} : { pod: name(o.pod, `${path}.pod`) };
  if (o.kubectl !== undefined) {
    if (o.fault !== undefined) fail(path, 'has both kubectl and fault');
    const line = name(o.kubectl, `${path}.kubectl`, L.MAX_LINE_CHARS);
    if (o.stdin === undefined) return { kubectl: line, ...pod };
    if (typeof o.stdin !== 'string' || o.stdin.length > L.MAX_STDIN_CHARS)
      fail(`${path}.stdin`, `must be text of at most ${L.MAX_STDIN_CHARS} characters`);
    return { kubectl: line, stdin: o.stdin as string, ...pod };
  }
  if (o.fault === undefined) return fail(path, 'needs kubectl or fault');
  if (o.stdin !== undefined) fail(`${path}.stdin`, 'only goes with kubectl');
  try {
    return { fault: validateFault(o.fault), ...pod };
  } catch (e) {
    return fail(`${path}.fault`, e instanceof Error ? e.message : 'is not a fault');
  }
}

function actions(v: unknown, path: string): LessonAction[] {
  return list(v, path, L.MAX_ACTIONS).map((a, i) => action(a, `${path}[${i}]`));
}

function goal(v: unknown, path: string, nested = false): Goal {
  if (!isObj(v)) return fail(path, 'must be an object');
  if (v.kind === 'all' && !nested) {
    const o = obj(v, path, ['kind', 'goals']);
    return { kind: 'all', goals: list(o.goals, `${path}.goals`, MAX_ALL_GOALS, 1).map((g, i) => goal(g, `${path}.goals[${i}]`, true)) };
  }
  const kind = v.kind as (typeof AUTHORED_GOAL_KINDS)[number];
  if (typeof v.kind !== 'string' || !AUTHORED_GOAL_KINDS.includes(kind)) {
    return fail(`${path}.kind`, `must be one of ${AUTHORED_GOAL_KINDS.join(', ')}${nested ? '' : ', all'}`);
  }
  const fields: Record<string, FieldSpec> = GOAL_FIELDS[kind];
  const o = obj(v, path, ['kind', ...Object.keys(fields)]);
  const out: Record<string, unknown> = { kind };
  for (const [key, spec] of Object.entries(fields)) {
    if (o[key] === undefined) {
      if (!spec.optional) fail(`${path}.${key}`, 'is required');
      continue;
    }
    out[key] = spec.type === 'int' ? int(o[key], `${path}.${key}`, 0, 10_000) : name(o[key], `${path}.${key}`);
  }
  return out as Goal;
}

function prediction(v: unknown, path: string): AuthoredPrediction {
  const o = obj(v, path, ['question', 'options', 'answer', 'explain']);
  const options = list(o.options, `${path}.options`, L.MAX_OPTIONS, 2).map((t, i) => text(t, `${path}.options[${i}]`));
  const answer =
    Number.isInteger(o.answer) && (o.answer as number) >= 0 && (o.answer as number) < options.length ? (o.answer as number) : -1;
  if (answer < 0) fail(`${path}.answer`, `must be an index into options (0 to ${options.length - 1})`);
  return { question: text(o.question, `${path}.question`), options, answer, explain: text(o.explain, `${path}.explain`) };
}

function injection(v: unknown, path: string): Injection {
  const o = obj(v, path, ['atMs', 'action']);
  const at = o.atMs === undefined ? {} : { atMs: int(o.atMs, `${path}.atMs`, 0, L.MAX_BUDGET_MS) };
  return { ...at, action: action(o.action, `${path}.action`) };
}

function step(v: unknown, path: string, ids: Set<string>): AuthoredStep {
  const o = obj(v, path, ['id', 'narration', 'predict', 'hints', 'inject', 'goal', 'solution']);
  const id = name(o.id, `${path}.id`, 40);
  if (!/^[a-z0-9-]+$/.test(id)) fail(`${path}.id`, 'may hold only a-z, 0-9 and -');
  if (ids.has(id)) fail(`${path}.id`, `"${id}" is used by another step`);
  ids.add(id);
  return {
    id,
    narration: text(o.narration, `${path}.narration`),
    ...(o.predict === undefined ? {} : { predict: prediction(o.predict, `${path}.predict`) }),
    hints: list(o.hints ?? [], `${path}.hints`, L.MAX_HINTS).map((h, i) => text(h, `${path}.hints[${i}]`)),
    ...(o.inject === undefined
      ? {}
      : { inject: list(o.inject, `${path}.inject`, L.MAX_INJECTIONS).map((x, i) => injection(x, `${path}.inject[${i}]`)) }),
    goal: goal(o.goal, `${path}.goal`),
    solution: actions(o.solution ?? [], `${path}.solution`),
  };
}

/** The lesson, or a plain reason naming the field ("steps[0].goal.count: must be …"). Never throws. */
export function validateLesson(value: unknown): AuthoredLesson | string {
  try {
    let size: number;
    try {
      size = new TextEncoder().encode(JSON.stringify(value) ?? '').length;
    } catch {
      return 'the lesson is not plain JSON data';
    }
    if (size > L.MAX_LESSON_BYTES) return `the lesson is larger than ${L.MAX_LESSON_TEXT}`;
    const o = obj(value, 'lesson', ['v', 'slug', 'title', 'seed', 'nodes', 'timeBudgetMs', 'setup', 'steps']);
    if (typeof o.v === 'number' && o.v > L.AUTHORED_FORMAT) return 'the lesson comes from a newer version of Podchestra';
    if (o.v !== L.AUTHORED_FORMAT) fail('v', `must be ${L.AUTHORED_FORMAT}`);
    const slug = name(o.slug, 'slug', 40);
    if (!/^[a-z0-9-]+$/.test(slug)) fail('slug', 'may hold only a-z, 0-9 and -');
    const ids = new Set<string>();
    return {
      v: 1,
      slug,
      title: text(o.title, 'title'),
      seed: int(o.seed, 'seed', 0, 0xffff_ffff),
      ...(o.nodes === undefined ? {} : { nodes: int(o.nodes, 'nodes', 1, 10) }),
      timeBudgetMs: int(o.timeBudgetMs, 'timeBudgetMs', 1_000, L.MAX_BUDGET_MS),
      setup: actions(o.setup ?? [], 'setup'),
      steps: list(o.steps, 'steps', L.MAX_STEPS, 1).map((s, i) => step(s, `steps[${i}]`, ids)),
    };
  } catch (e) {
    if (e instanceof Invalid) return e.message;
    return 'the lesson could not be read';
  }
}
