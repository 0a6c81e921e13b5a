// The concert hall's podium and front layers in a test-only harness page (e2e/harness/), served
// by its own Vite dev server, until the scene that hosts them is merged: notes travel on the cue
// lines and freeze when time is paused, the audience walks to ready musicians, the marquee keeps its
// accessible content and load control, the desk and safe list what they hold; axe in light and dark.
import type { Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { createServer, type ViteDevServer } from 'vite';
import { APP_PORT } from './ports';
import { axeClean, expect, test } from './fixtures';

const PORT = APP_PORT + 2;
const URL = `http://127.0.0.1:${PORT}/e2e/harness/scene-layers.html`;
const SHOTS = 'e2e/screenshots';
let server: ViteDevServer;

test.beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: process.cwd(),
    plugins: [react()],
    // Only the harness is scanned (the app's entry imports the build's virtual opening frames), and
    // the harness's dependency cache stays out of node_modules.
    optimizeDeps: { entries: ['e2e/harness/scene-layers.html'] },
    cacheDir: 'test-results/vite-harness',
    server: { port: PORT, host: '127.0.0.1', strictPort: true },
    logLevel: 'error',
  });
  await server.listen();
});
test.afterAll(async () => server?.close());

/** Two animation frames: the layers' loop has drawn the store's latest moment. */
const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Where the drawn notes and walkers are now. */
const visible = (page: Page, cls: string) =>
  page.evaluate(
    (c) =>
      [...document.querySelectorAll<SVGGElement>(`.${c}`)]
        .filter((g) => g.style.visibility === 'visible')
        .map((g) => g.getAttribute('transform')),
    cls,
  );

test('podium notes follow virtual time; the audience walks to ready musicians; accessible in light and dark', async ({ page, sim }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(URL);
  await expect(page.getByRole('region', { name: 'Control plane' })).toBeVisible();
  const m = page.getByRole('region', { name: 'Service nginx-deployment' });
  await expect(m).toBeVisible();
  await expect(m.getByTestId('service-rps')).toHaveText(/^\d+ requests\/s$/);
  await expect(m.getByLabel('Load for nginx-deployment (requests/s)')).toHaveValue('5');
  await expect(m.getByRole('list', { name: 'Where the requests to nginx-deployment go' }).getByRole('listitem')).toHaveCount(3);

  // Paused, a scale's notes stand still with their words; the ledger's revision has ticked.
  await sim.pause();
  await sim.kubectl('scale deployment nginx-deployment --replicas=4');
  await sim.advance(100);
  await frames(page);
  await expect.poll(async () => (await visible(page, 'podium-layer__note')).length).toBeGreaterThan(0);
  const a = await visible(page, 'podium-layer__note');
  await page.waitForTimeout(300);
  expect(await visible(page, 'podium-layer__note')).toEqual(a);
  await expect(page.locator('.podium-layer__note-label').filter({ hasText: /\S/ }).first()).toBeVisible();
  await expect(page.locator('.podium-layer__revision')).toHaveText(/^etcd revision \d+$/);
  await expect(page.locator('[aria-live="polite"]').first()).toHaveText(/^Now playing: /);
  // Time moves: the notes move.
  await sim.advance(150);
  await expect.poll(() => visible(page, 'podium-layer__note')).not.toEqual(a);

  // Load: walkers head for the musicians.
  await m.getByLabel('Load for nginx-deployment (requests/s)').fill('200');
  await m.getByLabel('Load for nginx-deployment (requests/s)').press('Enter');
  await sim.advance(3_000);
  await expect.poll(async () => (await visible(page, 'front-layer__walker')).length).toBeGreaterThan(3);

  // The desk and the safe.
  await sim.kubectl('create configmap set-list --from-literal=opener=Intro');
  await sim.kubectl(
    'apply -f -',
    `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: tapes
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: singer
spec:
  containers:
  - name: c
    image: nginx
    envFrom:
    - configMapRef:
        name: set-list
  volumes:
  - name: tapes
    persistentVolumeClaim:
      claimName: tapes
`,
  );
  await sim.advance(20_000);
  await expect(page.getByRole('list', { name: 'On the band manager’s desk' })).toContainText(
    'ConfigMap set-list (set list, 1 key, used by 1 musician)',
  );
  await expect(page.getByRole('list', { name: 'In the safe' })).toContainText(
    /PersistentVolumeClaim tapes: Bound, 1Gi on \S+, mounted by singer/,
  );
  await page.screenshot({ path: `${SHOTS}/scene-layers-1280.png` });
  await axeClean(page);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/scene-layers-dark-1280.png` });
  await axeClean(page);

  // Fast time: counts per path instead of notes.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => {
    const s = (window as unknown as { harnessSession: { actions: { setSpeed(n: number): void; play(): void } } }).harnessSession;
    s.actions.setSpeed(16);
    s.actions.play();
  });
  await expect(
    page
      .locator('.podium-layer__counts text')
      .filter({ hasText: /^×\d+$/ })
      .first(),
  ).toBeVisible();
  await expect(page.locator('.podium-layer__caption')).toHaveText(/^(Last 5 s: |Quiet)/);
  expect(await visible(page, 'podium-layer__note')).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/scene-layers-fast-1280.png` });

  // Reduced motion: a note does not travel; it fades where it lands.
  await sim.pause();
  await page.evaluate(() =>
    (window as unknown as { harnessSession: { actions: { setSpeed(n: number): void } } }).harnessSession.actions.setSpeed(1),
  );
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await sim.kubectl('scale deployment nginx-deployment --replicas=3');
  await sim.advance(100);
  await expect.poll(async () => (await visible(page, 'podium-layer__note')).length).toBeGreaterThan(0);
  const still = await visible(page, 'podium-layer__note');
  const opacity = await page.evaluate(() =>
    Number(document.querySelector<SVGGElement>('.podium-layer__note[style*="visible"]')?.style.opacity),
  );
  expect(opacity).toBeLessThan(1);
  await sim.advance(50);
  await expect.poll(async () => (await visible(page, 'podium-layer__note')).filter((t) => still.includes(t)).length).toBeGreaterThan(0);
});

test('the phone’s portrait hall: the cast, the marquee and its load control fit; accessible', async ({ page, sim }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${URL}?portrait`);
  const m = page.getByRole('region', { name: 'Service nginx-deployment' });
  await expect(m.getByLabel('Load for nginx-deployment (requests/s)')).toBeVisible();
  await sim.pause();
  await sim.kubectl('scale deployment nginx-deployment --replicas=4');
  await sim.advance(200);
  await frames(page);
  await page.screenshot({ path: `${SHOTS}/scene-layers-390x844.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await axeClean(page);
});
