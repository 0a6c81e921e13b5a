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

describe.each(['meet-the-band', 'mechanics', 'scheduling', 'crash-loop', 'node-failure'])('lesson A %s authoring rules', (slug) => {
  const lesson = lessons.find((l) => l.slug === slug)!;
  it('has 3–8 steps, ≥ 2 hints each, short narration, and at least one prediction', () => {
    expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
    expect(lesson.steps.length).toBeLessThanOrEqual(8);
    for (const s of lesson.steps) {
      expect([s.id, s.hints.length >= 2]).toEqual([s.id, true]);
      expect([s.id, s.narration.length <= 320]).toEqual([s.id, true]);
    }
    expect(lesson.steps.some((s) => s.predict)).toBe(true);
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

  // Lesson A: the step where the learner acts never passes on its own. Earlier steps only wait,
  // so they pass; the replay stops at the first step that does not.
  it.each([
    ['meet-the-band', ['orchestration', 'the-stages', 'the-podium', 'musicians'], 'ask-for-more'],
    ['mechanics', ['one-player'], 'follow-a-request'],
    ['scheduling', ['seated'], 'soloist-waits'],
    ['crash-loop', ['keeps-leaving', 'back-off'], 'a-real-part'],
    ['node-failure', ['full-house'], 'lights-out'],
  ])('%s: %s pass by waiting, then the learner must act', (slug, waits, acts) => {
    const lesson = lessons.find((l) => l.slug === slug)!;
    const { steps } = replayLesson({ ...lesson, timeBudgetMs: 4 * 60_000 }, { withoutSolution: true });
    expect(steps.map((s) => [s.step, s.passed])).toEqual([...waits.map((w) => [w, true]), [acts, false]]);
  });

  it('scheduling: cordoning alone is not enough; a new pod must be placed elsewhere', () => {
    const lesson = lessons.find((l) => l.slug === 'scheduling')!;
    const steps = lesson.steps.map((s) => (s.id === 'cordon' ? { ...s, solution: s.solution.slice(0, 1) } : s));
    const result = replayLesson({ ...lesson, steps, timeBudgetMs: 3 * 60_000 });
    expect(result.steps.map((s) => [s.step, s.passed])).toEqual([
      ['seated', true],
      ['soloist-waits', true],
      ['make-room', true],
      ['cordon', false],
    ]);
  });

  it('node-failure: the dark stage is tainted unreachable and its pod replaced elsewhere (real messages)', () => {
    const lesson = lessons.find((l) => l.slug === 'node-failure')!;
    const { cluster, steps } = replayLesson(lesson, { steps: 4 });
    expect(steps.every((s) => s.passed)).toBe(true);
    // NotReady after the 50 s grace period (plus the 5 s monitor period at most), not before.
    const lightsOut = steps.find((s) => s.step === 'lights-out')!;
    expect(lightsOut.tookMs).toBeGreaterThanOrEqual(50_000);
    expect(lightsOut.tookMs).toBeLessThanOrEqual(60_000);
    // Eviction waits for the 300 s toleration.
    expect(steps.find((s) => s.step === 'evicted')!.tookMs).toBeGreaterThanOrEqual(295_000);
    expect(cluster.kubectl('get nodes node-2').stdout).toContain('node-2   NotReady   <none>');
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
