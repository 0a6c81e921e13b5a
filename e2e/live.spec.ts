// Live mode (issue 13, point 3): the built app behind `kubectl proxy --www=dist
// --www-prefix=/podchestra/`, attached with `?live` to whatever API the proxy fronts. No real
// cluster runs here; our own served cluster stands in for one, behind the real kubectl proxy,
// which adds the kubeconfig's credentials itself: the page holds none.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEPLOYMENT, KUBECTL, kubectl, PROXY_PORT, startServer, watchPods } from './served-cluster';

const dist = join(import.meta.dirname, '..', 'dist');

async function startProxy(kubeconfig: string): Promise<ChildProcessWithoutNullStreams> {
  const proxy = spawn(KUBECTL as string, [
    '--kubeconfig',
    kubeconfig,
    'proxy',
    `--port=${PROXY_PORT}`,
    `--www=${dist}`,
    '--www-prefix=/podchestra/',
  ]);
  let out = '';
  proxy.stdout.on('data', (d) => (out += d));
  proxy.stderr.on('data', (d) => (out += d));
  for (let i = 0; i < 300 && !out.includes('Starting to serve'); i++) await new Promise((r) => setTimeout(r, 100));
  if (!out.includes('Starting to serve')) throw new Error(`kubectl proxy did not start:\n${out}`);
  return proxy;
}

test.describe('live mode behind kubectl proxy', () => {
  // Not skipped when kubectl is missing: a skip would hide that this path went untested.
  test.beforeAll(() => {
    if (!KUBECTL) throw new Error('kubectl 1.32 not found: run `node scripts/get-kubectl.mjs` (.ci/run does)');
  });
  test.setTimeout(180_000);

  test('draws the cluster the proxy fronts, says what it is, and a click goes through the proxy', async ({ page }) => {
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'podchestra-live-')), 'kubeconfig');
    const children: ChildProcessWithoutNullStreams[] = [await startServer(kubeconfig)];
    try {
      children.push(await startProxy(kubeconfig));
      await kubectl(kubeconfig, ['apply', '-f', '-'], DEPLOYMENT);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));

      await page.goto(`http://127.0.0.1:${PROXY_PORT}/podchestra/?live`);
      await expect(page.getByRole('alert').filter({ hasText: `Live: the Kubernetes API at http://127.0.0.1:${PROXY_PORT}` })).toBeVisible({
        timeout: 30_000,
      });
      // The stage: the API's nodes as risers, its pods as musicians.
      const musicians = page.getByRole('button', { name: /^Pod web-\S+, Running/ });
      await expect(musicians).toHaveCount(2, { timeout: 30_000 });
      await expect(page.getByRole('button', { name: /^Pod nginx-deployment-/ })).toHaveCount(0);
      // Every request the page made went to its own origin (the proxy): nothing to the server directly.
      expect(requests.every((u) => u.startsWith(`http://127.0.0.1:${PROXY_PORT}/`))).toBe(true);

      const watch = watchPods(kubeconfig);
      children.push(watch.process);
      await expect.poll(watch.seen, { timeout: 20_000 }).toMatch(/ADDED\s+web-/);
      const label = (await musicians.first().getAttribute('aria-label')) ?? (await musicians.first().textContent()) ?? '';
      const name = /^Pod (web-\S+),/.exec(label)?.[1];
      await musicians.first().click();
      await page.getByRole('button', { name: 'Kill pod' }).click();
      await expect(page.getByText(`pod "${name}" deleted`)).toBeVisible();
      await expect.poll(watch.seen, { timeout: 30_000 }).toMatch(new RegExp(`DELETED\\s+${name}`));

      // The console answers kubectl get from the server's own table, and does not pretend to run the rest.
      const input = page.getByRole('textbox', { name: 'kubectl' });
      // The replacement may not be Ready yet when the delete returns (the table then says 1/2):
      // asked again, as a person would, until the Deployment is whole.
      await expect(async () => {
        await input.fill('get deploy');
        await input.press('Enter');
        await expect(page.getByText(/NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\s+web\s+2\/2/).last()).toBeVisible({ timeout: 3_000 });
      }).toPass({ timeout: 30_000 });
      await input.fill('delete pod web');
      await input.press('Enter');
      await expect(page.getByText('here this console answers kubectl get only')).toBeVisible();
    } finally {
      for (const c of children.reverse()) c.kill();
    }
  });
});
