// Headless replay of a lesson's solution on the virtual clock: the check behind lessons.test.ts
// and challenges.test.ts. For each step: run its start injections, play its solution, then advance
// time in small slices (running timed injections and a challenge's storm) until the goal holds.
// A challenge then plays on until its scoring window closes and is scored.
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
import { dueInjections, runAction, runSetup, type LessonCluster } from './cluster-actions';
import { emptyMemory, evaluateGoal, type GoalMemory, observe } from './goals';
import type { Lesson } from './types';

export interface StepReplay {
  step: string;
  passed: boolean;
  /** Virtual ms from step start until the goal held. */
  tookMs: number;
  errors: string[];
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
  const spec = lesson.challenge;
  let memory: GoalMemory = emptyMemory();
  let tally: ChallengeTally | undefined;
  let commands = 0;
  const stop = cluster.watch(
    (e) => {
      memory = observe(memory, e);
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
  const results: StepReplay[] = [];
  const stormErrors: string[] = [];
  try {
    for (const [index, step] of lesson.steps.slice(0, opts.steps).entries()) {
      memory = emptyMemory();
      const start = cluster.now();
      if (spec && !tally && index >= curtainStep(lesson)) tally = startTally(start);
      const done: number[] = [];
      const errs: string[] = [];
      const run = (i: number) => {
        const r = runAction(cluster, step.inject![i].action);
        if (r.exitCode !== 0) errs.push(r.stderr);
        done.push(i);
      };
      dueInjections(step.inject, 0, done).forEach(run);
      storm(errs);
      if (!opts.withoutSolution) {
        for (const a of step.solution) {
          const r = runAction(cluster, a);
          commands++;
          if (r.exitCode !== 0) errs.push(r.stderr);
        }
      }
      let passed = evaluateGoal(step.goal, cluster, memory);
      while (!passed && cluster.now() < deadline && !(spec && tally && windowOver(spec, tally, cluster.now()))) {
        cluster.advance(Math.min(slice, deadline - cluster.now()));
        dueInjections(step.inject, cluster.now() - start, done).forEach(run);
        storm(errs);
        passed = evaluateGoal(step.goal, cluster, memory);
      }
      results.push({ step: step.id, passed, tookMs: cluster.now() - start, errors: errs });
      if (!passed) break;
    }
    // The show goes on until the challenge's window closes.
    while (spec && tally && !windowOver(spec, tally, cluster.now()) && cluster.now() < deadline) {
      cluster.advance(Math.min(slice, deadline - cluster.now()));
      storm(stormErrors);
    }
  } finally {
    stop();
  }
  if (stormErrors.length && results.length) results[results.length - 1].errors.push(...stormErrors);
  const challenge = spec && tally ? scoreChallenge(spec, tally, commands, windowOver(spec, tally, cluster.now())) : undefined;
  return { cluster, steps: results, challenge };
}
