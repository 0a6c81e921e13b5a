// A lesson's words apart from its behaviour (issue 14, languages): the title, and per step (by id)
// its narration, hints and prediction. A translation is a `LessonText` in
// content/<lang>/<slug>.ts; `translateLesson` lays it over the English lesson, string by string,
// so a missing or malformed string shows the English one, never a gap. Commands, selectors,
// goals and solutions are never translated: they are the cluster's language (kubectl stays
// English, as on a real cluster). lesson-text.test.ts proves every shipped translation is complete.
import type { Lesson, LessonStep } from './types';

export interface StepText {
  narration: string;
  hints: string[];
  predict?: { question: string; options: string[]; explain: string };
}

export interface LessonText {
  title: string;
  /** By step id. */
  steps: Record<string, StepText>;
}

/** The English words of a lesson, in the shape a translation has (the test's reference). */
export function lessonText(lesson: Lesson): LessonText {
  const steps: Record<string, StepText> = {};
  for (const s of lesson.steps) {
    steps[s.id] = {
      narration: s.narration,
      hints: [...s.hints],
      ...(s.predict ? { predict: { question: s.predict.question, options: [...s.predict.options], explain: s.predict.explain } } : {}),
    };
  }
  return { title: lesson.title, steps };
}

const pick = (translated: unknown, english: string): string => (typeof translated === 'string' && translated ? translated : english);

/** Each string of a list translated where the translation has one at that index. */
const pickAll = (translated: readonly unknown[] | undefined, english: readonly string[]): string[] =>
  english.map((e, i) => pick(translated?.[i], e));

function translateStep(step: LessonStep, text: StepText | undefined): LessonStep {
  if (!text) return step;
  return {
    ...step,
    narration: pick(text.narration, step.narration),
    hints: pickAll(text.hints, step.hints),
    ...(step.predict
      ? {
          predict: {
            ...step.predict,
            question: pick(text.predict?.question, step.predict.question),
            // Options keep their order: `answer` is an index into them.
            options: pickAll(text.predict?.options, step.predict.options),
            explain: pick(text.predict?.explain, step.predict.explain),
          },
        }
      : {}),
  };
}

/** The lesson in another language's words; English wherever the translation has no string. */
export function translateLesson(lesson: Lesson, text: LessonText | undefined): Lesson {
  if (!text) return lesson;
  return {
    ...lesson,
    title: pick(text.title, lesson.title),
    steps: lesson.steps.map((s) => translateStep(s, Object.hasOwn(text.steps, s.id) ? text.steps[s.id] : undefined)),
  };
}
