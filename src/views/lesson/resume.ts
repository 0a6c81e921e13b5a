// "Continue from step n": progress keeps the step a learner reached, but a fresh cluster lacks
// what the earlier steps built. This rebuilds that moment through the session (reset, then each
// earlier step's injections, solution and time until its goal holds: replay.ts's step-runner),
// so the console, the timeline and share links record it as lesson commands.
import { curtainStep } from '../../lessons/challenge-display';
import type { LessonProgress } from '../../lessons/progress';
import { playSteps } from '../../lessons/replay';
import type { Lesson } from '../../lessons/types';
import type { Session, SessionActions } from '../session/types';
import { lessonCluster } from './lesson-cluster';

export type RebuildSession = Pick<Session, 'perform' | 'cluster' | 'watch' | 'advance'> & { actions: Pick<SessionActions, 'reset'> };

export type RebuildResult = { ok: true } | { ok: false; message: string };

/**
 * The 0-based step to offer "Continue" at, or undefined. A challenge's scored show cannot be
 * resumed halfway (its storm and tally run from the curtain), so past its curtain it starts over.
 */
export function resumableStep(lesson: Lesson, saved: LessonProgress | undefined): number | undefined {
  if (!saved || saved.completed || saved.step <= 0) return undefined;
  const step = Math.min(saved.step, lesson.steps.length - 1);
  if (step <= 0) return undefined;
  if (lesson.challenge && step > curtainStep(lesson)) return undefined;
  return step;
}

/**
 * Resets the session (time 0, the lesson's set-up) and plays steps 0…step-1 as the headless
 * replay does, within the lesson's time budget. On failure the session is reset again, so the
 * lesson starts cleanly at step 1, and the message says why in plain words.
 */
export function rebuildToStep(session: RebuildSession, lesson: Lesson, step: number): RebuildResult {
  session.actions.reset();
  const cluster = lessonCluster({
    perform: (c) => session.perform(c, 'lesson'),
    cluster: () => session.cluster(),
    watch: (l, o) => session.watch(l, o),
  });
  const results = playSteps(cluster, (ms) => session.advance(ms), lesson, {
    count: step,
    deadline: cluster.now() + lesson.timeBudgetMs,
  });
  const failed = results.findIndex((r) => !r.passed);
  if (failed === -1 && results.length === step) return { ok: true };
  const at = failed === -1 ? results.length : failed;
  session.actions.reset();
  return {
    ok: false,
    message: `Step ${at + 1} could not be rebuilt within the lesson’s time budget, so the lesson starts again at step 1.`,
  };
}
