// One screen (issue 10): at 1280×800, 1440×900 and in a course page's 900×640 frame, the scene,
// the lesson panel and the kubectl box are all on screen with the page at its top; on a phone the
// scene and the sheet's tabs are; nothing scrolls sideways. An embedded lesson is completed the way
// its own hint says (click a pod, Kill pod), and the course page hears `complete`. Screenshots in
// light and dark at every size.
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { axeClean, expect, test } from './fixtures';
import { DIST_PORT } from './ports';

const SHOTS = 'e2e/screenshots';
const APP = `http://localhost:${DIST_PORT}/k8s/`;
const hostUrl = `http://127.0.0.1:${DIST_PORT}/embed-host.html?app=${encodeURIComponent(APP)}`;
// The sample course page is 960 px at most, with 1 rem of padding: a 932 px window gives the frame 900×640.
const COURSE_PAGE = { width: 932, height: 900 };

/** Wholly inside the window (or the frame) it is drawn in, as getBoundingClientRect sees it. */
async function inside(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
}

async function noSidewaysScroll(page: Page | Frame): Promise<void> {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  expect(scroll, 'no sideways scroll').toBeLessThanOrEqual(width ?? 0);
}

/**
 * The hall fits the box the shell gives it: nothing scrolls inside the box, the hall and its
 * overlay have the same box, the risers (each node's name) are on screen, and the hall takes at
 * least `share` of the window's area (the scene is the face of the product). Returns the hall's
 * orientation.
 */
async function sceneFits(root: Page | FrameLocator, share: number): Promise<string> {
  const m = await root.locator('.shell__stage').evaluate((box) => {
    const r = (el: Element | null) => {
      const b = el?.getBoundingClientRect();
      return b ? [b.left, b.top, b.right, b.bottom].map(Math.round) : [];
    };
    const names = [...box.querySelectorAll('.riser__title')].map((t) => {
      const b = t.getBoundingClientRect();
      return b.width > 0 && b.top >= 0 && b.bottom <= innerHeight && b.left >= 0 && b.right <= innerWidth;
    });
    const scene = box.querySelector('.scene');
    return {
      scrolls: box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1,
      hall: r(box.querySelector('.scene__svg')),
      overlay: r(box.querySelector('.scene__overlay')),
      sceneBox: r(scene),
      stageBox: r(box),
      names,
      share: (box.clientWidth * box.clientHeight) / (innerWidth * innerHeight),
      orientation: scene?.classList.contains('scene--portrait') ? 'portrait' : 'landscape',
    };
  });
  expect(m.scrolls, 'nothing scrolls inside the scene’s box').toBe(false);
  expect(m.overlay, 'the overlay lies on the hall').toEqual(m.hall);
  const [l, t, rr, b] = m.stageBox;
  const [hl, ht, hr, hb] = m.hall;
  expect(hl >= l && ht >= t && hr <= rr && hb <= b, 'the hall inside its box').toBe(true);
  // What sits under the hall in its box (the band's legend) leaves it most of the room.
  expect((hb - ht) / (b - t), 'the hall’s share of its box').toBeGreaterThan(0.7);
  expect(m.names.length, 'risers drawn').toBeGreaterThan(0);
  expect(m.names.every(Boolean), 'every riser’s name on screen').toBe(true);
  expect(m.share, 'the scene’s share of the window').toBeGreaterThanOrEqual(share);
  return m.orientation;
}

/** The scene, the lesson's step and the kubectl box on screen, the page unscrolled. */
async function oneScreen(root: Page | FrameLocator, scrollTop: () => Promise<number>): Promise<void> {
  expect(await scrollTop()).toBe(0);
  expect(await inside(root.getByRole('region', { name: 'Cluster stage' })), 'the scene').toBe(true);
  const lesson = root.getByRole('region', { name: 'Lesson' });
  expect(await inside(lesson.getByRole('heading', { name: /^Step 1 of \d+$/ })), 'the lesson’s step').toBe(true);
  expect(await inside(lesson.getByRole('button', { name: 'Hint' })), 'the lesson’s buttons').toBe(true);
  expect(await inside(root.getByRole('textbox', { name: 'kubectl' })), 'the kubectl box').toBe(true);
}

