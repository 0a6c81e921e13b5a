// The first page: a seeded three-node cluster runs the sample nginx Deployment live.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const SCREENSHOTS = 'e2e/screenshots';

test.describe('live page', () => {
  test('shows three Ready nodes and three Running nginx pods, cleanly and accessibly', async ({ page, sim, consoleErrors }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./?test&seed=1');
    await expect(page).toHaveTitle(/Podchestra/);
    await expect(page.getByRole('heading', { level: 1, name: 'Podchestra' })).toBeVisible();
    await sim.pause();

    const nodes = page.getByRole('region', { name: 'Nodes' });
    const pods = page.getByRole('region', { name: 'Pods' });
    await expect(nodes).toBeVisible();
    await expect(pods).toBeVisible();

    const readyNodes = async () => {
      const text = (await nodes.locator('pre').textContent()) ?? '';
      return ['node-1', 'node-2', 'node-3'].every((n) => new RegExp(`^${n}\\s+Ready\\s`, 'm').test(text));
    };
    await sim.advanceUntil(readyNodes, { stepMs: 1000, maxMs: 120_000 });
    for (const n of ['node-1', 'node-2', 'node-3']) await expect(nodes.locator('pre')).toContainText(new RegExp(`^${n}\\s+Ready\\s`, 'm'));

    const runningPods = async () => {
      const text = (await pods.locator('pre').textContent()) ?? '';
      return (text.match(/^nginx-deployment-\S+\s+1\/1\s+Running\s/gm) ?? []).length === 3;
    };
    await sim.advanceUntil(runningPods, { stepMs: 1000, maxMs: 300_000 });
    await expect(pods.locator('pre')).toContainText(/^nginx-deployment-\S+\s+1\/1\s+Running\s/m);
    // Every pod is placed on one of the three nodes (the -o wide NODE column).
    const podLines = ((await pods.locator('pre').textContent()) ?? '').split('\n').filter((l) => l.startsWith('nginx-deployment-'));
    expect(podLines).toHaveLength(3);
    for (const line of podLines) expect(line).toMatch(/\snode-[123]\s/);

    await page.screenshot({ path: `${SCREENSHOTS}/live-page-1280x800.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SCREENSHOTS}/live-page-390x844.png`, fullPage: true });

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('the clock runs in real time while the tab is visible', async ({ page, consoleErrors }) => {
    await page.goto('./?test');
    const clock = page.getByTestId('clock');
    await expect(clock).toHaveText('0:00:00');
    await expect(clock).not.toHaveText('0:00:00', { timeout: 5_000 });
    expect(await page.evaluate(() => window.podchestra?.now() ?? 0)).toBeGreaterThan(900);
    expect(consoleErrors).toEqual([]);
  });

  test('an invalid seed shows a notice and falls back to seed 1', async ({ page, consoleErrors }) => {
    await page.goto('./?seed=banana');
    await expect(page.getByRole('alert')).toHaveText(
      'The seed "banana" is not a whole number from 0 to 4294967295, so this cluster uses seed 1.',
    );
    await expect(page.getByText('seed 1 ·')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Nodes' })).toBeVisible();
    expect(await page.evaluate(() => window.podchestra)).toBeUndefined();
    expect(consoleErrors).toEqual([]);
  });

  test('the test API drives virtual time exactly', async ({ page, sim }) => {
    await page.goto('./?test&seed=3');
    await sim.pause();
    const before = await page.evaluate(() => window.podchestra?.now() ?? -1);
    expect(await sim.advance(60_000)).toBe(before + 60_000);
    await expect(page.getByTestId('clock')).toHaveText(/^0:01:0\d$/);
    const version = await sim.kubectl('version --client');
    expect(version).toEqual({ stdout: 'Client Version: v1.32.0\nKustomize Version: v5.5.0\n', stderr: '', exitCode: 0 });
  });
});
