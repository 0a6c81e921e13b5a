import { describe, expect, it } from 'vitest';
import { challengeBadRollout } from '../../lessons/content/challenges/bad-rollout';
import { selfHealing } from '../../lessons/content/self-healing';
import { progressScore, stepLabel, viewOf } from './lesson-view';

const ctx = (p: Partial<{ stepIndex: number; answers: Record<string, number>; hintsShown: number; shownSolution: boolean }> = {}) => ({
  stepIndex: 0,
  answers: {},
  hintsShown: 0,
  shownSolution: false,
  ...p,
});

describe('viewOf', () => {
  it('a step waiting on its goal', () => {
    const v = viewOf(selfHealing, 'awaitingGoal', ctx(), '3 Ready pods');
    expect(v).toMatchObject({
      stepIndex: 0,
      stepCount: 3,
      phase: 'awaitingGoal',
      goalMet: false,
      canNext: false,
      canShowMe: false,
      canHint: true,
    });
    expect(v.prediction).toBeUndefined();
    expect(stepLabel(v)).toBe('Step 1 of 3');
  });

  it('a prediction hides the answer until it is checked', () => {
    const before = viewOf(selfHealing, 'predicting', ctx({ stepIndex: 1 }), 'g');
    expect(before.prediction).toEqual({
      question: 'You delete one of the three pods. What will the ReplicaSet do?',
      options: ['Nothing: two pods is fine', 'Create a new pod to get back to three', 'Restart the deleted pod with the same name'],
      explain: 'A ReplicaSet compares desired and actual count; it creates a new pod, with a new name and uid.',
    });
    // Hint stays pressable while predicting: it says why the hints wait (lesson-host.ts).
    expect([before.chosen, before.correct, before.canHint, before.canShowMe]).toEqual([undefined, undefined, true, false]);
    const after = viewOf(selfHealing, 'awaitingGoal', ctx({ stepIndex: 1, answers: { 'remove-a-player': 2 } }), 'g');
    expect([after.chosen, after.correct, after.canShowMe]).toEqual([2, 1, true]);
  });

  it('hints run out; Next only once the goal is met', () => {
    const v = viewOf(selfHealing, 'awaitingGoal', ctx({ hintsShown: 2 }), 'g');
    expect([v.hints.length, v.hintsLeft, v.canHint]).toEqual([2, 0, false]);
    const done = viewOf(selfHealing, 'stepComplete', ctx(), 'g');
    expect([done.goalMet, done.canNext, done.canHint]).toEqual([true, true, false]);
  });

  it('passes a challenge score through; curtain call counts as goal met', () => {
    const score = { availability: 0.995, served: 199, requests: 200, commands: 4, passed: true, stars: 2 as const, over: false };
    const v = viewOf(selfHealing, 'curtainCall', { ...ctx(), score }, 'g');
    expect([v.score, v.goalMet, v.canNext, v.challenge]).toEqual([score, true, false, false]);
    expect(viewOf(selfHealing, 'complete', ctx(), 'g').score).toBeUndefined();
    expect(viewOf(selfHealing, 'holding', ctx(), 'g').phase).toBe('intro');
  });

  it("says what earned or cost each of a challenge's stars (issue 12)", () => {
    const score = { availability: 0.995, served: 199, requests: 200, commands: 4, passed: true, stars: 1 as const, over: true };
    const v = viewOf(challengeBadRollout, 'complete', { ...ctx(), score }, 'g');
    expect(v.stars?.map((s) => s.text)).toEqual([
      '★ 1: 99.5 % of requests served (99.0 % needed)',
      '☆ 2: 4 commands, more than 2',
      '☆ 3: 4 commands, more than 1',
    ]);
  });
});

describe('progressScore', () => {
  it.each([1, 0.99994, 0.5])('keeps availability %s as a share from 0 to 1 (what progress.ts accepts)', (a) =>
    expect(progressScore({ availability: a, served: 0, requests: 0, commands: 3, passed: true, stars: 3, over: true })).toEqual({
      availability: a,
      commands: 3,
    }),
  );
  it('no score, no record', () => expect(progressScore(undefined)).toBeUndefined());
});
