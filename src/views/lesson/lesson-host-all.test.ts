// Every lesson through the host the panel uses (answer, Show me, time, Next) on a real cluster:
// the same path as e2e/lessons.spec.ts, minus the browser, so a host/proxy gap shows up here first.
// Show me is pressed once per step: when it has no Ready pod yet, the host waits for one.
import { describe, expect, it } from 'vitest';
import { lessons } from '../../lessons/registry';
import { fakeSession } from './fake-session';
import { createLessonHost } from './lesson-host';

describe.each(lessons.map((l) => [l.slug, l] as const))('%s through the host', (_slug, lesson) => {
  it('completes', () => {
    const session = fakeSession(lesson);
    const host = createLessonHost({ session, lesson });
    const stuck: string[] = [];
    for (let guard = 0; guard < lesson.steps.length + 1 && host.view().phase !== 'complete'; guard++) {
      const v = host.view();
      if (v.phase === 'curtainCall') break;
      if (v.phase === 'predicting') host.answer(0);
      if (host.view().canShowMe) host.showMe();
      let ran = 0;
      while (!host.view().goalMet && ran < lesson.timeBudgetMs + 600_000) {
        session.advance(1_000);
        ran += 1_000;
      }
      if (!host.view().goalMet) stuck.push(`step ${v.stepIndex + 1} (${v.stepId}): ${v.goalText}`);
      if (host.view().phase === 'stepComplete') host.next();
      else break;
    }
    for (let ran = 0; host.view().phase === 'curtainCall' && ran < 3_600_000; ran += 1_000) session.advance(1_000);
    expect(stuck).toEqual([]);
    expect(host.view().phase).toBe('complete');
    host.dispose();
  });
});
