import { describe, expect, it } from 'vitest';
import { lessons } from './registry';
import { replayLesson } from './replay';

describe.each(lessons.map((l) => [l.slug, l] as const))('lesson %s', (_slug, lesson) => {
  it('replays its solution: every goal passes within the time budget, with no command errors', () => {
    const { steps } = replayLesson(lesson);
    expect(steps.map((s) => [s.step, s.passed, s.errors])).toEqual(lesson.steps.map((s) => [s.id, true, []]));
    const total = steps.reduce((t, s) => t + s.tookMs, 0);
    expect(total).toBeLessThanOrEqual(lesson.timeBudgetMs);
  });

  it('has unique step ids, a hint per step, and a valid predict answer', () => {
    expect(new Set(lesson.steps.map((s) => s.id)).size).toBe(lesson.steps.length);
    for (const s of lesson.steps) {
      expect(s.hints.length).toBeGreaterThan(0);
      if (s.predict) expect(s.predict.options[s.predict.answer]).toBeDefined();
    }
  });
});

describe('goals need the learner', () => {
  it('self-healing: "a pod was replaced" does not pass without deleting one', () => {
    const lesson = lessons.find((l) => l.slug === 'self-healing')!;
    const { steps } = replayLesson({ ...lesson, timeBudgetMs: 3 * 60_000 }, { withoutSolution: true, steps: 2 });
    expect(steps.map((s) => [s.step, s.passed])).toEqual([
      ['take-seats', true],
      ['remove-a-player', false],
    ]);
  });

  it('scaling: five pods do not appear without scaling', () => {
    const lesson = lessons.find((l) => l.slug === 'scaling')!;
    const { steps } = replayLesson({ ...lesson, timeBudgetMs: 2 * 60_000 }, { withoutSolution: true });
    expect(steps.map((s) => s.passed)).toEqual([true, false]);
  });

  it('rollouts: a bound tighter than maxUnavailable (0 instead of 1) is not met by the same rollout', () => {
    const lesson = lessons.find((l) => l.slug === 'rollouts')!;
    const steps = lesson.steps.map((s) =>
      s.id === 'new-arrangement'
        ? { ...s, goal: { kind: 'deploymentRevision' as const, name: 'band', revision: 2, maxUnavailableSeen: 0 } }
        : s,
    );
    const result = replayLesson({ ...lesson, steps, timeBudgetMs: 2 * 60_000 }, { steps: 2 });
    expect(result.steps.map((s) => [s.step, s.passed])).toEqual([
      ['quartet', true],
      ['new-arrangement', false],
    ]);
  });
});
