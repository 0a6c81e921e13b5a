// The opening frame: home draws the build's precomputed band before the engine's chunk is fetched,
// inert and marked busy, then the live session takes over the same picture and every control
// answers. The engine's chunk is held back here so the in-between moment can be looked at.
import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { axeClean, expect, test } from './fixtures';

const SHOTS = 'e2e/screenshots';

/** The built engine chunk's file, from the build manifest (a shared chunk named for src/engine/index.ts). */
function engineChunk(): string {
  const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as Record<string, { file: string; name?: string }>;
  const entry = Object.values(manifest).find((c) => c.name === 'engine');
  if (!entry) throw new Error('dist/manifest.json lists no chunk named "engine"');
  return entry.file;
}

/** Holds the engine's chunk until the returned function is called. */
async function holdEngine(page: Page): Promise<{ release: () => void; requested: Promise<void> }> {
  const file = engineChunk();
  let release: () => void = () => {};
  const gate = new Promise<void>((done) => {
    release = done;
  });
  let requestedNow: () => void = () => {};
  const requested = new Promise<void>((done) => {
    requestedNow = done;
  });
  await page.route(
    (url) => url.pathname.endsWith(`/${file}`),
    async (route: Route) => {
      requestedNow();
      await gate;
      await route.continue();
    },
  );
  return { release, requested };
}

const runningPods = (page: Page) => page.locator('[role="button"][aria-label^="Pod "][aria-label*=", Running, "]');

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`home paints a playing band before the engine loads, then goes live (${viewport.width}×${viewport.height})`, async ({
    page,
    consoleErrors,
  }) => {
    await page.setViewportSize(viewport);
    const engine = await holdEngine(page);
    await page.goto('/?test');

    // The picture: three Running musicians, the page busy and inert, a note saying why.
    await expect(runningPods(page)).toHaveCount(3);
    await expect(page.locator('#root')).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('#root')).toHaveJSProperty('inert', true);
    await expect(page.getByRole('status').filter({ hasText: 'Loading the cluster engine…' })).toBeVisible();
    // Asked for only once the picture is up (the first screen needs none of it).
    await engine.requested;
    const painted = await runningPods(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')?.split(',')[0]));
    const clockThen = await page.getByTestId('clock').textContent();
    await page.screenshot({ path: `${SHOTS}/opening-frame-${viewport.width}x${viewport.height}.png` });
    // Inert: a click on a musician does nothing yet (no inspector opens).
    await runningPods(page).first().click({ force: true });
    await expect(page.getByRole('button', { name: 'Kill pod' })).toHaveCount(0);

    engine.release();
    await expect(page.locator('#root')).not.toHaveAttribute('aria-busy');
    await expect(page.getByText('Loading the cluster engine…')).toHaveCount(0);
    // The same musicians carry on (the engine is deterministic), and the clock runs.
    const live = page.getByRole('button', { name: /^Pod .*, Running,/ });
    await expect(live).toHaveCount(3);
    expect(await live.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')?.split(',')[0]))).toEqual(painted);
    await expect(page.getByTestId('clock')).not.toHaveText(clockThen ?? '');
    // And the controls answer.
    await live.first().click();
    await expect(page.getByRole('button', { name: 'Kill pod' })).toBeVisible();
    await axeClean(page);
    expect(consoleErrors).toEqual([]);
  });
}

test('the sandbox opens on the same frame, and a seed other than the default boots its own cluster', async ({ page, browser }) => {
  const engine = await holdEngine(page);
  await page.goto('/?sandbox');
  await expect(runningPods(page)).toHaveCount(3);
  await expect(page.locator('#root')).toHaveAttribute('aria-busy', 'true');
  engine.release();
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy');

  // Seed 7 is not the build's frame: nothing is drawn until its own cluster runs. A fresh
  // context, so the engine's chunk is fetched (and held) again rather than taken from the cache.
  const context = await browser.newContext();
  const other = await context.newPage();
  const held = await holdEngine(other);
  await other.goto('/?sandbox&seed=7');
  await held.requested;
  await expect(other.getByText('Starting the cluster…')).toBeVisible();
  await expect(runningPods(other)).toHaveCount(0);
  held.release();
  await expect(other.getByRole('button', { name: /^Pod .*, Running,/ })).toHaveCount(3);
  await context.close();
});

test('a lesson paints its first step and its stage before the engine loads, then its host takes over', async ({
  page,
  sim,
  consoleErrors,
}) => {
  const engine = await holdEngine(page);
  await page.goto('/?lesson=self-healing&test');
  const title = page.locator('section[aria-label="Lesson"] h2');
  await expect(title).toHaveText('Self-healing: the band replaces a missing player');
  await expect(page.locator('section[aria-label="Lesson"]')).toContainText('Step 1 of 3');
  await expect(page.locator('[aria-label="Node node-1"]')).toBeVisible();
  await expect(page.locator('#root')).toHaveAttribute('aria-busy', 'true');
  await engine.requested;
  await page.screenshot({ path: `${SHOTS}/opening-lesson-1280x800.png` });

  engine.release();
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy');
  const lesson = page.getByRole('region', { name: 'Lesson' });
  await expect(lesson.getByRole('heading', { name: 'Self-healing: the band replaces a missing player' })).toBeVisible();
  // The live lesson runs: its first goal is met as the band takes its seats, and Next moves on.
  expect(await sim.advanceUntilGoal()).toBe(true);
  await expect(lesson.getByRole('status')).toHaveText('Goal met');
  await lesson.getByRole('button', { name: 'Next' }).click();
  await expect(lesson).toContainText('Step 2 of 3');
  expect(consoleErrors).toEqual([]);
});

test('when the engine cannot be fetched after the frame, the page says so and is no longer inert', async ({ page }) => {
  const file = engineChunk();
  await page.route(
    (url) => url.pathname.endsWith(`/${file}`),
    (route) => route.abort(),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The cluster could not start');
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy');
  await expect(page.locator('#root')).toHaveJSProperty('inert', false);
  await expect(page.getByText('Loading the cluster engine…')).toHaveCount(0);
});

test('an embedded lesson paints its frame in the embed layout (no Share or Embed buttons), then goes live', async ({ page }) => {
  const engine = await holdEngine(page);
  await page.goto('/?lesson=scaling&embed=1&origin=https://course.example&test');
  await expect(page.locator('.shell--embed section[aria-label="Lesson"] h2')).toHaveText('Scaling: more players for a louder piece');
  await expect(page.locator('#root')).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('button', { hasText: /^(Share|Embed)$/ })).toHaveCount(0);
  engine.release();
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy');
  await expect(
    page.getByRole('region', { name: 'Lesson' }).getByRole('heading', { name: 'Scaling: more players for a louder piece' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^(Share|Embed)$/ })).toHaveCount(0);
});

test('when a frame cannot be fetched, the page boots without it and says why in the console', async ({ page, consoleErrors }) => {
  await page.route(/\/assets\/opening-sample-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/?test');
  await expect(page.getByRole('button', { name: /^Pod .*, Running,/ })).toHaveCount(3);
  await expect(page.locator('#root')).not.toHaveAttribute('aria-busy');
  expect(consoleErrors.some((e) => e.includes('The opening frame was not drawn'))).toBe(true);
});
