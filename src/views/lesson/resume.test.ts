// "Continue from step n" on the app's real session: the rebuilt moment is the headless replay's
// (same pods, same names), the machine opens at the saved step with its goal not yet met, and a
// step that cannot be rebuilt in time says so and starts at step 1.
import { describe, expect, it } from 'vitest';
import { runSetup } from '../../lessons/cluster-actions';
import { mechanics } from '../../lessons/content/mechanics';
import { selfHealing } from '../../lessons/content/self-healing';
import { lessons } from '../../lessons/registry';
import { replayLesson } from '../../lessons/replay';
import type { Lesson } from '../../lessons/types';
import { createSession } from '../session/session';
import { lessonCluster } from './lesson-cluster';
import { createLessonHost } from './lesson-host';
import { resumableStep } from './resume';

function lessonSession(lesson: Lesson) {
  return createSession({
    seed: lesson.seed,
    ...(lesson.nodes ? { nodes: lesson.nodes } : {}),
    setup: (perform, cluster) => void runSetup(lessonCluster({ perform, cluster }), lesson),
  });
}

describe('resumableStep', () => {
  const challenge = lessons.find((l) => l.slug === 'challenge-bad-rollout')!;
  it.each([
    ['no record', mechanics, undefined, undefined],
    ['step 0', mechanics, { step: 0, completed: false }, undefined],
    ['completed', mechanics, { step: 2, completed: true }, undefined],
    ['mid-lesson', mechanics, { step: 2, completed: false }, 2],
    ['past the last step: the last', mechanics, { step: 40, completed: false }, 3],
    ['a challenge at its curtain', challenge, { step: 1, completed: false }, 1],
    ['a challenge past its curtain', challenge, { step: 2, completed: false }, undefined],
  ] as const)('%s', (_name, lesson, saved, want) => {
    expect(resumableStep(lesson, saved)).toBe(want);
  });
});

describe('Continue from step n, through the session', () => {
  it('offers the saved step and runs nothing until the learner chooses', () => {
    const session = lessonSession(mechanics);
    const steps: number[] = [];
    const host = createLessonHost({ session, lesson: mechanics, resumeStep: 2, onStep: (s) => steps.push(s) });
    session.advance(5_000);
    const v = host.view();
    expect([v.resume, v.stepIndex, v.canNext, v.canShowMe, v.canHint, steps]).toEqual([2, 0, false, false, false, []]);
    host.dispose();
  });

  it('mechanics: rebuilds steps 1–2 exactly as the headless replay, then opens step 3 with its goal not met', () => {
    const session = lessonSession(mechanics);
    session.advance(12_345); // the page played a while before the learner chose
    const steps: number[] = [];
    const host = createLessonHost({ session, lesson: mechanics, resumeStep: 2, onStep: (s) => steps.push(s) });
    host.continueSaved();
    const v = host.view();
    expect([v.resume, v.stepIndex, v.stepId, v.phase, v.goalMet, v.note]).toEqual([
      undefined,
      2,
      'crew-layers',
      'predicting',
      false,
      undefined,
    ]);
    expect(steps).toEqual([2]);
    const headless = replayLesson(mechanics, { steps: 2 });
    expect(session.cluster().now()).toBe(headless.cluster.now());
    expect(session.read('get pods -o wide').stdout).toBe(headless.cluster.kubectl('get pods -o wide').stdout);
    expect(session.read('get pods').stdout).toMatch(/^NAME +READY.*\n(band-\S+ +1\/1 +Running.*\n){2}$/);
    // Recorded as the lesson's commands: the timeline (and a share link) can rebuild it too.
    const log = session.shareState().log.flatMap((e) => (e.kind === 'kubectl' ? [e.line] : []));
    expect(log).toEqual([...mechanics.setup.map((a) => ('kubectl' in a ? a.kubectl : '')), 'scale deployment band --replicas=2']);
    expect(session.learnerCommands()).toBe(0);
    // The machine runs from there: the step's own goal still needs the learner.
    host.answer(1);
    session.advance(30_000);
    expect(host.view().goalMet).toBe(false);
    host.showMe();
    for (let t = 0; t < 60_000 && !host.view().goalMet; t += 1_000) session.advance(1_000);
    expect(host.view().phase).toBe('stepComplete');
    host.dispose();
  });

  it.each(lessons.filter((l) => !l.challenge).map((l) => [l.slug, l] as const))('%s: rebuilds up to its last step', (_slug, lesson) => {
    const session = lessonSession(lesson);
    const last = lesson.steps.length - 1;
    const host = createLessonHost({ session, lesson, resumeStep: last });
    host.continueSaved();
    expect([host.view().stepIndex, host.view().note]).toEqual([last, undefined]);
    host.dispose();
  });

  it('a step that cannot be rebuilt within the time budget: says so, and starts at step 1 on a fresh cluster', () => {
    const lesson = { ...selfHealing, timeBudgetMs: 2_000 };
    const session = lessonSession(lesson);
    const host = createLessonHost({ session, lesson, resumeStep: 2 });
    host.continueSaved();
    const v = host.view();
    expect([v.stepIndex, v.resume, v.note]).toEqual([
      0,
      undefined,
      'Step 1 could not be rebuilt within the lesson’s time budget, so the lesson starts again at step 1.',
    ]);
    expect(session.cluster().now()).toBe(0);
    host.dispose();
  });

  it('Start over opens step 1 where the cluster is; a reset while offering does the same', () => {
    const session = lessonSession(selfHealing);
    const steps: number[] = [];
    const host = createLessonHost({ session, lesson: selfHealing, resumeStep: 1, onStep: (s) => steps.push(s) });
    session.advance(3_000);
    host.startOver();
    expect([host.view().stepIndex, host.view().resume, session.cluster().now(), steps]).toEqual([0, undefined, 3_000, [0]]);
    host.dispose();

    const again = lessonSession(selfHealing);
    const other = createLessonHost({ session: again, lesson: selfHealing, resumeStep: 1 });
    again.advance(3_000);
    again.actions.reset();
    expect([other.view().stepIndex, other.view().resume]).toEqual([0, undefined]);
    other.dispose();
  });
});
