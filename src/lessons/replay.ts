// Plays a lesson's solutions on the virtual clock. One step-runner (`runStep`, `playSteps`) works
// on any LessonCluster and any advance function, so the headless replay behind lessons.test.ts
// and challenges.test.ts and the app's "Continue from step n" (through the session) share it:
// per step, run its start injections, play its solution, then advance time in small slices
// (running timed injections and a challenge's storm) until the goal holds.
import { createCluster } from '../engine/index';
import {
  type ChallengeScore,
  type ChallengeTally,
  curtainStep,
  dueStorm,
  scoreChallenge,
  startTally,
  tallyMetrics,
  windowOver,
} from './challenge-score';
import { dueInjections, type LessonCluster, runAction, runSetup } from './cluster-actions';
import { emptyMemory, evaluateGoal, type GoalMemory, observe } from './goals';
import type { Lesson, LessonStep } from './types';

export interface StepReplay {
  step: string;
  passed: boolean;
  /** Virtual ms from step start until the goal held. */
  tookMs: number;
  errors: string[];
}

/** Moves virtual time by `ms`; returning false (the session's engine failed) stops the run. */
export type Advance = (ms: number) => boolean | undefined;

export interface StepRunOptions {
  /** Virtual ms per slice of waiting (500 in the headless replay). */
  sliceMs?: number;
  /** Virtual ms (cluster.now()) past which no step waits. */
  deadline: number;
  /** Skip the steps' solutions (to check a goal does not pass on its own, or a challenge fails). */
  withoutSolution?: boolean;
  /** Runs after the start injections and after every slice (a challenge's storm); push errors. */
  everySlice?: (errors: string[]) => void;
  /** Stops waiting early (a challenge's scoring window closed). */
  halt?: () => boolean;
  /** Called per solution action played (a challenge counts them as commands). */
  onCommand?: () => void;
}

/** One step, from its start to its goal (or the deadline). Goal memory is watched from step start. */
export function runStep(cluster: LessonCluster, advance: Advance, step: LessonStep, opts: StepRunOptions): StepReplay {
  const slice = opts.sliceMs ?? 500;
  let memory: GoalMemory = emptyMemory();
  const stop = cluster.watch(
    (e) => {
      memory = observe(memory, e);
    },
    { metrics: true },
  );
  try {
    const start = cluster.now();
    const done: number[] = [];
    const errs: string[] = [];
    const run = (i: number) => {
      const r = runAction(cluster, step.inject![i].action);
      if (r.exitCode !== 0) errs.push(r.stderr);
      done.push(i);
    };
    dueInjections(step.inject, 0, done).forEach(run);
    opts.everySlice?.(errs);
    if (!opts.withoutSolution) {
      for (const a of step.solution) {
        const r = runAction(cluster, a);
        opts.onCommand?.();
        if (r.exitCode !== 0) errs.push(r.stderr);
      }
    }
    let passed = evaluateGoal(step.goal, cluster, memory);
    while (!passed && cluster.now() < opts.deadline && !opts.halt?.()) {
      if (advance(Math.min(slice, opts.deadline - cluster.now())) === false) {
        errs.push('error: the simulation stopped\n');
        break;
      }
      dueInjections(step.inject, cluster.now() - start, done).forEach(run);
      opts.everySlice?.(errs);
      passed = evaluateGoal(step.goal, cluster, memory);
    }
    return { step: step.id, passed, tookMs: cluster.now() - start, errors: errs };
  } finally {
    stop();
  }
}

/**
 * The first `count` steps (all by default) in order, stopping at the first whose goal does not
 * hold by the deadline. `beforeStep` runs as each step begins (a challenge's curtain).
 */
export function playSteps(
  cluster: LessonCluster,
  advance: Advance,
  lesson: Lesson,
  opts: StepRunOptions & { count?: number; beforeStep?: (index: number) => void },
): StepReplay[] {
  const results: StepReplay[] = [];
  for (const [index, step] of lesson.steps.slice(0, opts.count).entries()) {
    opts.beforeStep?.(index);
    const result = runStep(cluster, advance, step, opts);
    results.push(result);
    if (!result.passed) break;
  }
  return results;
}

export interface ReplayOptions {
  sliceMs?: number;
  /** Skip the steps' solutions (to check a goal does not pass on its own, or a challenge fails). */
  withoutSolution?: boolean;
  /** Stop after this many steps. */
  steps?: number;
}

export interface LessonReplay {
  cluster: LessonCluster;
  steps: StepReplay[];
  /** For a challenge: its score, counting each solution action played as one command. */
  challenge?: ChallengeScore;
}

export function replayLesson(lesson: Lesson, opts: ReplayOptions = {}): LessonReplay {
  const slice = opts.sliceMs ?? 500;
  const cluster = createCluster({ seed: lesson.seed, nodes: lesson.nodes });
  const errors = runSetup(cluster, lesson).flatMap((r) => (r.exitCode === 0 ? [] : [r.stderr]));
  if (errors.length) throw new Error(`${lesson.slug}: setup failed: ${errors.join('')}`);
  const deadline = cluster.now() + lesson.timeBudgetMs;
  const advance: Advance = (ms) => {
    cluster.advance(ms);
    return true;
  };
  const spec = lesson.challenge;
  let tally: ChallengeTally | undefined;
  let commands = 0;
  const stopTally = cluster.watch(
    (e) => {
      if (e.type === 'METRICS' && spec && tally) tally = tallyMetrics(spec, tally, e);
    },
    { metrics: true },
  );
  const storm = (errs: string[]) => {
    if (!spec || !tally) return;
    for (const i of dueStorm(spec, tally, cluster.now())) {
      const r = runAction(cluster, spec.storm[i].action);
      if (r.exitCode !== 0) errs.push(r.stderr);
      tally = { ...tally, stormDone: [...tally.stormDone, i] };
    }
  };
  const stormErrors: string[] = [];
  let results: StepReplay[];
  try {
    results = playSteps(cluster, advance, lesson, {
      sliceMs: slice,
      deadline,
      withoutSolution: opts.withoutSolution,
      count: opts.steps,
      beforeStep: (index) => {
        if (spec && !tally && index >= curtainStep(lesson)) tally = startTally(cluster.now());
      },
      everySlice: storm,
      halt: () => !!(spec && tally && windowOver(spec, tally, cluster.now())),
      onCommand: () => {
        commands++;
      },
    });
    // The show goes on until the challenge's window closes.
    while (spec && tally && !windowOver(spec, tally, cluster.now()) && cluster.now() < deadline) {
      cluster.advance(Math.min(slice, deadline - cluster.now()));
      storm(stormErrors);
    }
  } finally {
    stopTally();
  }
  if (stormErrors.length && results.length) results[results.length - 1].errors.push(...stormErrors);
  const challenge = spec && tally ? scoreChallenge(spec, tally, commands, windowOver(spec, tally, cluster.now())) : undefined;
  return { cluster, steps: results, challenge };
}
