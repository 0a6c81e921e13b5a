// Frame times of the real app in Chromium (printed as `FRAMES <label>: …` lines that
// scripts/bench.ts collects): 100 musicians with 300 requests/s at 1× and at 16×, and a crowd of
// 1,000 pods, which must stay usable (and whose DOM must stay small: crowds drawn as counts).
// A measurement, not a test: it asserts nothing about speed.
import { type Page, test } from '@playwright/test';

async function api<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  await page.waitForFunction(() => !!window.podchestra, undefined, { timeout: 20_000 });
  return page.evaluate(
    ([f, a]) => (window.podchestra as unknown as Record<string, (...x: unknown[]) => unknown>)[f as string](...(a as unknown[])),
    [fn, args] as const,
  ) as Promise<T>;
}

async function running(page: Page): Promise<number> {
  return page.getByRole('button', { name: /^Pod .*, Running, / }).count();
}

async function measure(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    (dur) =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let last = performance.now();
        const end = last + dur;
        const tick = (t: number) => {
          out.push(t - last);
          last = t;
          if (t < end) requestAnimationFrame(tick);
          else resolve(out.slice(1));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

function report(label: string, frames: number[]): void {
  const sorted = [...frames].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
  console.log(`FRAMES ${label}: median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, ${sorted.length} frames`);
}

async function setUp(page: Page, replicas: number, rps: number): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?test&seed=1');
  await api(page, 'pause');
  await api(page, 'kubectl', `scale deployment nginx-deployment --replicas=${replicas}`);
  for (let i = 0; i < 120 && (await running(page)) < Math.min(replicas, 72) * 0.9; i++) await api(page, 'advance', 5_000);
  await api(page, 'load', 'nginx-deployment', rps);
}

test('100 pods, 300 rps', async ({ page }) => {
  await setUp(page, 100, 300);
  await api(page, 'play');
  report('100 pods + 300 rps at 1x', await measure(page, 4_000));
  await page.getByLabel('Speed').selectOption('16');
  report('100 pods + 300 rps at 16x', await measure(page, 4_000));
});

test('1,000 pods stay usable', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?test&seed=1');
  await api(page, 'pause');
  for (let d = 0; d < 10; d++) await api(page, 'kubectl', `create deployment band-${d} --image=nginx:1.14.2 --replicas=100`);
  await api(page, 'advance', 120_000);
  await api(page, 'play');
  report('1,000 pods at 1x', await measure(page, 4_000));
  // The crowd must be drawn as counts: a handful of musicians per stage, not a thousand buttons.
  const dom = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    musicians: document.querySelectorAll('.musician').length,
    crowds: [...document.querySelectorAll('.stage__crowd')].map((c) => c.textContent).join(' '),
  }));
  console.log(`FRAMES 1,000 pods DOM: ${dom.elements} elements, ${dom.musicians} musicians drawn, crowds ${dom.crowds}`);
  const t0 = Date.now();
  await page.getByRole('textbox', { name: 'kubectl' }).fill('get deployments');
  await page.getByRole('textbox', { name: 'kubectl' }).press('Enter');
  await page.getByText('band-9').first().waitFor();
  console.log(`FRAMES 1,000 pods console round trip: ${Date.now() - t0} ms`);
});

test('a playing cluster on screen after navigation', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Warm the server's cache once, as a returning visitor would not; then measure a cold page load.
  await page.goto('./?seed=1');
  await page.goto('about:blank');
  const t0 = Date.now();
  await page.goto('./?seed=1');
  await page.getByRole('region', { name: 'Node node-3' }).waitFor();
  await page.getByRole('button', { name: /^Pod / }).first().waitFor();
  const ms = Date.now() - t0;
  console.log(`FRAMES playing cluster on screen after navigation: ${ms} ms`);
});
