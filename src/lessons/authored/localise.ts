// An AuthoredLesson as the plain Lesson the machine, the panel and the replay run: every
// LocalText resolved to one language (textIn's fallbacks).
import type { Lesson } from '../types';
import { textIn } from './text';
import type { AuthoredLesson } from './types';

export function localise(lesson: AuthoredLesson, lang?: string): Lesson {
  const t = (x: Parameters<typeof textIn>[0]) => textIn(x, lang);
  return {
    slug: lesson.slug,
    title: t(lesson.title),
    seed: lesson.seed,
    ...(lesson.nodes === undefined ? {} : { nodes: lesson.nodes }),
    timeBudgetMs: lesson.timeBudgetMs,
    setup: lesson.setup,
    steps: lesson.steps.map((s) => ({
      id: s.id,
      narration: t(s.narration),
      ...(s.predict
        ? { predict: { ...s.predict, question: t(s.predict.question), options: s.predict.options.map(t), explain: t(s.predict.explain) } }
        : {}),
      hints: s.hints.map(t),
      ...(s.inject ? { inject: s.inject } : {}),
      goal: s.goal,
      solution: s.solution,
    })),
  };
}
