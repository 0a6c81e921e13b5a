// Guided lessons as a learner meets them: every lesson in the catalog completed through the
// panel (answer, Show me, time, Next), progress that survives a reload or a corrupted record,
// share links that reopen the same moment, unknown slugs, embed layout, axe and screenshots.
import type { Locator, Page } from '@playwright/test';
import { catalog } from '../src/lessons/catalog';
import { axeClean, expect, type Sim, test } from './fixtures';

const SHOTS = 'e2e/screenshots';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const panelOf = (page: Page) => page.getByRole('region', { name: 'Lesson' });
const goalStatus = (panel: Locator) => panel.getByRole('status');

/** Opens a lesson with time paused; returns its step count from the "Step 1 of n" heading. */
async function openLesson(page: Page, sim: Sim, slug: string, extra = ''): Promise<number> {
  await page.goto(`./?lesson=${slug}&test${extra}`);
  const heading = panelOf(page).getByRole('heading', { name: /^Step 1 of \d+$/ });
  await expect(heading).toBeVisible();
  await sim.pause();
  return Number((await heading.textContent())?.match(/of (\d+)/)?.[1]);
}

const phase = (page: Page) => page.evaluate(() => window.podchestra!.lesson()?.phase);

/**
 * One step as a learner: answer any prediction (the first option: the panel explains either way),
 * Show me, let time run, Next. A challenge may end mid-step when its window closes: 'complete'.
 */
async function doStep(page: Page, sim: Sim, index: number, count: number): Promise<'next' | 'complete'> {
  const panel = panelOf(page);
  await expect(panel.getByRole('heading', { name: `Step ${index} of ${count}` })).toBeVisible();
  const question = panel.getByRole('radiogroup');
  if ((await question.count()) > 0) {
    await question.getByRole('radio').first().check();
    await panel.getByRole('button', { name: 'Check answer' }).click();
    await expect(panel.getByText(/^(Correct\.|Not quite)/)).toBeVisible();
  }
  const showMe = panel.getByRole('button', { name: 'Show me' });
  // With no Ready pod to act on yet, the host waits for one and plays it on a later tick.
  if (await showMe.isEnabled()) await showMe.click();
  expect(await sim.advanceUntilGoal({ stepMs: 1_000 }), `step ${index}'s goal is met`).toBe(true);
  if ((await phase(page)) === 'complete') return 'complete';
  await expect(goalStatus(panel)).toHaveText('Goal met');
  await panel.getByRole('button', { name: 'Next' }).click();
  return 'next';
}

async function completeLesson(page: Page, sim: Sim, slug: string) {
  const count = await openLesson(page, sim, slug);
  for (let i = 1; i <= count; i++) if ((await doStep(page, sim, i, count)) === 'complete') break;
  // A challenge's show goes on after its last step until the scoring window closes.
  if ((await phase(page)) === 'curtainCall') expect(await sim.advanceUntilGoal({ until: 'complete', stepMs: 2_000 })).toBe(true);
  const done = panelOf(page).getByRole('heading', { name: 'Lesson complete' });
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
  return count;
}

test.describe('every lesson, through the panel', () => {
  for (const entry of catalog) {
    test(`completes ${entry.slug}`, async ({ page, sim, consoleErrors }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(DESKTOP);
      await completeLesson(page, sim, entry.slug);
      expect(consoleErrors).toEqual([]);
    });
  }
});

// The same walk on a phone: the panel's controls must stay reachable above the stage.
test.describe('every lesson on a phone', () => {
  for (const entry of catalog) {
    test(`completes ${entry.slug} at 390×844`, async ({ page, sim, consoleErrors }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(PHONE);
      await completeLesson(page, sim, entry.slug);
      expect(consoleErrors).toEqual([]);
    });
  }
});

