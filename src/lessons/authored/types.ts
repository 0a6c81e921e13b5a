// A lesson written in the builder: the shipped `Lesson` shape with every text a LocalText (one
// string or one per language) and goals limited to the kinds the builder offers (goal-fields.ts).
// `v` is the format number. `localise(lesson, lang)` turns it into a plain Lesson the machine runs.
import type { Goal, Injection, LessonAction } from '../types';
import type { LocalText } from './text';

export interface AuthoredPrediction {
  question: LocalText;
  options: LocalText[];
  /** Index into `options`. */
  answer: number;
  explain: LocalText;
}

export interface AuthoredStep {
  id: string;
  narration: LocalText;
  predict?: AuthoredPrediction;
  hints: LocalText[];
  /** Timed faults or commands: at step start, or `atMs` of virtual time after it. */
  inject?: Injection[];
  goal: Goal;
  /** Recorded by doing it in the builder; replayed headlessly before publishing. */
  solution: LessonAction[];
}

export interface AuthoredLesson {
  v: 1;
  slug: string;
  title: LocalText;
  seed: number;
  nodes?: number;
  timeBudgetMs: number;
  /** The set-up recorded in the builder: commands and faults that build the starting cluster. */
  setup: LessonAction[];
  steps: AuthoredStep[];
}
