// The lesson panel's view model, derived purely from the machine's state value and context, so
// the panel renders plain data and the derivation is unit-tested without React or a cluster.
import { t } from '../../i18n/catalogue';
import type { ChallengeScore } from '../../lessons/challenge-score';
import { type StarReason, starReasons } from '../../lessons/challenge-display';
import type { LessonContext } from '../../lessons/lesson-machine';
import type { Lesson, Prediction } from '../../lessons/types';

/** curtainCall: a challenge's steps are done and its scoring window is still open. */
export type LessonPhase = 'intro' | 'predicting' | 'awaitingGoal' | 'stepComplete' | 'curtainCall' | 'complete';

/** A challenge's result (availability 0–1) as the machine keeps it. */
export type LessonScore = ChallengeScore;

export interface LessonView {
  slug: string;
  title: string;
  /** 0-based. */
  stepIndex: number;
  stepCount: number;
  stepId: string;
  phase: LessonPhase;
  narration: string;
  prediction?: Omit<Prediction, 'answer'>;
  /** The option the learner chose for this step's prediction, and the right one, once checked. */
  chosen?: number;
  correct?: number;
  /** Hints revealed so far in this step, and whether another is left. */
  hints: string[];
  hintsLeft: number;
  canHint: boolean;
  canShowMe: boolean;
  shownSolution: boolean;
  canNext: boolean;
  goalText: string;
  goalMet: boolean;
  challenge: boolean;
  score?: LessonScore;
  /** What earned or cost each of a challenge's stars (with its score). */
  stars?: StarReason[];
  /** A short message about the learner's last request (e.g. why Show me could not play). */
  note?: string;
  /** "Show me" is waiting for something to act on (shown in the goal status). */
  waiting?: string;
  /** Saved progress to offer: "Continue from step <resume + 1>" (0-based); no step runs until chosen. */
  resume?: number;
}

const PHASES: readonly LessonPhase[] = ['intro', 'predicting', 'awaitingGoal', 'stepComplete', 'curtainCall', 'complete'];

type ViewContext = Pick<LessonContext, 'stepIndex' | 'answers' | 'hintsShown' | 'shownSolution' | 'score'>;

export function viewOf(lesson: Lesson, value: string, context: ViewContext, goalText: string): LessonView {
  // 'holding' is transient (always-transition); anything unknown reads as the step's start.
  const phase: LessonPhase = PHASES.includes(value as LessonPhase) ? (value as LessonPhase) : 'intro';
  const step = lesson.steps[context.stepIndex];
  const hints = step.hints.slice(0, context.hintsShown);
  const predict = step.predict;
  return {
    slug: lesson.slug,
    title: lesson.title,
    stepIndex: context.stepIndex,
    stepCount: lesson.steps.length,
    stepId: step.id,
    phase,
    narration: step.narration,
    prediction: predict && { question: predict.question, options: predict.options, explain: predict.explain },
    chosen: context.answers[step.id],
    correct: predict && context.answers[step.id] !== undefined ? predict.answer : undefined,
    hints,
    hintsLeft: step.hints.length - hints.length,
    // While predicting, Hint stays pressable: it says why the hints wait (lesson-host.ts HINT_AFTER_PREDICTION).
    canHint: (phase === 'awaitingGoal' || phase === 'predicting') && hints.length < step.hints.length,
    canShowMe: phase === 'awaitingGoal' && step.solution.length > 0,
    shownSolution: context.shownSolution,
    canNext: phase === 'stepComplete',
    goalText,
    goalMet: phase === 'stepComplete' || phase === 'curtainCall' || phase === 'complete',
    challenge: lesson.challenge !== undefined,
    ...(context.score ? { score: context.score } : {}),
    ...(context.score && lesson.challenge ? { stars: starReasons(lesson.challenge, context.score) } : {}),
  };
}

/** "Step 2 of 5". */
export function stepLabel(view: Pick<LessonView, 'stepIndex' | 'stepCount'>): string {
  return t('lesson.stepOf', 'Step {step} of {count}', { step: view.stepIndex + 1, count: view.stepCount });
}

/** The progress store keeps availability as a percentage with one decimal (floored, like the panel). */
export function progressScore(score: LessonScore | undefined): { availability: number; commands: number } | undefined {
  // A share from 0 to 1, as src/lessons/progress.ts validates it on load and import.
  return score && { availability: score.availability, commands: score.commands };
}
