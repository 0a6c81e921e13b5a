// Every step that ships a solution needs the learner: replayed with all earlier solutions but
// not its own, it must not pass within the whole lesson's time budget. (A step with an empty
// solution is one where waiting is the point.) Challenges are left out: their goals are about
// keeping the show running, which a storm can leave true for a while without any action.
import { describe, expect, it } from 'vitest';
import { lessons } from './registry';
import { replayLesson } from './replay';

const cases = lessons
  .filter((l) => !l.challenge)
  .flatMap((lesson) => lesson.steps.flatMap((step, i) => (step.solution.length > 0 ? [[lesson.slug, step.id, i] as const] : [])));

describe('every acting step needs the learner', () => {
  it.each(cases)('%s / %s does not pass without its solution', (slug, stepId, index) => {
    const lesson = lessons.find((l) => l.slug === slug)!;
    const steps = lesson.steps.slice(0, index + 1).map((s, j) => (j === index ? { ...s, solution: [] } : s));
    const { steps: result } = replayLesson({ ...lesson, steps });
    expect(result.map((r) => r.passed)).toEqual([...Array(index).fill(true), false]);
    expect(result.at(-1)?.step).toBe(stepId);
  });
});
