import { describe, expect, it } from 'vitest';
import { mechanics } from '../../lessons/content/mechanics';
import { selfHealing } from '../../lessons/content/self-healing';
import type { Pod } from '../../engine/objects/types';
import { fakeSession } from './fake-session';
import { createLessonHost, HINT_AFTER_PREDICTION, SHOW_ME_WAIT_MS, WAITING_FOR_POD } from './lesson-host';

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
    // Hint before answering says why the hints wait (issue 12), and reveals none yet.
    expect(v.canHint).toBe(true);
    host.hint();
    expect([host.view().note, host.view().hints]).toEqual([HINT_AFTER_PREDICTION, []]);
    host.answer(0);
    expect(host.view().note).toBeUndefined();
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

  it('Show me with no Ready pod yet waits for one (status says so), then plays on a later tick', () => {
    const session = fakeSession(selfHealing);
    const host = createLessonHost({ session, lesson: selfHealing });
    advanceUntil(session, () => host.view().goalMet);
    host.next();
    host.answer(1);
    session.perform({ kubectl: 'scale deployment band --replicas=0' }, 'learner');
    session.advance(1_000);
    const before = session.performed.length;
    host.showMe();
    expect([host.view().waiting, host.view().note, session.performed.length, host.view().shownSolution]).toEqual([
      WAITING_FOR_POD,
      undefined,
      before,
      false,
    ]);
    session.perform({ kubectl: 'scale deployment band --replicas=3' }, 'learner');
    const anyReady = () =>
      session
        .cluster()
        .list<Pod>('Pod', 'default')
        .some((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
    let waitedMs = 0;
    let readyAt: number | undefined;
    // Ticks of 100 ms: the three pods' sandboxes take 0.6–1.4 s each (seeded draws), so the first
    // Ready pod comes a tick before the last one (with 1 s ticks all three can land in one tick,
    // and then the step's goal is met before Show me needs to play).
    while (host.view().waiting && waitedMs < SHOW_ME_WAIT_MS) {
      session.advance(100);
      waitedMs += 100;
      if (readyAt === undefined && anyReady()) readyAt = waitedMs;
    }
    // Played on the first tick with a Ready pod (nginx:1.27 is on every node already).
    expect(waitedMs).toBe(readyAt);
    expect(waitedMs).toBeLessThanOrEqual(2_000);
    const played = session.performed.slice(before + 1);
    expect(played.map((p) => p.origin)).toEqual(['lesson']);
    expect('kubectl' in played[0].command && played[0].command.kubectl).toMatch(/^delete pod band-[a-z0-9]+-[a-z0-9]{5}$/);
    expect([host.view().shownSolution, host.view().waiting]).toEqual([true, undefined]);
    advanceUntil(session, () => host.view().goalMet, 60_000);
    expect(host.view().phase).toBe('stepComplete');
    expect(session.learnerCommands()).toBe(2);
    host.dispose();
  });

  it('Show me gives up with a plain message when no Ready pod appears within the wait', () => {
    const session = fakeSession(selfHealing);
    const host = createLessonHost({ session, lesson: selfHealing });
    advanceUntil(session, () => host.view().goalMet);
    host.next();
    host.answer(1);
    session.perform({ kubectl: 'scale deployment band --replicas=0' }, 'learner');
    session.advance(1_000);
    const before = session.performed.length;
    host.showMe();
    session.advance(SHOW_ME_WAIT_MS - 1_000);
    expect([host.view().waiting, host.view().note]).toEqual([WAITING_FOR_POD, undefined]);
    session.advance(1_000);
    expect([host.view().waiting, host.view().note, session.performed.length]).toEqual([
      undefined,
      'No Ready pod matches app=band yet, so there is nothing to show. Let time run, then try again.',
      before,
    ]);
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

describe('mechanics: crew layers completes only on the new ReplicaSet’s Ready pods', () => {
  it('the goal first holds with exactly 2 Ready pods, so step 4’s Show me plays at once', () => {
    const session = fakeSession(mechanics);
    const host = createLessonHost({ session, lesson: mechanics });
    let podsWhenMet: string | undefined;
    host.subscribe(() => {
      const v = host.view();
      // The machine checks goals on every watch event, mid-advance: read the cluster right then.
      if (v.stepIndex === 2 && v.goalMet && podsWhenMet === undefined) podsWhenMet = session.cluster().kubectl('get pods').stdout;
    });
    for (let step = 0; step < 3; step++) {
      if (host.view().phase === 'predicting') host.answer(1);
      host.showMe();
      advanceUntil(session, () => host.view().goalMet);
      if (step < 2) host.next();
    }
    expect(podsWhenMet).toMatch(/^NAME +READY +STATUS.*\n(band-\S+ +1\/1 +Running +0 .*\n){2}$/);
    host.next();
    const before = session.performed.length;
    host.showMe();
    expect([host.view().waiting, host.view().shownSolution, session.performed.length]).toEqual([undefined, true, before + 1]);
    host.dispose();
  });
});
