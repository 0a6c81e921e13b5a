// Frame times of the real app in Chromium (printed as `FRAMES <label>: …` lines that
// scripts/bench.ts collects): 100 Running musicians with 300 requests/s at 1× and at 16× (with the
// speed the engine actually achieved), 1,000 Running pods on 10 stages (crowds drawn as counts),
// and the time to a playing cluster on cold loads (bench/cold-load.ts). The clusters are set up by
// bench/scenarios.ts (bench/profile-frames.ts counts what the same frames cost).
// A measurement, not a test: it asserts nothing about speed.
import { type Page, test } from '@playwright/test';
import { coldLoad, LESSON_AND_STAGE, median } from './cold-load';
import { hundredPodsReady, thousandPodsReady } from './scenarios';

interface Measured {
  frames: number[];
  /** Virtual ms the engine advanced during the measurement, per wall ms: the speed achieved. */
  effectiveSpeed: number;
}

async function measure(page: Page, ms: number): Promise<Measured> {
  return page.evaluate(
    (dur) =>
      new Promise<Measured>((resolve) => {
        const out: number[] = [];
        const now = () => window.podchestra?.now() ?? 0;
        const v0 = now();
        const start = performance.now();
        let last = start;
        const end = last + dur;
        const tick = (t: number) => {
          out.push(t - last);
          last = t;
          if (t < end) requestAnimationFrame(tick);
          else resolve({ frames: out.slice(1), effectiveSpeed: (now() - v0) / (performance.now() - start) });
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

function report(label: string, { frames, effectiveSpeed }: Measured, extra = ''): void {
  const sorted = [...frames].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
  console.log(
    `FRAMES ${label}: median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, ${sorted.length} frames, ` +
      `effective speed ${effectiveSpeed.toFixed(1)}×${extra}`,
  );
}

/** What the stage draws: musicians (buttons) by STATUS, and the crowds drawn as counts. */
async function drawn(page: Page) {
  return page.evaluate(() => ({
    musicians: document.querySelectorAll('[role="button"][aria-label^="Pod "]').length,
    running: document.querySelectorAll('[role="button"][aria-label^="Pod "][aria-label*=", Running, "]').length,
    crowds: [...document.querySelectorAll('.scene__crowd')].map((c) => c.textContent?.trim()).join(' '),
  }));
}

async function hundredPods(page: Page, nodes: number): Promise<void> {
  const ready = await hundredPodsReady(page, undefined, nodes, 100, 300);
  const d = await drawn(page);
  const what = `, ${ready} pods Running and Ready on ${nodes} stages, ${d.musicians} musicians drawn (${d.running} Running)${d.crowds ? `, crowds ${d.crowds}` : ''}`;
  const label = `100 pods + 300 rps on ${nodes} stages`;
  report(`${label} at 1x`, await measure(page, 4_000), what);
  await page.getByLabel('Speed').selectOption('16');
  // The speed change itself (a re-render, the walk lengths) is not part of playing at 16×.
  await page.waitForTimeout(500);
  report(`${label} at 16x`, await measure(page, 4_000), ' (16× asked)');
}

// 5 stages: all 100 musicians are drawn (24 seats a stage); 3 stages (the app as it opens): 72 are
// drawn and the rest are counted in crowds.
test('100 pods, 300 rps, 5 stages', async ({ page }) => hundredPods(page, 5));
test('100 pods, 300 rps, 3 stages', async ({ page }) => hundredPods(page, 3));

// Issue 10's case exactly: 1,000 Running pods (ten Deployments of a hundred) on 10 stages.
test('1,000 pods on 10 stages', async ({ page }) => {
  const running = await thousandPodsReady(page, undefined, 10, 1000);
  const d = await drawn(page);
  report(
    '1,000 pods on 10 stages at 1x',
    await measure(page, 4_000),
    `, ${running} pods Running on 10 stages, ${d.musicians} musicians drawn${d.crowds ? `, crowds ${d.crowds}` : ''}`,
  );
  const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(`FRAMES 1,000 pods on 10 stages DOM: ${dom} elements, ${d.musicians} musicians drawn`);
  const t0 = Date.now();
  await page.getByRole('textbox', { name: 'kubectl' }).fill('get deployments');
  await page.getByRole('textbox', { name: 'kubectl' }).press('Enter');
  await page.getByText('band-9').first().waitFor();
  console.log(`FRAMES 1,000 pods console round trip: ${Date.now() - t0} ms`);
});

/** Cold loads: each in a fresh context with service workers blocked, no warm-up navigation. */
const COLD_LOADS = 5;
test('a playing cluster on screen after a cold navigation to /', async ({ browser, baseURL }) => {
  const url = new URL('./', `${baseURL}/`).href;
  const runs = [];
  for (let i = 0; i < COLD_LOADS; i++) runs.push(await coldLoad(browser, url));
  const at = runs.map((r) => Math.round(r.playingAt));
  const first = runs.map((r) => Math.round(r.firstPodAt));
  const live = runs.map((r) => Math.round(r.liveAt));
  console.log(
    `FRAMES playing cluster on screen, cold load of /: ${Math.round(median(at))} ms median of ${COLD_LOADS} ` +
      `(each ${at.join(', ')} ms after navigation start; first musician in any STATUS ${Math.round(median(first))} ms median; ` +
      `live, the engine running and every control answering, ${Math.round(median(live))} ms median: ${live.join(', ')})`,
  );
});

test('a lesson on screen after a cold navigation to ?lesson=self-healing', async ({ browser, baseURL }) => {
  const url = new URL('./?lesson=self-healing', `${baseURL}/`).href;
  const runs = [];
  for (let i = 0; i < COLD_LOADS; i++) runs.push(await coldLoad(browser, url, { firstScreen: LESSON_AND_STAGE }));
  const at = runs.map((r) => Math.round(r.playingAt));
  const live = runs.map((r) => Math.round(r.liveAt));
  const running = runs.map((r) => Math.round(r.runningAt));
  console.log(
    `FRAMES lesson on screen, cold load of ?lesson=self-healing: ${Math.round(median(at))} ms median of ${COLD_LOADS} ` +
      `(each ${at.join(', ')} ms after navigation start; live ${Math.round(median(live))} ms median: ${live.join(', ')}; ` +
      `its band, walking on from 0:00, has a Running musician at ${Math.round(median(running))} ms median)`,
  );
});
