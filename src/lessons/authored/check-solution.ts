// The publish gate: plays an authored lesson's set-up and recorded solutions headlessly on a fresh
// engine (same seed, so deterministic) and says which goal failed and when. The builder refuses
// to publish unless this passes, and a learner's page opening a lesson link runs it too (boot.ts:
// a link may have been edited by hand), refusing the lesson unless only real time ran out. Bounded by the lesson's virtual time budget and
// by a wall-clock budget (5 s, as a share link's replay), so a hostile lesson cannot freeze a tab.
import { createCluster } from '../../engine/index';
import { runSetup } from '../cluster-actions';
import { describeGoal } from '../goal-text';
import { type Advance, playSteps, type StepReplay } from '../replay';
import { CHECK_WALL_BUDGET_MS } from './limits';
import { localise } from './localise';
import type { AuthoredLesson } from './types';

export type SolutionCheck =
  | { ok: true; steps: StepReplay[]; tookMs: number }
  /** `outOfWallTime`: the check gave up on real time, so it says nothing about the lesson itself. */
  | { ok: false; error: string; steps: StepReplay[]; outOfWallTime?: true };

export interface CheckOptions {
  /** Wall clock in ms (performance.now in the page); injected so the lessons folder stays clock-free. */
  wallNow?: () => number;
  wallBudgetMs?: number;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export function checkSolution(authored: AuthoredLesson, opts: CheckOptions = {}): SolutionCheck {
  const lesson = localise(authored);
  const cluster = createCluster({ seed: lesson.seed, nodes: lesson.nodes });
  const setupErrors = runSetup(cluster, lesson).flatMap((r) => (r.exitCode === 0 ? [] : [r.stderr.trim()]));
  if (setupErrors.length) return { ok: false, error: `The set-up failed: ${setupErrors[0]}`, steps: [] };
  const start = cluster.now();
  const deadline = start + lesson.timeBudgetMs;
  const wallNow = opts.wallNow;
  const wallStart = wallNow?.() ?? 0;
  const wallBudget = opts.wallBudgetMs ?? CHECK_WALL_BUDGET_MS;
  let outOfWall = false;
  const advance: Advance = (ms) => {
    if (wallNow && wallNow() - wallStart > wallBudget) {
      outOfWall = true;
      return false;
    }
    cluster.advance(ms);
    return true;
  };
  const steps = playSteps(cluster, advance, lesson, { deadline });
  const last = steps[steps.length - 1];
  if (last && !last.passed) {
    const index = steps.length - 1;
    const goal = describeGoal(lesson.steps[index].goal);
    const at = seconds(cluster.now() - start);
    const why = outOfWall
      ? `the check took longer than ${seconds(wallBudget)} of real time`
      : `it was still not met at ${at} of the ${seconds(lesson.timeBudgetMs)} budget`;
    const errors = last.errors.length ? ` The solution said: ${last.errors[0].trim()}` : '';
    const error = `Step ${index + 1} ("${last.step}"): the goal "${goal}" was not reached: ${why}.${errors}`;
    return { ok: false, error, steps, ...(outOfWall ? { outOfWallTime: true as const } : {}) };
  }
  return { ok: true, steps, tookMs: cluster.now() - start };
}
