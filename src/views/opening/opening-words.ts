// A lesson's opening frame in the page's language. The build precomputes the panel's first view in
// English (opening-frames.ts); on a page in another language its words are swapped for the
// translated lesson's, so the frame does not flash English before the live panel takes over.
// Loaded only on such pages (main.tsx), so English first screens do not carry goal-text.ts.
import { describeGoal } from '../../lessons/goal-text';
import type { Lesson } from '../../lessons/types';
import type { LessonView } from '../lesson/lesson-view';

export function openingViewIn(lesson: Lesson, view: LessonView): LessonView {
  const step = lesson.steps[view.stepIndex];
  if (!step) return view;
  return {
    ...view,
    title: lesson.title,
    // A narration with count tokens keeps the build's filled-in English words until the live panel draws.
    narration: step.narration.includes('{') ? view.narration : step.narration,
    ...(view.prediction && step.predict
      ? { prediction: { question: step.predict.question, options: step.predict.options, explain: step.predict.explain } }
      : {}),
    hints: step.hints.slice(0, view.hints.length),
    goalText: describeGoal(step.goal),
  };
}
