// What a frame costs the hall (issue 10's frame budget), checked with Chromium's own trace rather
// than a stopwatch (wall time is noise on a shared machine): a change elsewhere on the page in the
// same frame as one in the scene's overlay must not re-lay out the hall's musicians. It did: the
// shell's grid measured the scene's rows with the SVGs at a trial size, and a changed viewport scale
// makes Chromium re-lay out every element of an SVG ("SVG changed"), twice a frame at 16×.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface TraceEvent {
  name: string;
  args?: { data?: { nodeName?: string; reason?: string } };
}

/** Layout invalidations recorded while `frames` animation frames run `change(i)` in the page. */
async function invalidationsWhile(browser: Browser, page: Page, frames: number, change: string): Promise<TraceEvent[]> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking'] });
  await page.evaluate(
    ([n, body]) =>
      new Promise<void>((resolve) => {
        const step = new Function('i', body) as (i: number) => void;
        let i = 0;
        const frame = () => {
          step(i++);
          if (i < n) requestAnimationFrame(frame);
          else requestAnimationFrame(() => resolve());
        };
        requestAnimationFrame(frame);
      }),
    [frames, change] as const,
  );
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  return trace.traceEvents.filter((e) => e.name === 'LayoutInvalidationTracking');
}

const onMusician = (e: TraceEvent) => /class='mus /.test(e.args?.data?.nodeName ?? '') && e.args?.data?.reason === 'SVG changed';

test('the timeline and the audience moving in one frame do not re-lay out the hall', async ({ page, browser, sim, consoleErrors }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?test&seed=1');
  await sim.pause();
  await sim.advanceUntil(async () => (await page.locator('g.mus[role="button"]').count()) === 3, { stepMs: 2000, maxMs: 120_000 });
  await expect(page.locator('.front-layer__walker').first()).toBeAttached();
  // What a playing frame at 16× does: the timeline's slider moves (a commit) and a walker of the
  // audience moves (the overlay's frame loop).
  const both = await invalidationsWhile(
    browser,
    page,
    20,
    `const range = document.querySelector('.timeline input');
     range.max = String(600000 + i * 1000); range.value = range.max;
     document.querySelector('.front-layer__walker').setAttribute('transform', 'translate(' + (i % 40) + ' 0)');`,
  );
  expect(both.filter(onMusician).length, 'musicians re-laid out by changes outside the hall').toBe(0);
  // The trace does see the hall when something in it changes (so the zero above means something).
  const inHall = await invalidationsWhile(browser, page, 3, `document.querySelector('g.mus .musician__name').textContent = 'x' + i;`);
  expect(inHall.length).toBeGreaterThan(0);
  expect(consoleErrors).toEqual([]);
});
