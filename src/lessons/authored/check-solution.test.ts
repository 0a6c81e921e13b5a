import { describe, expect, it } from 'vitest';
import { checkSolution } from './check-solution';
import { twoStepLesson } from './fixtures';

describe('checkSolution (the publish gate)', () => {
  it('passes the two-step lesson: scale to 4, then survive a pod kill', () => {
    const r = checkSolution(twoStepLesson());
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    expect(r.steps.map((s) => s.passed)).toEqual([true, true]);
  });

  it('refuses a solution that never reaches its goal and says which goal and when', () => {
    const lesson = twoStepLesson();
    lesson.steps[0].solution = [{ kubectl: 'scale deployment band --replicas=3' }];
    const r = checkSolution(lesson);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe(
        'Step 1 ("scale"): the goal "4 Ready pods labelled app=band" was not reached: it was still not met at 180 s of the 180 s budget.',
      );
    }
  });

  it('reports a failing solution command', () => {
    const lesson = twoStepLesson();
    lesson.steps[1].solution = [{ kubectl: 'delete pod nobody' }];
    const r = checkSolution(lesson);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatch(/^Step 2 \("survive"\).*The solution said: Error from server \(NotFound\): pods "nobody" not found$/);
  });

  it('gives up after its wall-clock budget', () => {
    const lesson = twoStepLesson();
    lesson.steps[0].solution = [];
    let wall = 0;
    const r = checkSolution(lesson, { wallNow: () => (wall += 1_000), wallBudgetMs: 5_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('the check took longer than 5 s of real time');
    // Says nothing about the lesson: a learner's page opens it anyway (boot.ts).
    if (!r.ok) expect(r.outOfWallTime).toBe(true);
  });

  it('reports a broken set-up', () => {
    const lesson = twoStepLesson();
    lesson.setup = [{ kubectl: 'create deployment' }];
    const r = checkSolution(lesson);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^The set-up failed: /);
    if (!r.ok) expect(r.outOfWallTime).toBeUndefined();
  });
});
