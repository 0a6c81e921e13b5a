import { describe, expect, it } from 'vitest';
import { selfHealing } from '../../lessons/content/self-healing';
import { fakeSession } from './fake-session';
import { createLessonHost } from './lesson-host';

function advanceUntil(s: ReturnType<typeof fakeSession>, check: () => boolean, maxMs = 120_000): void {
  for (let t = 0; t < maxMs && !check(); t += 1_000) s.advance(1_000);
}

describe('createLessonHost on a real cluster (self-healing)', () => {
  it('walks every step: goal, prediction, hint, show me, next, complete', () => {
    const session = fakeSession(selfHealing);
    const steps: number[] = [];
    const completions: unknown[] = [];
    const host = createLessonHost({ session, lesson: selfHealing, onStep: (s) => steps.push(s), onComplete: (s) => completions.push(s) });

    let v = host.view();
    expect([v.stepIndex, v.phase, v.goalMet, v.canNext, v.canShowMe]).toEqual([0, 'awaitingGoal', false, false, false]);
    expect(steps).toEqual([0]);

    advanceUntil(session, () => host.view().goalMet);
    v = host.view();
    expect([v.phase, v.canNext]).toEqual(['stepComplete', true]);

    host.next();
    v = host.view();
    expect([v.stepIndex, v.phase, v.prediction?.question, v.canShowMe]).toEqual([
      1,
      'predicting',
      'You delete one of the three pods. What will the ReplicaSet do?',
      false,
    ]);
    host.answer(0);
    v = host.view();
    expect([v.phase, v.chosen, v.correct, v.canShowMe, v.canHint]).toEqual(['awaitingGoal', 0, 1, true, true]);
    host.hint();
    expect(host.view().hints).toEqual(['kubectl get pods -l app=band, then kubectl delete pod <name>']);

    host.showMe();
    const last = session.performed.at(-1)!;
    expect(last.origin).toBe('lesson');
    expect('kubectl' in last.command && last.command.kubectl).toMatch(/^delete pod band-[a-z0-9]+-[a-z0-9]{5}$/);
    expect(host.view().shownSolution).toBe(true);
    advanceUntil(session, () => host.view().goalMet);
    host.next();
    expect(host.view().stepIndex).toBe(2);
    advanceUntil(session, () => host.view().goalMet);
    expect(host.view().phase).toBe('stepComplete');
    host.next();
    expect(host.view().phase).toBe('complete');
    expect(steps).toEqual([0, 1, 2]);
    expect(completions).toEqual([undefined]);
    host.dispose();
  });

  it('a reset (time back to 0) starts the lesson again at step 1', () => {
    const session = fakeSession(selfHealing);
    const host = createLessonHost({ session, lesson: selfHealing });
    advanceUntil(session, () => host.view().goalMet);
    host.next();
    expect(host.view().stepIndex).toBe(1);
    session.reset();
    expect([host.view().stepIndex, host.view().goalMet]).toEqual([0, false]);
    host.dispose();
  });

  it('Show me with no Ready pod to act on says so instead of doing nothing', () => {
    const session = fakeSession(selfHealing);
    const host = createLessonHost({ session, lesson: selfHealing });
    advanceUntil(session, () => host.view().goalMet);
    host.next();
    host.answer(1);
    session.perform({ kubectl: 'scale deployment band --replicas=0' }, 'learner');
    session.advance(1_000);
    const before = session.performed.length;
    host.showMe();
    expect(host.view().note).toBe('No Ready pod matches app=band yet, so there is nothing to show. Let time run, then try again.');
    expect([session.performed.length, host.view().shownSolution]).toEqual([before, false]);
    session.perform({ kubectl: 'scale deployment band --replicas=3' }, 'learner');
    // Scaling to 0 and back deleted and replaced pods: the goal is met, and the note goes with the phase.
    advanceUntil(session, () => host.view().goalMet, 60_000);
    expect([host.view().phase, host.view().note]).toEqual(['stepComplete', undefined]);
    expect(session.learnerCommands()).toBe(2);
    host.dispose();
  });

  it('notifies subscribers and stops after dispose', () => {
    const session = fakeSession(selfHealing);
    const host = createLessonHost({ session, lesson: selfHealing });
    let calls = 0;
    host.subscribe(() => {
      calls += 1;
    });
    session.advance(1_000);
    expect(calls).toBeGreaterThan(0);
    host.dispose();
    const before = calls;
    session.advance(1_000);
    expect(calls).toBe(before);
  });
});
