// Offline once loaded, from a sub-path: the build served under /k8s/ (scripts/serve-dist.mjs)
// registers public/sw.js; after the worker controls the page and holds what it loaded, the
// network goes away, the page reloads, and the band still plays.
import { expect, test } from './fixtures';
import { DIST_PORT } from './ports';

const APP = `http://localhost:${DIST_PORT}/k8s/`;

test('the app reloads and plays offline under a sub-path once it has been loaded', async ({ page, context, sim }) => {
  await page.goto(`${APP}?test&seed=1`);
  await expect(page.getByRole('region', { name: 'Node node-1' })).toBeVisible();
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 15_000 });
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(APP);
  // Everything this visit fetched from the app's folder is in the worker's cache before going offline.
  await page.waitForFunction(
    async (app) => {
      const wanted = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.startsWith(`${app}assets/`));
      const cache = await caches.open('podchestra-v1');
      const hits = await Promise.all([app, ...wanted].map((u) => cache.match(u)));
      return hits.every(Boolean);
    },
    APP,
    { timeout: 15_000 },
  );

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Node node-1' })).toBeVisible();
  await sim.pause();
  const start = await page.evaluate(() => window.podchestra!.now());
  // The home opens on a band already playing (warmed up), and time still runs offline.
  await sim.advance(2_000);
  await expect(page.getByRole('button', { name: /^Pod .*, Running,/ })).toHaveCount(3);
  expect(await page.evaluate(() => window.podchestra!.now())).toBeGreaterThan(start);
  // And it plays on its own too: the virtual clock moves without the test API.
  const clock = page.getByTestId('clock');
  const shown = await clock.textContent();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(clock).not.toHaveText(shown ?? '');
  await context.setOffline(false);
});
