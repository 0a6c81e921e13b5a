// Headless replay of a lesson's solution on the virtual clock: the check behind lessons.test.ts,
// and usable by a future "record"/authoring tool. For each step: run its start injections, play
// its solution, then advance time in small slices (running timed injections) until the goal holds.
import { createCluster } from '../engine/index';
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
  /** Skip the steps' solutions (to check a goal does not pass on its own). */
  withoutSolution?: boolean;
  /** Stop after this many steps. */
  steps?: number;
}

export function replayLesson(lesson: Lesson, opts: ReplayOptions = {}): { cluster: LessonCluster; steps: StepReplay[] } {
  const slice = opts.sliceMs ?? 500;
  const cluster = createCluster({ seed: lesson.seed, nodes: lesson.nodes });
  const errors = runSetup(cluster, lesson).flatMap((r) => (r.exitCode === 0 ? [] : [r.stderr]));
  if (errors.length) throw new Error(`${lesson.slug}: setup failed: ${errors.join('')}`);
  const deadline = cluster.now() + lesson.timeBudgetMs;
  let memory: GoalMemory = emptyMemory();
  const stop = cluster.watch((e) => {
    memory = observe(memory, e);
  });
  const results: StepReplay[] = [];
  try {
    for (const step of lesson.steps.slice(0, opts.steps)) {
      memory = emptyMemory();
      const start = cluster.now();
      const done: number[] = [];
      const errs: string[] = [];
      const run = (i: number) => {
        const r = runAction(cluster, step.inject![i].action);
        if (r.exitCode !== 0) errs.push(r.stderr);
        done.push(i);
      };
      dueInjections(step.inject, 0, done).forEach(run);
      if (!opts.withoutSolution) {
        for (const a of step.solution) {
          const r = runAction(cluster, a);
          if (r.exitCode !== 0) errs.push(r.stderr);
        }
      }
      let passed = evaluateGoal(step.goal, cluster, memory);
      while (!passed && cluster.now() < deadline) {
        cluster.advance(Math.min(slice, deadline - cluster.now()));
        dueInjections(step.inject, cluster.now() - start, done).forEach(run);
        passed = evaluateGoal(step.goal, cluster, memory);
      }
      results.push({ step: step.id, passed, tookMs: cluster.now() - start, errors: errs });
      if (!passed) break;
    }
  } finally {
    stop();
  }
  return { cluster, steps: results };
}
