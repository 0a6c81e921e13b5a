import { describe, expect, it } from 'vitest';
import { twoStepLesson } from '../../lessons/authored/fixtures';
import { decodeLessonLink, encodeLessonLink, packLesson, readLessonJson } from './lesson-link';

describe('lesson links', () => {
  it('round-trips a lesson through the fragment', async () => {
    const fragment = await encodeLessonLink(twoStepLesson());
    expect(fragment).toMatch(/^lesson=1\.[A-Za-z0-9_-]+$/);
    expect(await decodeLessonLink(`#${fragment}`)).toEqual({ lesson: twoStepLesson() });
  });

  it('gives plain errors for tampered links', async () => {
    expect(await decodeLessonLink('#lesson=1.%%%')).toEqual({ error: 'This lesson link is damaged: its data is not valid base64url.' });
    expect(await decodeLessonLink('#share=1.abc')).toEqual({ error: 'This lesson link is damaged: it does not start with "lesson=".' });
    expect(await decodeLessonLink(`#lesson=1.${'A'.repeat(40_000)}`)).toEqual({ error: 'This lesson link is damaged: it is too long.' });
    const bad = await packLesson({
      ...twoStepLesson(),
      steps: [{ ...twoStepLesson().steps[0], goal: { kind: 'readyPods', selector: 'app=band' } }],
    });
    expect(await decodeLessonLink(bad)).toEqual({ error: 'This lesson cannot be opened: steps[0].goal.count: is required.' });
    // A small link that unpacks past 64 kB (a zip bomb) stops at the cap.
    const bomb = await packLesson({ ...twoStepLesson(), title: ' '.repeat(1_000_000) });
    expect(bomb.length).toBeLessThan(32_000);
    expect(await decodeLessonLink(bomb)).toEqual({ error: 'This lesson cannot be opened: it is larger than 64 kB.' });
  });

  it('reads a downloaded JSON file with the same checks', () => {
    expect(readLessonJson(JSON.stringify(twoStepLesson()))).toEqual({ lesson: twoStepLesson() });
    expect(readLessonJson('{')).toEqual({ error: 'This lesson cannot be opened: it is not valid JSON.' });
  });
});
