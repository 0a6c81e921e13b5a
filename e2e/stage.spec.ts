// The stage as a learner meets it: musicians on node stages, the wings, the podium and the
// scheduler's audition. Time is driven through window.podchestra (virtual time, no sleeps),
// except where the point is to watch the cluster play at 64×.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, type Sim, test } from './fixtures';

const SHOTS = 'e2e/screenshots';
const BIG_POD = `apiVersion: v1
kind: Pod
metadata:
  name: hog
spec:
  containers:
  - name: hog
    image: nginx
    resources:
      requests:
        cpu: "3"
`;

const podButtons = (scope: Page | Locator) => scope.getByRole('button', { name: /^Pod / });

async function podNames(scope: Page | Locator, status = 'Running'): Promise<string[]> {
  const labels = await podButtons(scope).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return labels.filter((l) => l.split(', ')[1] === status).map((l) => l.split(', ')[0].slice(4));
}

async function openPlaying(page: Page, sim: Sim, search = 'seed=1'): Promise<void> {
  await page.goto(`./?test&${search}`);
  await sim.pause();
  await sim.advanceUntil(async () => (await podNames(page)).length === 3, { stepMs: 2000, maxMs: 180_000 });
  expect(await podNames(page)).toHaveLength(3);
}

test.describe('the stage', () => {
  test('each node is a stage; a killed pod is replaced by a new musician who walks on', async ({ page, sim, consoleErrors }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPlaying(page, sim);
    for (const n of ['node-1', 'node-2', 'node-3']) {
      const stage = page.getByRole('region', { name: `Node ${n}` });
      await expect(stage).toContainText('Ready');
      await expect(stage).toContainText(/CPU.*requested/);
    }
    const before = await podNames(page);
    const victim = page.getByRole('button', { name: new RegExp(`^Pod ${before[0]}, Running, on (node-\\d)`) });
    const label = (await victim.getAttribute('aria-label')) ?? '';
    const victimNode = /on (node-\d)/.exec(label)?.[1];
    await victim.click();
    await expect(victim).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Kill pod' }).click();
    await sim.advanceUntil(
      async () => {
        const now = await podNames(page);
        return now.length === 3 && !now.includes(before[0]);
      },
      { stepMs: 1000, maxMs: 120_000 },
    );
    const after = await podNames(page);
    expect(after).toHaveLength(3);
    expect(after).not.toContain(before[0]);
    const newcomer = after.find((n) => !before.includes(n));
    expect(newcomer).toBeDefined();
    // The survivors stayed on their stages: pods never move between nodes.
    for (const n of before.slice(1)) {
      const l = await page.getByRole('button', { name: new RegExp(`^Pod ${n},`) }).getAttribute('aria-label');
      expect(l).toMatch(/on node-\d/);
    }
    expect(victimNode).toMatch(/^node-\d$/);
    await expect(page.getByRole('button', { name: new RegExp(`^Pod ${newcomer}, Running, on node-\\d`) })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/stage-replaced-1280x800.png` });
    expect(consoleErrors).toEqual([]);
  });

  test('a scale’s notes travel from the podium to the stage whose kubelet starts the new musician', async ({
    page,
    sim,
    consoleErrors,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPlaying(page, sim);
    await page.getByLabel('Speed').selectOption('4');
    // Record every note the podium plays and every cue a stage shows (they last about a second).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const now = document.querySelector('.podium__now')?.textContent ?? '';
        if (now && seen.at(-1) !== now) seen.push(now);
        for (const c of document.querySelectorAll('.stage__cue')) {
          const line = `${c.closest('section')?.getAttribute('aria-label')}: ${c.textContent}`;
          if (!seen.includes(line)) seen.push(line);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const before = await podNames(page);
    await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
    await sim.advance(3000);
    const newcomer = (await podNames(page, 'ContainerCreating')).concat(await podNames(page)).find((n) => !before.includes(n));
    expect(newcomer).toBeDefined();
    const label = (await page.getByRole('button', { name: new RegExp(`^Pod ${newcomer},`) }).getAttribute('aria-label')) ?? '';
    const node = /on (node-\d)/.exec(label)?.[1] ?? 'none';
    const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    // The scheduler's binding is announced to exactly that node's kubelet, and its stage lights up.
    await expect.poll(seen, { timeout: 20_000 }).toContain(`Node ${node}: kubelet ← watch MODIFIED pods ${newcomer}`);
    const story = await seen();
    // The stage lights only after the podium has played the scale itself (the first note).
    expect(story.findIndex((l) => l.startsWith('Now playing: '))).toBeLessThan(
      story.findIndex((l) => l.startsWith(`Node ${node}: kubelet ← watch MODIFIED pods ${newcomer}`)),
    );
    for (const other of ['node-1', 'node-2', 'node-3'].filter((n) => n !== node))
      expect(story.some((l) => l.startsWith(`Node ${other}: kubelet ← watch MODIFIED pods ${newcomer}`))).toBe(false);
    await page.getByRole('region', { name: `Node ${node}` }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/stage-kubelet-cue-1280x800.png` });
    expect(consoleErrors).toEqual([]);
  });

  test('a pod asking for 3 CPUs waits in the wings with the scheduler’s reason and audition', async ({ page, sim, consoleErrors }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPlaying(page, sim);
    await sim.kubectl('apply -f -', BIG_POD);
    await sim.advance(3000);
    const wings = page.getByRole('region', { name: 'Unscheduled pods' });
    const hog = wings.getByRole('button', { name: /^Pod hog, Pending, unscheduled/ });
    await expect(hog).toBeVisible();
    await expect(wings).toContainText('0/3 nodes are available: 3 Insufficient cpu.');
    await hog.press('Enter');
    const audition = page.getByRole('region', { name: 'Scheduler’s audition' });
    await expect(audition).toContainText('Unschedulable: 0/3 nodes are available: 3 Insufficient cpu.');
    await expect(audition.getByRole('row', { name: /node-1/ })).toContainText('rejected by NodeResourcesFit: Insufficient cpu');
    await page.screenshot({ path: `${SHOTS}/stage-wings-1280x800.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await wings.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/stage-wings-390x844.png` });
    expect(consoleErrors).toEqual([]);
  });

  test('a killed node goes dark at 64× and its pods are replaced elsewhere', async ({ page, sim, consoleErrors }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPlaying(page, sim);
    const stage = page.getByRole('region', { name: 'Node node-2' });
    const onNode2 = (await podNames(stage)).length;
    await stage.getByRole('button', { name: 'Inspect node-2' }).click();
    await page.getByRole('button', { name: 'Kill node' }).click();
    await page.getByLabel('Speed').selectOption('64');
    await page.evaluate(() => window.podchestra?.play());
    // 40 s without heartbeats → NotReady (Unknown): about a second of wall time at 64×.
    await expect(stage).toContainText('NotReady', { timeout: 20_000 });
    await expect(stage).toContainText('Lights out: the node is not Ready');
    await expect(stage).toHaveClass(/stage--dark/);
    await expect(stage).toContainText('taint node.kubernetes.io/unreachable');
    // At 64× the podium stops throwing notes and counts instead.
    await expect(page.getByRole('region', { name: 'Control plane' })).toContainText(/Last 5 s:|Quiet/);
    await sim.pause();
    // Taint-based eviction after 300 s; replacements land on the surviving stages.
    const elsewhere = async () =>
      (await podNames(page.getByRole('region', { name: 'Node node-1' }))).length +
      (await podNames(page.getByRole('region', { name: 'Node node-3' }))).length;
    await sim.advanceUntil(async () => (await elsewhere()) === 3, { stepMs: 10_000, maxMs: 600_000 });
    expect(await elsewhere()).toBe(3);
    if (onNode2 > 0) await expect(stage.getByRole('button', { name: /^Pod .*, (Terminating|Unknown),/ }).first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/stage-node-dark-1280x800.png` });
    expect(consoleErrors).toEqual([]);
  });

  test('a bad image leaves musicians without their instrument', async ({ page, sim, consoleErrors }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openPlaying(page, sim);
    await sim.kubectl('set image deployment/nginx-deployment nginx=nginx:no-such-tag');
    const broken = page.getByRole('button', { name: /^Pod nginx-deployment-\S+, (ImagePullBackOff|ErrImagePull), on node-\d/ });
    await sim.advanceUntil(async () => (await broken.count()) > 0, { stepMs: 1000, maxMs: 120_000 });
    await sim.advanceUntil(async () => (await page.getByRole('button', { name: /, ImagePullBackOff, / }).count()) > 0, {
      stepMs: 1000,
      maxMs: 60_000,
    });
    const pod = page.getByRole('button', { name: /, ImagePullBackOff, / }).first();
    await expect(pod).toContainText('missing instrument');
    await expect(pod.locator('.instrument--missing')).toHaveCount(1);
    // The old musicians keep playing while the rollout is stuck.
    expect((await podNames(page)).length).toBeGreaterThanOrEqual(2);
    await pod.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/stage-bad-image-390x844.png` });
    expect(consoleErrors).toEqual([]);
  });

  test('with reduced motion nothing bobs or travels, and a replacement still appears', async ({ page, sim, consoleErrors }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPlaying(page, sim);
    const figure = page.locator('.musician--playing').first();
    await expect(figure).toBeVisible();
    expect(await figure.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    const before = await podNames(page);
    await sim.kubectl(`delete pod ${before[0]} --wait=false`);
    await sim.advanceUntil(async () => (await podNames(page)).filter((n) => !before.includes(n)).length === 1, {
      stepMs: 1000,
      maxMs: 120_000,
    });
    const li = page
      .locator('.musician')
      .filter({ has: page.getByRole('button', { name: /, Running, / }) })
      .last();
    // Reduced motion: no transform is left on the musician once it has appeared.
    await expect.poll(() => li.evaluate((el) => getComputedStyle(el).transform)).toMatch(/^(none|matrix\(1, 0, 0, 1, 0, 0\))$/);
    expect(consoleErrors).toEqual([]);
  });

  test('axe finds nothing on the stage in light and dark, at both sizes', async ({ page, sim, consoleErrors }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPlaying(page, sim);
    await sim.kubectl('apply -f -', BIG_POD);
    await sim.advance(2000);
    await podButtons(page).first().click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [w, h] of [
        [1280, 800],
        [390, 844],
      ]) {
        await page.setViewportSize({ width: w, height: h });
        // Let entrances finish: axe would judge the contrast of a musician still fading in.
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
        const axe = await new AxeBuilder({ page }).include('.stage-root').analyze();
        expect(
          axe.violations.map((v) => `${scheme} ${w}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
        ).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/stage-${scheme}-${w}x${h}.png`, fullPage: true });
      }
    }
    expect(consoleErrors).toEqual([]);
  });
});