test.describe('lesson page', () => {
  test('the panel: title, step heading, goal status, hints, keyboard focus to the new step; axe clean', async ({
    page,
    sim,
    consoleErrors,
  }) => {
    await page.setViewportSize(DESKTOP);
    const count = await openLesson(page, sim, 'self-healing');
    const panel = panelOf(page);
    await expect(panel.getByRole('heading', { name: catalog.find((c) => c.slug === 'self-healing')!.title })).toBeVisible();
    await expect(goalStatus(panel)).toHaveText(/^Goal: /);
    await expect(panel.getByRole('button', { name: 'Next' })).toBeDisabled();
    await panel.getByRole('button', { name: 'Hint' }).click();
    await expect(panel.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/lesson-1280x800.png` });
    await axeClean(page);
    expect(await sim.advanceUntilGoal()).toBe(true);
    await expect(goalStatus(panel)).toHaveText('Goal met');
    // Keyboard: Next by Enter, focus lands on the new step's heading.
    await panel.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { name: `Step 2 of ${count}` })).toBeFocused();
    await expect(panel.getByRole('radiogroup')).toBeVisible();
    await axeClean(page);
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${SHOTS}/lesson-390x844.png`, fullPage: true });
    await axeClean(page);
    // Collapsible on a phone, so the stage is within reach.
    await panel.getByRole('button', { name: 'Hide lesson' }).click();
    await expect(panel.getByRole('radiogroup')).toBeHidden();
    expect((await panel.boundingBox())!.height, 'the collapsed panel leaves the screen to the stage').toBeLessThan(250);
    await panel.getByRole('button', { name: 'Show lesson' }).click();
    await expect(panel.getByRole('radiogroup')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('home lists the lessons; progress survives a reload', async ({ page, sim, consoleErrors }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('./?test');
    const nav = page.getByRole('navigation', { name: 'Lessons' });
    for (const entry of catalog)
      await expect(nav.getByRole('link', { name: entry.title, exact: true })).toHaveAttribute('href', `?lesson=${entry.slug}`);
    await page.screenshot({ path: `${SHOTS}/home-1280x800.png` });
    await axeClean(page);
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${SHOTS}/home-390x844.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);

    await completeLesson(page, sim, 'self-healing');
    await page.goto('./?test');
    await page.reload();
    const item = page
      .getByRole('navigation', { name: 'Lessons' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: catalog.find((c) => c.slug === 'self-healing')!.title }) });
    await expect(item).toContainText('Done');
    expect(consoleErrors).toEqual([]);
  });

  test('after a reload, Continue rebuilds the saved step; Start over goes to step 1', async ({ page, sim, consoleErrors }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(DESKTOP);
    const count = await openLesson(page, sim, 'mechanics');
    expect(await doStep(page, sim, 1, count)).toBe('next');
    expect(await doStep(page, sim, 2, count)).toBe('next');
    const panel = panelOf(page);
    await expect(panel.getByRole('heading', { name: `Step 3 of ${count}` })).toBeVisible();

    await page.reload();
    const resume = panel.getByRole('button', { name: 'Continue from step 3' });
    await expect(resume).toBeFocused();
    await expect(panel.getByRole('button', { name: 'Start over' })).toBeVisible();
    await axeClean(page);
    await page.keyboard.press('Enter');
    const step3 = panel.getByRole('heading', { name: `Step 3 of ${count}` });
    await expect(step3).toBeVisible();
    await expect(step3).toBeFocused();
    await sim.pause();
    // The moment steps 1–2 built: the band scaled to two Ready players; step 3 still to do.
    expect((await sim.kubectl('get deployment band')).stdout).toMatch(/\nband +2\/2 +2 +2 /);
    expect((await sim.kubectl('get pods -l app=band')).stdout).toMatch(/^NAME.*\n(band-\S+ +1\/1 +Running .*\n){2}$/);
    await expect(goalStatus(panel)).toHaveText(/^Goal: /);
    // Replayed through the session: the console shows the lesson's commands (and a share link has them).
    await expect(page.getByRole('log', { name: 'kubectl output' })).toContainText('kubectl scale deployment band --replicas=2');

    await page.reload();
    await panel.getByRole('button', { name: 'Start over' }).click();
    const step1 = panel.getByRole('heading', { name: `Step 1 of ${count}` });
    await expect(step1).toBeFocused();
    // Starting over is saved too: the next visit opens at step 1 with nothing to offer.
    await page.reload();
    await expect(step1).toBeVisible();
    await expect(panel.getByRole('button', { name: /^Continue from step/ })).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('a corrupted progress record gives a notice, not a crash', async ({ page, consoleErrors }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('podchestra.progress', '{"version":1,"lessons":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('./?test');
    const nav = page.getByRole('navigation', { name: 'Lessons' });
    await expect(nav.getByRole('alert')).toContainText('podchestra.progress.backup');
    await expect(nav.getByRole('link').first()).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('an unknown lesson slug says so, as text, and shows the home', async ({ page, consoleErrors }) => {
    await page.goto('./?lesson=no-such-lesson&test');
    await expect(page.getByRole('alert').filter({ hasText: 'No lesson named "no-such-lesson".' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Lesson' })).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('a share link reopens the same moment and the same step', async ({ page, sim, context, consoleErrors }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize(DESKTOP);
    await openLesson(page, sim, 'self-healing');
    expect(await sim.advanceUntilGoal()).toBe(true);
    await panelOf(page).getByRole('button', { name: 'Next' }).click();
    await sim.kubectl('scale deployment band --replicas=4');
    await sim.advance(7_000);
    const at = await page.evaluate(() => window.podchestra!.now());
    const pods = (await sim.kubectl('get pods')).stdout;
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^(Link copied|Copy the link below)$/ })).toBeVisible();
    const url = new URL(page.url());
    expect(url.hash).toMatch(/^#share=/);
    url.searchParams.set('test', '');

    const again = await context.newPage();
    await again.goto(url.toString());
    await again.waitForFunction(() => !!window.podchestra);
    await again.evaluate(() => window.podchestra!.pause());
    // The page plays from the moment it opens; rewinding to the shared instant compares exactly
    // (to the virtual ms: the original's clock had sub-ms frame time in it).
    const reopenedAt = await again.evaluate(() => window.podchestra!.now());
    expect(reopenedAt).toBeGreaterThanOrEqual(Math.floor(at));
    if (reopenedAt > at) await again.evaluate((t) => window.podchestra!.rewindTo(t), at);
    expect(Math.abs((await again.evaluate(() => window.podchestra!.now())) - at)).toBeLessThanOrEqual(1);
    expect((await again.evaluate(() => window.podchestra!.kubectl('get pods'))).stdout).toBe(pods);
    await expect(panelOf(again).getByRole('heading', { name: /^Step 2 of \d+$/ })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('Embed opens a dialog with the iframe snippet; Escape closes it', async ({ page, sim }) => {
    await openLesson(page, sim, 'scaling');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this lesson' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(/<iframe [^>]*lesson=scaling/);
    await expect(code).toHaveValue(/title="Podchestra lesson: Scaling/);
    // A trailing slash is not an origin: the dialog says so and leaves origin= out.
    const origin = dialog.getByRole('textbox', { name: 'Course page origin (optional)' });
    await origin.fill('https://course.example/');
    await expect(dialog.getByRole('alert')).toHaveText(/"https:\/\/course\.example\/" is not an origin/);
    await expect(code).not.toHaveValue(/origin=/);
    await origin.fill('https://course.example');
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(code).toHaveValue(/origin=https%3A%2F%2Fcourse\.example/);
    await expect(dialog.getByRole('button', { name: 'Copy' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('embed mode: only the panel and the stage, usable at 400×500 and 1280×800', async ({ page, sim, consoleErrors }) => {
    await page.setViewportSize({ width: 400, height: 500 });
    await openLesson(page, sim, 'self-healing', '&embed=1');
    await expect(page.getByRole('navigation', { name: 'Lessons' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Cluster stage' })).toBeVisible();
    await expect(panelOf(page).getByRole('button', { name: 'Next' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/embed-400x500.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${SHOTS}/embed-390x844.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: `${SHOTS}/embed-1280x800.png` });
    await axeClean(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/embed-dark-1280x800.png` });
    expect(consoleErrors).toEqual([]);
  });
});
