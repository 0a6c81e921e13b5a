// The page attached to the served cluster (issue 13, point 2): `npm run serve` serves the built app
// on its own origin; opened from it, the stage draws that cluster. A Deployment created by the real
// kubectl appears as musicians, and a click on "Kill pod" is an API request that
// `kubectl get pods -w` in another process sees. The server runs as `npm run serve` does, on a
// scratch port one above the dist server's (E2E_PORT + 2).
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEPLOYMENT, KUBECTL, kubectl, SERVE_PORT, startServer, watchPods } from './served-cluster';

test.describe('the page opened from npm run serve', () => {
  // Not skipped when kubectl is missing: a skip would hide that this path went untested.
  test.beforeAll(() => {
    if (!KUBECTL) throw new Error('kubectl 1.32 not found: run `node scripts/get-kubectl.mjs` (.ci/run does)');
  });
  test.setTimeout(180_000);

  test('draws what kubectl created, and a Kill pod click is seen by kubectl get -w', async ({ page }) => {
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'podchestra-served-')), 'kubeconfig');
    const server = await startServer(kubeconfig);
    const watchers: ChildProcessWithoutNullStreams[] = [];
    try {
      await page.goto(`http://127.0.0.1:${SERVE_PORT}/podchestra/`);
      await expect(page.getByRole('alert').filter({ hasText: 'Attached to the simulated cluster served at' })).toBeVisible({
        timeout: 30_000,
      });
      // The served cluster starts empty: no sample band, no musicians of the page's own.
      await expect(page.getByRole('button', { name: /^Pod nginx-deployment-/ })).toHaveCount(0);

      await kubectl(kubeconfig, ['apply', '-f', '-'], DEPLOYMENT);
      const musicians = page.getByRole('button', { name: /^Pod web-\S+, Running/ });
      await expect(musicians).toHaveCount(2, { timeout: 30_000 });

      const watch = watchPods(kubeconfig);
      watchers.push(watch.process);
      const seen = watch.seen;
      await expect.poll(seen, { timeout: 20_000 }).toMatch(/ADDED\s+web-/);

      const first = musicians.first();
      const name = /^Pod (web-\S+),/.exec((await first.getAttribute('aria-label')) ?? (await first.textContent()) ?? '')?.[1];
      expect(name).toBeTruthy();
      await first.click();
      await page.getByRole('button', { name: 'Kill pod' }).click();
      // The console echoes the kubectl line the click stands for, and the API's answer.
      await expect(page.getByText(`kubectl delete pod ${name}`)).toBeVisible();
      await expect(page.getByText(`pod "${name}" deleted`)).toBeVisible();
      // kubectl get -w, another process, sees the deletion the click asked for.
      await expect.poll(seen, { timeout: 30_000 }).toMatch(new RegExp(`DELETED\\s+${name}`));
      // And the stage follows: the ReplicaSet's replacement plays, the killed pod is gone.
      await expect(page.getByRole('button', { name: new RegExp(`^Pod ${name},`) })).toHaveCount(0, { timeout: 30_000 });
      await expect(musicians).toHaveCount(2, { timeout: 30_000 });
    } finally {
      for (const w of watchers) w.kill();
      server.kill();
    }
  });
});
