import { describe, expect, it } from 'vitest';
import { lessons } from './registry';
import { replayLesson } from './replay';

const challenges = lessons.filter((l) => l.challenge);

describe('challenges', () => {
  it('there are at least three, each with a window inside its time budget', () => {
    expect(challenges.map((c) => c.slug)).toEqual(['challenge-node-loss', 'challenge-bad-rollout', 'challenge-crash-storm']);
    for (const c of challenges) expect(c.challenge!.windowMs).toBeLessThan(c.timeBudgetMs);
  });

  describe.each(challenges.map((c) => [c.slug, c] as const))('%s', (_slug, lesson) => {
    const spec = lesson.challenge!;
    it('its solution keeps availability at or above target, at par', () => {
      const { steps, challenge } = replayLesson(lesson);
      expect(steps.every((s) => s.passed && s.errors.length === 0)).toBe(true);
      const commands = lesson.steps.reduce((n, s) => n + s.solution.length, 0);
      expect(challenge).toMatchObject({ passed: true, over: true, commands, stars: 3 });
      expect(challenge!.availability).toBeGreaterThanOrEqual(spec.minAvailability);
      expect(challenge!.requests).toBeGreaterThan(10_000);
    });

    it('switching the audience off fails, even with the solution played', () => {
      const off = { fault: { type: 'load' as const, service: spec.service, rps: 0 } };
      const steps = lesson.steps.map((s) => (s.id === spec.startStep ? { ...s, solution: [...s.solution, off] } : s));
      const { challenge } = replayLesson({ ...lesson, steps });
      expect(challenge).toMatchObject({ passed: false, over: true, stars: 0 });
      expect(challenge!.availability).toBeLessThan(spec.minAvailability - 0.05);
    });

    it('declares the audience its set-up sends', () => {
      const load = lesson.setup.flatMap((a) =>
        'fault' in a && a.fault.type === 'load' && a.fault.service === spec.service ? [a.fault.rps] : [],
      );
      expect(load).toEqual([spec.audienceRps]);
    });

    it('doing nothing fails: availability stays below target', () => {
      const { challenge } = replayLesson(lesson, { withoutSolution: true });
      expect(challenge).toMatchObject({ passed: false, over: true, commands: 0, stars: 0 });
      expect(challenge!.availability).toBeLessThan(spec.minAvailability);
    });
  });
});
