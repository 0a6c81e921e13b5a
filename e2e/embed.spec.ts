// A course page on one origin (127.0.0.1:4174, public/embed-host.html) embeds a lesson from
// another (localhost:4174/k8s/, the same build under a sub-path, served by scripts/serve-dist.mjs).
// Checks the postMessage contract of docs/embedding.md: ready/step/complete out, start/reset in,
// and that a message from any other origin is ignored.
import { expect, type Frame, type Page, test } from '@playwright/test';
import { DIST_PORT } from './ports';
import type { PodchestraTestApi } from '../src/views/test-api';

const APP = `http://localhost:${DIST_PORT}/k8s/`;
const hostUrl = (app: string) => `http://127.0.0.1:${DIST_PORT}/embed-host.html?app=${encodeURIComponent(app)}`;

const messages = (page: Page) => page.getByRole('log', { name: 'Messages from Podchestra' });
const lessonFrame = (page: Page) => page.frameLocator('iframe[title="Podchestra lesson"]');

/** The frame's Frame object (for evaluate), once it has loaded the app. */
async function appFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(APP))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(APP))!;
}

test.describe('embedded in a course page on another origin', () => {
  test('the lesson says ready to its course page, sized to the frame', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(hostUrl(APP));
    await expect(messages(page).getByRole('listitem').first()).toHaveText('ready: self-healing');
    const panel = lessonFrame(page).getByRole('region', { name: 'Lesson' });
    await expect(panel.getByRole('heading', { name: 'Step 1 of 3' })).toBeVisible();
    const frame = await appFrame(page);
    expect(new URL(frame.url()).searchParams.get('origin')).toBe(`http://127.0.0.1:${DIST_PORT}`);
    // Embedded: no horizontal scrolling inside the frame.
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('the sample course page refuses a javascript: app address and embeds its own folder instead', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(hostUrl('javascript:alert(document.domain)//'));
    const frame = page.locator('iframe[title="Podchestra lesson"]');
    await expect(frame).toHaveAttribute('src', new RegExp(`^http://127\\.0\\.0\\.1:${DIST_PORT}/\\?lesson=self-healing&embed=1&origin=`));
    await expect(messages(page)).toContainText('ready: self-healing');
    expect(dialogs).toEqual([]);
  });

  test('start from the course page is obeyed; the same message from another origin is ignored', async ({ page }) => {
    await page.goto(hostUrl(APP));
    await expect(messages(page)).toContainText('ready: self-healing');
    const frame = await appFrame(page);
    const panel = lessonFrame(page).getByRole('region', { name: 'Lesson' });
    await expect(panel.getByRole('heading', { name: 'Step 1 of 3' })).toBeVisible();

    // The frame posts to itself: well-formed, but its origin (localhost) is not the course page's.
    const before = await messages(page).getByRole('listitem').count();
    await frame.evaluate(() => window.postMessage({ type: 'start', lesson: 'scaling' }, '*'));
    await page.waitForTimeout(1_000);
    expect((await appFrame(page)).url()).toContain('lesson=self-healing');
    await expect(panel.getByRole('heading', { name: 'Step 1 of 3' })).toBeVisible();
    await expect(messages(page).getByRole('listitem')).toHaveCount(before);

    // From the course page itself: the frame switches lesson and says ready again.
    await page.getByRole('textbox', { name: 'Lesson' }).fill('scaling');
    await page.getByRole('button', { name: 'Start lesson' }).click();
    await expect(messages(page)).toContainText('ready: scaling');
    await expect(panel.getByRole('heading', { name: 'Step 1 of', exact: false })).toBeVisible();
    expect((await appFrame(page)).url()).toContain('lesson=scaling');
  });

  test('completing self-healing inside the frame reaches the course page as step and complete messages', async ({ page }) => {
    // `?test` in the app URL installs window.podchestra in the frame, so virtual time is driven, not waited for.
    await page.goto(hostUrl(`${APP}?test`));
    await expect(messages(page)).toContainText('ready: self-healing');
    const frame = await appFrame(page);
    await frame.waitForFunction(() => !!window.podchestra);
    await frame.evaluate(() => (window.podchestra as PodchestraTestApi).pause());
    const panel = lessonFrame(page).getByRole('region', { name: 'Lesson' });
    const advanceUntilGoalMet = async () => {
      for (let i = 0; i < 90; i++) {
        if ((await panel.getByRole('status').textContent()) === 'Goal met') return;
        await frame.evaluate(() => (window.podchestra as PodchestraTestApi).advance(2_000));
      }
    };
    for (let step = 1; step <= 3; step++) {
      await expect(panel.getByRole('heading', { name: `Step ${step} of 3` })).toBeVisible();
      const question = panel.getByRole('radiogroup');
      if ((await question.count()) > 0) {
        await question.getByRole('radio').nth(1).check();
        await panel.getByRole('button', { name: 'Check answer' }).click();
      }
      const showMe = panel.getByRole('button', { name: 'Show me' });
      if (await showMe.isEnabled()) await showMe.click();
      await advanceUntilGoalMet();
      await expect(panel.getByRole('status')).toHaveText('Goal met');
      await panel.getByRole('button', { name: 'Next' }).click();
    }
    await expect(panel.getByRole('heading', { name: 'Lesson complete' })).toBeVisible();
    await expect(messages(page).getByRole('listitem').last()).toHaveText('complete: self-healing');
    await expect(messages(page)).toContainText('step: self-healing, step 2');
  });
});
