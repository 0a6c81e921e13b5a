// Services as the marquee: the sample Service's audience, raising the load with the control,
// a killed pod under load (an error blip, then the flow moves to the others), the charts' text,
// axe at both sizes. Virtual time moves through the test API, never sleeps.
import type { Page } from '@playwright/test';
import type { PodchestraTestApi } from '../src/views/test-api';
import { axeClean, expect, type Sim, test } from './fixtures';

const SHOTS = 'e2e/screenshots';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const runningPods = (page: Page) => page.getByRole('button', { name: /^Pod nginx-deployment-\S+.*Running/ });
const marquee = (page: Page) => page.getByRole('region', { name: 'Service nginx-deployment' });
const rps = async (page: Page) => Number(((await marquee(page).getByTestId('service-rps').textContent()) ?? '').replace(/[^\d]/g, ''));

async function openSettled(page: Page, sim: Sim) {
  await page.goto('./?test&seed=1');
  await sim.pause();
  await sim.advanceUntil(async () => (await runningPods(page).count()) === 3, { stepMs: 2_000, maxMs: 120_000 });
  await expect(runningPods(page)).toHaveCount(3);
}

test.describe('traffic', () => {
  test('the marquee: 5 requests/s at start, 300 with the control, a killed pod blips and recovers; accessible', async ({
    page,
    sim,
    consoleErrors,
  }) => {
    await page.setViewportSize(DESKTOP);
    await openSettled(page, sim);
    await sim.advance(5_000);
    const m = marquee(page);
    await expect(m).toBeVisible();
    await expect(m).toContainText('ClusterIP');
    await expect(m).toContainText(':80/TCP');
    await expect(m).toContainText('selector app=nginx');
    await expect(m).toContainText('(set to 5)');
    await expect(m.getByTestId('service-rps')).toHaveText(/^\d+ requests\/s$/);
    await expect(m.getByRole('list', { name: 'Where the requests to nginx-deployment go' }).getByRole('listitem')).toHaveCount(3);

    // Select the Service: the load control, the charts and the inspector's YAML.
    await m.getByRole('button', { name: /Service nginx-deployment/ }).click();
    await expect(m.getByRole('button', { name: /Service nginx-deployment/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { name: 'Service nginx-deployment' })).toBeVisible();
    await page.getByText('Live YAML').last().click();
    await expect(page.locator('.inspector pre').last()).toContainText('kind: Service');
    const load = m.getByLabel('Load for nginx-deployment (requests/s)');
    await expect(load).toHaveValue('5');
    await load.fill('300');
    await load.press('Enter');
    await expect(page.getByRole('log', { name: 'kubectl output' })).toContainText(
      '# the audience sends 300 requests/s to service/nginx-deployment (traffic model)',
    );
    await sim.advance(3_000);
    await expect(m).toContainText('(set to 300)');
    await expect.poll(() => rps(page)).toBeGreaterThan(200);
    // Each ready musician gets a share, as text.
    await expect(m.getByText(/^Pod nginx-deployment-\S+: \d+ requests\/s/)).toHaveCount(3);
    await expect(page.getByText(/^Requests: \d+ requests\/s now; peak \d+/)).toBeVisible();
    await expect(page.getByText(/^Ready replicas: 3 pods now/)).toBeVisible();

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/traffic-300rps-1280x800.png` });
    await axeClean(page);

    // Kill a pod under load: a short error blip, then the others take the flow. The blip's size
    // depends on where in the traffic second the kill lands (the rest of that second goes to the
    // stale route), so land it mid-second.
    const now = await page.evaluate(() => (window.podchestra as PodchestraTestApi).now());
    await sim.advance(1_500 - (now % 1_000));
    await runningPods(page).first().click();
    await page.getByRole('button', { name: 'Kill pod' }).click();
    const blip = await sim.advanceUntil(async () => /[1-9][\d,]* in the last 10 s/.test((await m.textContent()) ?? ''), {
      stepMs: 500,
      maxMs: 10_000,
    });
    expect(blip, 'errors appear after the kill').toBe(true);
    await expect(m).toContainText(/unavailable|refused/);
    await sim.advance(12_000);
    await expect(m.getByTestId('service-errors')).toHaveText('0 errors/s');
    await expect(m).not.toContainText('in the last 10 s');
    await expect.poll(() => rps(page)).toBeGreaterThan(200);

    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${SHOTS}/traffic-390x844.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await axeClean(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize(DESKTOP);
    await m.getByRole('button', { name: /Service nginx-deployment/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/traffic-dark-1280x800.png` });
    await axeClean(page);
    expect(consoleErrors).toEqual([]);
  });

  test('charts for a selected Deployment: its Service’s traffic, or its replicas and CPU when no Service selects it', async ({
    page,
    sim,
    consoleErrors,
  }) => {
    await page.setViewportSize(DESKTOP);
    await openSettled(page, sim);
    await sim.advance(5_000);
    await page.getByRole('button', { name: 'Inspect Deployment nginx-deployment' }).click();
    const panel = page.getByRole('region', { name: 'Traffic of nginx-deployment' });
    await expect(panel).toContainText('Through service/nginx-deployment, which selects its pods.');
    await expect(panel.getByText(/^Requests: \d+ requests\/s now/)).toBeVisible();
    await expect(panel.getByText(/^Ready replicas: 3 pods now/)).toBeVisible();
    // The load control sits on the Service's marquee, not in the panel.
    await expect(marquee(page).getByLabel('Load for nginx-deployment (requests/s)')).toHaveValue('5');

    // A Deployment no Service selects: its own replicas and CPU (metrics-server's, as kubectl top).
    await sim.kubectl('create deployment solo --image=nginx --replicas=2');
    await sim.advanceUntil(async () => (await page.getByRole('button', { name: /^Pod solo-\S+, Running/ }).count()) === 2, {
      stepMs: 1_000,
    });
    for (let i = 0; i < 40; i++) await sim.advance(1_000);
    await page.getByRole('button', { name: 'Inspect Deployment solo' }).click();
    const own = page.getByRole('region', { name: 'Replicas and CPU of solo' });
    await expect(own).toContainText('no Service selects its pods');
    await expect(own.getByText(/^Ready replicas: 2 pods now; peak 2/)).toBeVisible();
    await expect(own.getByText(/^Desired replicas: 2 pods now/)).toBeVisible();
    await expect(own.getByText(/^CPU used: 2 millicores now/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Traffic of solo' })).toHaveCount(0);
    await own.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/traffic-deployment-charts-1280x800.png` });
    await axeClean(page);
    expect(consoleErrors).toEqual([]);
  });
});
