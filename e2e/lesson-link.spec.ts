// A teacher's lesson opened from a link (`?lesson=<label>#lesson=1.…`, src/views/share/lesson-link.ts):
// the learner plays it in the usual panel; a tampered link gets a plain error and the home page,
// and changes nothing (no lesson opened, saved progress untouched, no script run).
import type { Page } from '@playwright/test';
import { twoStepLesson } from '../src/lessons/authored/fixtures';
import { encodeLessonLink, packLesson } from '../src/views/share/lesson-link';
import { expect, test } from './fixtures';

test('a lesson from a link opens as a lesson, angle brackets in its text shown as text', async ({ page }) => {
  const lesson = { ...twoStepLesson(), title: 'Scale <pod-name> & "friends"' };
  const fragment = await encodeLessonLink(lesson);
  await page.goto(`./?lesson=scale-and-survive#${fragment}`);
  const panel = page.getByRole('region', { name: 'Lesson' });
  await expect(panel.getByRole('heading', { name: 'Step 1 of 2' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Scale <pod-name> & "friends"' })).toBeVisible();
  await expect(panel.getByText('The piece needs four players.')).toBeVisible();
});

/** Everything the page keeps between visits. */
const saved = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

const neverSolved = () => {
  const lesson = twoStepLesson();
  lesson.steps[0].solution = [];
  return lesson;
};

const tampered: [string, () => Promise<string>, string][] = [
  [
    'a bad schema',
    () => packLesson({ ...twoStepLesson(), steps: [{ ...twoStepLesson().steps[0], goal: { kind: 'readyPods', selector: 'app=band' } }] }),
    'This lesson cannot be opened: steps[0].goal.count: is required.',
  ],
  [
    'a huge lesson (small link, 100 kB unpacked)',
    () => packLesson({ ...twoStepLesson(), title: 'x'.repeat(100_000) }),
    'This lesson cannot be opened: it is larger than 64 kB.',
  ],
  ['a link too long to read', async () => `lesson=1.${'A'.repeat(40_000)}`, 'This lesson link is damaged: it is too long.'],
  [
    'a script in the text',
    () => packLesson({ ...twoStepLesson(), title: 'Scale <script>alert(document.domain)</script>' }),
    'This lesson cannot be opened: title: contains HTML or script (lesson text is plain text).',
  ],
  [
    'a solution that never reaches the goal',
    () => packLesson(neverSolved()),
    'This lesson cannot be opened: Step 1 ("scale"): the goal "4 Ready pods labelled app=band" was not reached: it was still not met at 180 s of the 180 s budget.',
  ],
];

for (const [what, link, error] of tampered) {
  test(`a tampered lesson link (${what}) gets a plain error and changes nothing`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // Progress the learner already has: the tampered link must leave it as it was.
    await page.goto('./');
    await page.evaluate(() =>
      localStorage.setItem(
        'podchestra.progress',
        JSON.stringify({ version: 1, lessons: { 'self-healing': { step: 1, completed: false } } }),
      ),
    );
    const before = await saved(page);
    await page.goto(`./?lesson=scale-and-survive#${await link()}`);
    await expect(page.getByRole('alert').filter({ hasText: 'lesson' })).toContainText(error);
    await expect(page.getByRole('region', { name: 'Lesson' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
    expect(await saved(page)).toBe(before);
    expect(dialogs).toEqual([]);
  });
}
