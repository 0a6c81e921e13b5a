// A teacher's lesson opened from a link (`?lesson=<label>#lesson=1.…`, src/views/share/lesson-link.ts):
// the learner plays it in the usual panel; a tampered link gets a plain error and the home page.
import { twoStepLesson } from '../src/lessons/authored/fixtures';
import { encodeLessonLink, packLesson } from '../src/views/share/lesson-link';
import { expect, test } from './fixtures';

test('a lesson from a link opens as a lesson, its text shown as text', async ({ page }) => {
  const lesson = { ...twoStepLesson(), title: 'Scale <script>alert(1)</script>' };
  const fragment = await encodeLessonLink(lesson);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`./?lesson=scale-and-survive#${fragment}`);
  const panel = page.getByRole('region', { name: 'Lesson' });
  await expect(panel.getByRole('heading', { name: 'Step 1 of 2' })).toBeVisible();
  await expect(panel.getByText('The piece needs four players.')).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('a tampered lesson link gets a plain error and opens no lesson', async ({ page }) => {
  const bad = await packLesson({
    ...twoStepLesson(),
    steps: [{ ...twoStepLesson().steps[0], goal: { kind: 'readyPods', selector: 'app=band' } }],
  });
  await page.goto(`./?lesson=scale-and-survive#${bad}`);
  await expect(page.getByRole('alert')).toContainText('This lesson cannot be opened: steps[0].goal.count: is required.');
  await expect(page.getByRole('region', { name: 'Lesson' })).toHaveCount(0);
});
