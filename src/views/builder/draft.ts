// The lesson being built: an AuthoredLesson (src/lessons/authored/types.ts) edited in place by the
// builder's forms, plus helpers to start one, add a step and edit a text without losing the other
// languages a loaded lesson may carry. Pure: the builder panel keeps it in React state.
import type { AuthoredGoalKind } from '../../lessons/authored/goal-fields';
import type { LocalText } from '../../lessons/authored/text';
import type { AuthoredLesson, AuthoredStep } from '../../lessons/authored/types';
import { prefillGoal } from './goal-prefill';
import type { LiveChoices } from './live-choices';

/** Five virtual minutes: enough for a few rollouts; the teacher may change it. */
export const DEFAULT_BUDGET_MS = 5 * 60_000;

export function newDraft(seed: number, nodes: number): AuthoredLesson {
  return { v: 1, slug: 'my-lesson', title: 'My lesson', seed, nodes, timeBudgetMs: DEFAULT_BUDGET_MS, setup: [], steps: [] };
}

/** A lesson slug from its title: lowercase letters, digits and dashes, at most 40 (LESSON_SLUG). */
export function slugFrom(title: string): string {
  const slug = title
    .normalize('NFKD')
    // NFKD splits "ü" into "u" and a combining mark: the marks go, the letters stay.
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'lesson';
}

/** A step id not used yet (`step-3`). */
export function freshStepId(steps: readonly AuthoredStep[]): string {
  const used = new Set(steps.map((s) => s.id));
  let n = steps.length + 1;
  while (used.has(`step-${n}`)) n++;
  return `step-${n}`;
}

export function newStep(steps: readonly AuthoredStep[], live: LiveChoices, kind: AuthoredGoalKind = 'readyPods'): AuthoredStep {
  return { id: freshStepId(steps), narration: '', hints: [], inject: [], goal: prefillGoal(kind, live), solution: [] };
}

/** The text the form shows (English, or the first language written). */
export function shownText(text: LocalText): string {
  if (typeof text === 'string') return text;
  return text.en ?? Object.values(text)[0] ?? '';
}

/**
 * A field edited in the form: a plain string stays one; a text in several languages keeps the
 * others and takes the edit as its shown language (the form edits one language at a time).
 */
export function editText(old: LocalText, value: string): LocalText {
  if (typeof old === 'string') return value;
  const lang = 'en' in old || Object.keys(old).length === 0 ? 'en' : Object.keys(old)[0];
  return { ...old, [lang]: value };
}

/** Replaces step `index` (immutably). */
export function withStep(lesson: AuthoredLesson, index: number, step: AuthoredStep): AuthoredLesson {
  return { ...lesson, steps: lesson.steps.map((s, i) => (i === index ? step : s)) };
}

/** Lines of a textarea as a list (hints, options): trimmed, empty lines dropped. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