test.describe('one screen', () => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ]) {
    test(`a lesson at ${size.width}×${size.height}: scene, lesson and kubectl box without scrolling`, async ({ page, consoleErrors }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await page.goto('./?lesson=self-healing');
      await expect(page.getByRole('region', { name: 'Lesson' }).getByRole('heading', { name: 'Step 1 of 3' })).toBeVisible();
      await expect(page.getByRole('button', { name: /^Pod band-/ }).first()).toBeVisible();
      const scrollTop = () => page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
      await oneScreen(page, scrollTop);
      // The old shell gave the scene a quarter of the window and drew a portrait hall in it.
      expect(await sceneFits(page, 0.4)).toBe('landscape');
      await noSidewaysScroll(page);
      // Typing does not scroll the lesson or the scene away.
      const box = page.getByRole('textbox', { name: 'kubectl' });
      await box.click();
      await box.fill('get pods -o wide');
      await box.press('Enter');
      await expect(page.getByRole('log', { name: 'kubectl output' })).toContainText('NOMINATED NODE');
      await oneScreen(page, scrollTop);
      await noSidewaysScroll(page);
      // The inspector is beside the scene: a pod's actions are on screen once it is picked.
      await page
        .getByRole('button', { name: /^Pod band-/ })
        .first()
        .click();
      expect(await inside(page.getByRole('button', { name: 'Kill pod' }))).toBe(true);
      // The pod's audition ("Why here?") is beside the inspector, not under the hall.
      await expect(page.getByRole('region', { name: 'Scheduler’s audition' })).toBeVisible();
      await sceneFits(page, 0.4);
      await page.getByRole('button', { name: 'Pause' }).click();
      // What just happened, under the scene; the whole log is still there.
      await expect(page.getByRole('log', { name: 'Cluster events' })).toContainText('band');
      await page.screenshot({ path: `${SHOTS}/one-screen-lesson-${size.width}x${size.height}.png` });
      await axeClean(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: `${SHOTS}/one-screen-lesson-dark-${size.width}x${size.height}.png` });
      await axeClean(page);
      expect(consoleErrors).toEqual([]);
    });
  }

  test('home at 1280×800: the scene and the kubectl box on screen, the lesson list beside them', async ({ page, consoleErrors }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./');
    await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
    expect(await inside(page.getByRole('region', { name: 'Cluster stage' }))).toBe(true);
    expect(await inside(page.getByRole('textbox', { name: 'kubectl' }))).toBe(true);
    expect(await sceneFits(page, 0.4)).toBe('landscape');
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${SHOTS}/one-screen-home-1280x800.png` });
    expect(consoleErrors).toEqual([]);
  });

  test('the console output collapses and resizes by keyboard; the surtitles open the full log', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./?sandbox');
    const output = page.getByRole('log', { name: 'kubectl output' });
    await expect(output).toBeVisible();
    const splitter = page.getByRole('separator', { name: 'Resize console output' });
    const before = (await output.boundingBox())!.height;
    await splitter.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await output.boundingBox())!.height).toBeGreaterThan(before + 24);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await output.boundingBox())!.height).toBeLessThan(before);
    await page.getByRole('button', { name: 'Hide output' }).click();
    await expect(output).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'kubectl' })).toBeVisible();
    // The surtitles' "All events" brings the log back and puts the keyboard on it.
    await page.getByRole('button', { name: 'All events' }).click();
    await expect(page.getByRole('log', { name: 'Cluster events' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Hide output' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('wide text scrolls inside its own box: a Service’s endpoints, kubectl’s tables', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 640 });
    await page.goto('./?sandbox');
    const marquee = page.getByRole('region', { name: 'Service nginx-deployment' });
    await marquee.getByRole('button', { name: /Service nginx-deployment/ }).click();
    await expect(page.getByRole('heading', { name: 'kubectl get endpoints nginx-deployment' })).toBeVisible();
    await noSidewaysScroll(page);
    const box = page.getByRole('textbox', { name: 'kubectl' });
    await box.fill('get pods -o wide');
    await box.press('Enter');
    const table = page.getByRole('log', { name: 'kubectl output' }).locator('pre').filter({ hasText: 'NOMINATED NODE' });
    // One text line per row: the table's columns stay in line (the box scrolls sideways instead).
    const [rows, lines] = await table.evaluate((el) => [
      (el.textContent ?? '').trimEnd().split('\n').length,
      Math.round(el.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(el).lineHeight)),
    ]);
    expect(lines).toBe(rows);
    await noSidewaysScroll(page);
  });

  test('narrowed into tabs, the window shows the tab holding the focus', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./');
    const box = page.getByRole('textbox', { name: 'kubectl' });
    await box.fill('get nodes');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('tab', { name: 'Console' })).toHaveAttribute('aria-selected', 'true');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('get nodes');
  });

  test('the timeline’s thumb sits at the live end while the cluster plays', async ({ page }) => {
    await page.goto('./?sandbox');
    const timeline = page.getByRole('slider', { name: 'Timeline' });
    await expect(page.getByTestId('clock')).not.toHaveText('0:00:00');
    await page.getByRole('button', { name: 'Pause' }).click();
    const [value, max] = await timeline.evaluate((el: HTMLInputElement) => [el.valueAsNumber, Number(el.max)]);
    expect(value).toBe(max);
  });

  test('a phone: the scene first, then one sheet of tabs; picking a pod shows its actions', async ({ page, consoleErrors }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./?lesson=self-healing');
    const tabs = page.getByRole('tablist', { name: 'Panels' });
    await expect(tabs.getByRole('tab', { name: 'Lesson' })).toHaveAttribute('aria-selected', 'true');
    expect(await inside(page.getByRole('region', { name: 'Cluster stage' }))).toBe(true);
    // The portrait hall, most of the screen (the old phone drew the landscape hall 230 px tall).
    expect(await sceneFits(page, 0.45)).toBe('portrait');
    for (const name of ['Lesson', 'Inspector', 'Console']) expect(await inside(tabs.getByRole('tab', { name })), name).toBe(true);
    expect(await inside(page.getByRole('region', { name: 'Lesson' }).getByRole('heading', { name: 'Step 1 of 3' }))).toBe(true);
    await noSidewaysScroll(page);
    // The hall's own words read on a phone: node names and states, the wings, the musicians' names.
    const sizes = await page.locator('.scene').evaluate((scene) =>
      [...scene.querySelectorAll('.riser__title, .riser__status--ready, .wings__title, .wings__nobody, .musician__name')].map((t) => {
        const m = (t as SVGGraphicsElement).getScreenCTM();
        return { text: t.textContent, px: Number.parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1) };
      }),
    );
    expect(sizes.length).toBeGreaterThan(6);
    for (const s of sizes) expect(s.px, `“${s.text}” on screen`).toBeGreaterThanOrEqual(10);
    // The sheet's grip grows it over the hall's bottom, and back; the hall keeps its size.
    const grip = page.getByRole('button', { name: 'Expand the panels' });
    const hall = async () => (await page.locator('.scene__svg').boundingBox())?.height;
    const before = await hall();
    await grip.click();
    await expect(grip).toHaveAttribute('aria-expanded', 'true');
    expect(await hall()).toBe(before);
    await grip.click();
    await expect(grip).toHaveAttribute('aria-expanded', 'false');
    await page.screenshot({ path: `${SHOTS}/one-screen-lesson-390x844.png` });
    await axeClean(page);

    await page
      .getByRole('button', { name: /^Pod band-/ })
      .first()
      .click();
    await expect(tabs.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
    expect(await inside(page.getByRole('button', { name: 'Kill pod' }))).toBe(true);
    await sceneFits(page, 0.2);
    await page.screenshot({ path: `${SHOTS}/one-screen-inspector-390x844.png` });

    // Arrow keys move between tabs (the WAI-ARIA tabs pattern).
    await tabs.getByRole('tab', { name: 'Inspector' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: 'Console' })).toBeFocused();
    const box = page.getByRole('textbox', { name: 'kubectl' });
    expect(await inside(box)).toBe(true);
    await box.fill('get pods -o wide');
    await box.press('Enter');
    // Typing opened the sheet: the output is in sight, the kubectl box too, the page unscrolled.
    await expect(grip).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('log', { name: 'kubectl output' })).toContainText('NOMINATED NODE');
    expect(await inside(page.getByRole('log', { name: 'kubectl output' }))).toBe(true);
    expect(await inside(box)).toBe(true);
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    await noSidewaysScroll(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/one-screen-console-dark-390x844.png` });
    await axeClean(page);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('one screen in a course page', () => {
  test('the 900×640 frame shows scene, lesson and kubectl box; the lesson is completed by clicking a pod and Kill pod', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(COURSE_PAGE);
    await page.goto(hostUrl);
    const messages = page.getByRole('log', { name: 'Messages from Podchestra' });
    await expect(messages).toContainText('ready: self-healing');
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(APP))).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(APP))!;
    expect(await frame.evaluate(() => [innerWidth, innerHeight])).toEqual([900, 640]);
    const app = page.frameLocator('iframe[title="Podchestra lesson"]');
    const panel = app.getByRole('region', { name: 'Lesson' });
    await expect(panel.getByRole('heading', { name: 'Step 1 of 3' })).toBeVisible();
    await oneScreen(app, () => frame.evaluate(() => document.scrollingElement?.scrollTop ?? 0));
    expect(await sceneFits(app, 0.3)).toBe('landscape');
    await noSidewaysScroll(frame);
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await page.locator('iframe').screenshot({ path: `${SHOTS}/one-screen-embed-900x640.png` });

    // As the lesson's hints say, with no "Show me" and no test API: faster time, a pod, Kill pod.
    await app.getByRole('combobox', { name: 'Speed' }).selectOption('8');
    const status = panel.getByRole('status');
    await expect(status).toHaveText('Goal met', { timeout: 30_000 });
    await panel.getByRole('button', { name: 'Next' }).click();
    await expect(panel.getByRole('heading', { name: 'Step 2 of 3' })).toBeVisible();
    await panel.getByRole('radio', { name: 'Create a new pod to get back to three' }).check();
    await panel.getByRole('button', { name: 'Check answer' }).click();
    await expect(panel.getByText(/^Correct\./)).toBeVisible();

    await app
      .getByRole('button', { name: /^Pod band-.*Running/ })
      .first()
      .click();
    const kill = app.getByRole('button', { name: 'Kill pod' });
    await expect(kill).toBeVisible();
    expect(await inside(kill)).toBe(true);
    await page.locator('iframe').screenshot({ path: `${SHOTS}/one-screen-embed-inspector-900x640.png` });
    await kill.click();
    await expect(app.getByRole('log', { name: 'kubectl output' })).toContainText('$ kubectl delete pod band-');

    await app.getByRole('tab', { name: 'Lesson' }).click();
    await expect(status).toHaveText('Goal met', { timeout: 30_000 });
    await panel.getByRole('button', { name: 'Next' }).click();
    await expect(panel.getByRole('heading', { name: 'Step 3 of 3' })).toBeVisible();
    await expect(status).toHaveText('Goal met', { timeout: 60_000 });
    await panel.getByRole('button', { name: 'Next' }).click();
    await expect(panel.getByRole('heading', { name: 'Lesson complete' })).toBeVisible();
    await expect(messages.getByRole('listitem').last()).toHaveText('complete: self-healing');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('iframe').screenshot({ path: `${SHOTS}/one-screen-embed-dark-900x640.png` });
    await noSidewaysScroll(frame);
  });
});
