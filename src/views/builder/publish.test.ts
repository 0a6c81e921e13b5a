// The publish gate on a lesson built the way the builder builds it: the set-up is the sandbox's
// own recorded log (a real session), the steps' solutions recorded actions.
import { describe, expect, it } from 'vitest';
import type { AuthoredLesson } from '../../lessons/authored/types';
import { readLessonJson } from '../share/lesson-link';
import { createSession } from '../session/session';
import { newDraft } from './draft';
import { toInjection } from './injections';
import { publishedSnippet, publishLesson } from './publish';
import { actionsFromLog } from './record';

function sandboxDraft(): AuthoredLesson {
  const session = createSession({ seed: 11 });
  const state = session.shareState();
  const draft = newDraft(state.seed, state.nodes);
  return {
    ...draft,
    slug: 'scale-and-survive',
    title: 'Scale and survive',
    setup: actionsFromLog(state.log, []),
    steps: [
      {
        id: 'step-1',
        narration: 'Four players, please.',
        hints: ['kubectl scale'],
        inject: [],
        goal: { kind: 'readyPods', selector: 'app=nginx', count: 4 },
        solution: [{ kubectl: 'scale deployment nginx-deployment --replicas=4' }],
      },
      {
        id: 'step-2',
        narration: 'A player walks off.',
        hints: [],
        inject: [toInjection({ kind: 'killPod', target: 'app=nginx', atSeconds: 5, rps: 0 })],
        goal: { kind: 'podReplaced', selector: 'app=nginx' },
        solution: [],
      },
    ],
  };
}

const pageUrl = 'https://example.org/k8s/?build&test';

describe('publishLesson', () => {
  it('publishes a lesson whose recorded solution reaches its goals: link, JSON that loads again, snippet', async () => {
    const result = await publishLesson(sandboxDraft(), { pageUrl });
    if (!result.ok) throw new Error(result.error);
    const p = result.published;
    expect(p.link).toMatch(/^https:\/\/example\.org\/k8s\/\?lesson=scale-and-survive#lesson=1\.[A-Za-z0-9_-]+$/);
    expect(readLessonJson(p.json)).toEqual({ lesson: p.lesson });
    expect(await publishedSnippet(p, pageUrl, 'https://course.example')).toContain(
      `?lesson=scale-and-survive&amp;embed=1&amp;origin=https%3A%2F%2Fcourse.example#${p.fragment}"`,
    );
    expect(await publishedSnippet(p, pageUrl, 'not an origin')).not.toContain('origin=');
  });

  it('refuses, in plain words, a lesson whose solution never reaches the goal', async () => {
    const draft = sandboxDraft();
    draft.steps[0].solution = [{ kubectl: 'scale deployment nginx-deployment --replicas=2' }];
    const result = await publishLesson(draft, { pageUrl });
    expect(result).toEqual({
      ok: false,
      error:
        'This lesson cannot be published yet: Step 1 ("step-1"): the goal "4 Ready pods labelled app=nginx" was not reached: it was still not met at 300 s of the 300 s budget.',
    });
  });

  it('refuses a lesson the schema refuses, naming the field', async () => {
    const draft = { ...sandboxDraft(), slug: 'Not A Slug' };
    expect(await publishLesson(draft, { pageUrl })).toEqual({
      ok: false,
      error: 'This lesson cannot be published yet: slug: may hold only a-z, 0-9 and -.',
    });
  });
});
