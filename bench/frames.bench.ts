// Frame times of the real app in Chromium (printed as `FRAMES <label>: …` lines that
// scripts/bench.ts collects): 100 Running musicians with 300 requests/s at 1× and at 16× (with the
// speed the engine actually achieved), a crowd of 1,000 pods that must stay usable (crowds drawn
// as counts), and the time to a playing cluster on cold loads (bench/cold-load.ts).
// A measurement, not a test: it asserts nothing about speed.
import { deflateRawSync } from 'node:zlib';
import { type Page, test } from '@playwright/test';
import { SAMPLE_DEPLOYMENT_YAML, SAMPLE_RPS } from '../src/views/session/sample-cluster';
import { coldLoad, LESSON_AND_STAGE, median } from './cold-load';

async function api<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  await page.waitForFunction(() => !!window.podchestra, undefined, { timeout: 20_000 });
  return page.evaluate(
    ([f, a]) => (window.podchestra as unknown as Record<string, (...x: unknown[]) => unknown>)[f as string](...(a as unknown[])),
    [fn, args] as const,
  ) as Promise<T>;
}

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

/**
 * A share link (the app's own format, src/views/share/share-link.ts) for `nodes` stages with the
 * sample Deployment, Service and audience: the only way to open the app with more than 3 stages.
 */
function sampleLink(nodes: number): string {
  const state = {
    v: 1,
    seed: 1,
    nodes,
    at: 0,
    log: [
      { at: 0, kind: 'kubectl', line: 'apply -f -', stdin: SAMPLE_DEPLOYMENT_YAML },
      { at: 0, kind: 'kubectl', line: 'expose deployment nginx-deployment --port=80' },
      { at: 0, kind: 'fault', fault: { type: 'load', service: 'nginx-deployment', rps: SAMPLE_RPS } },
    ],
  };
  const packed = deflateRawSync(Buffer.from(JSON.stringify(state))).toString('base64url');
  return `./?test#share=1.${packed}`;
}

/** Ready replicas of the sample Deployment, read as kubectl prints them (READY x/y). */
async function readyReplicas(page: Page): Promise<number> {
  const r = await api<{ stdout: string }>(page, 'kubectl', 'get deployment nginx-deployment --no-headers');
  const m = /^nginx-deployment\s+(\d+)\/\d+/.exec(r.stdout);
  return m ? Number(m[1]) : 0;
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
  const pods = 100;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(nodes === 3 ? './?test&seed=1' : sampleLink(nodes));
  await api(page, 'pause');
  await api(page, 'kubectl', `scale deployment nginx-deployment --replicas=${pods}`);
  // Image pulls are serial per kubelet: 100 pods on 3 stages take about 3 virtual minutes.
  let ready = 0;
  for (let i = 0; i < 200 && ready < pods; i++) {
    await api(page, 'advance', 5_000);
    ready = await readyReplicas(page);
  }
  if (ready < pods) throw new Error(`set-up: only ${ready} of ${pods} pods Ready`);
  await api(page, 'load', 'nginx-deployment', 300);
  await api(page, 'advance', 2_000);
  await api(page, 'play');
  await page.waitForTimeout(500);
  const d = await drawn(page);
  const what = `, ${ready} pods Running and Ready on ${nodes} stages, ${d.musicians} musicians drawn (${d.running} Running)${d.crowds ? `, crowds ${d.crowds}` : ''}`;
  const label = `100 pods + 300 rps on ${nodes} stages`;
  report(`${label} at 1x`, await measure(page, 4_000), what);
  await page.getByLabel('Speed').selectOption('16');
  report(`${label} at 16x`, await measure(page, 4_000), ' (16× asked)');
}

// 5 stages: all 100 musicians are drawn (24 seats a stage); 3 stages (the app as it opens): 72 are
// drawn and the rest are counted in crowds.
test('100 pods, 300 rps, 5 stages', async ({ page }) => hundredPods(page, 5));
test('100 pods, 300 rps, 3 stages', async ({ page }) => hundredPods(page, 3));

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
    musicians: document.querySelectorAll('.mus[role="button"]').length,
    crowds: [...document.querySelectorAll('.scene__crowd')].map((c) => c.textContent).join(' '),
  }));
  console.log(`FRAMES 1,000 pods DOM: ${dom.elements} elements, ${dom.musicians} musicians drawn, crowds ${dom.crowds}`);
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
