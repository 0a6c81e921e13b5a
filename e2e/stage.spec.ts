// The stage as a learner meets it: musicians on node stages, the wings, the podium and the
// scheduler's audition. Time is driven through window.podchestra (virtual time, no sleeps),
// except where the point is to watch the cluster play at 64×.
import type { Locator, Page } from '@playwright/test';
import { axeClean, expect, type Sim, test } from './fixtures';

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
      // What its pods request of what it can allocate: the plate's words, and their title says so.
      await expect(stage).toContainText(/CPU \d+ \/ \d+ · mem \d+Mi \/ \d+Gi/);
      await expect(stage).toContainText('Requested by its pods');
    }
    const before = await podNames(page);
    const nodeOf = async (pod: string) =>
      /, on (node-\d),/.exec((await page.getByRole('button', { name: new RegExp(`^Pod ${pod},`) }).getAttribute('aria-label')) ?? '')?.[1];
    const nodesBefore = await Promise.all(before.map(nodeOf));
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
    for (let i = 1; i < before.length; i++) {
      expect(nodesBefore[i]).toMatch(/^node-\d$/);
      expect(await nodeOf(before[i]), `${before[i]} stays on ${nodesBefore[i]}`).toBe(nodesBefore[i]);
      await expect(
        page.getByRole('region', { name: `Node ${nodesBefore[i]}` }).getByRole('button', { name: new RegExp(`^Pod ${before[i]},`) }),
      ).toBeVisible();
    }
    expect(victimNode).toMatch(/^node-\d$/);
    await expect(page.getByRole('button', { name: new RegExp(`^Pod ${newcomer}, Running, on node-\\d`) })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/stage-replaced-1280x800.png` });
    expect(consoleErrors).toEqual([]);
  });

  test('each workload plays its own instrument, named beside its shape in “Who plays what”', async ({ page, sim, consoleErrors }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPlaying(page, sim);
    // Under the old name hash these three shared one instrument and colour.
    for (const name of ['frontend', 'cache']) await sim.kubectl(`create deployment ${name} --image=nginx`);
    await sim.advanceUntil(async () => (await podNames(page)).length === 5, { stepMs: 1000, maxMs: 60_000 });
    const legend = page.getByRole('region', { name: 'Who plays what' });
    const items = legend.getByRole('listitem');
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toHaveText('violin deployment nginx-deployment');
    await expect(items.nth(1)).toHaveText(/^trumpet deployment (frontend|cache)$/);
    await expect(items.nth(2)).toHaveText(/^drum deployment (frontend|cache)$/);
    // The musicians say the same in their names.
    for (const [instrument, workload] of [
      ['violin', 'nginx-deployment'],
      ['trumpet', (await items.nth(1).textContent())?.split(' ').at(-1)],
      ['drum', (await items.nth(2).textContent())?.split(' ').at(-1)],
    ])
      await expect(
        page.getByRole('button', { name: new RegExp(`^Pod ${workload}-.*, ${instrument} for deployment ${workload}$`) }).first(),
      ).toBeVisible();
    const colours = await legend.locator('svg.instrument g').evaluateAll((gs) => gs.map((g) => g.getAttribute('fill')));
    expect(new Set(colours).size).toBe(3);
    await legend.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/stage-legend-1280x800.png` });
    expect(consoleErrors).toEqual([]);
  });

  test('a scale’s notes travel from the podium to the stage whose kubelet starts the new musician', async ({
    page,
    sim,
    consoleErrors,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPlaying(page, sim);
    await page.getByLabel('Speed').selectOption('1');
    // At 1×: faster, the podium drops chatter once its notes fall 2.4 s behind (cue-notes.ts), and
    // the binding's note to the kubelet can be among what it drops.
    // Record every note the podium plays and every cue a stage shows (they last about a second).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const now = document.querySelector('.podium-layer__caption')?.textContent ?? '';
        if (now && seen.at(-1) !== now) seen.push(now);
        for (const c of document.querySelectorAll('.riser__cue-text')) {
          // data-cue: the whole cue; the words drawn shorten generated names to fit the riser.
          const line = `Node ${c.getAttribute('data-node')}: ${c.getAttribute('data-cue') ?? c.textContent}`;
          if (!seen.includes(line)) seen.push(line);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const before = await podNames(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
    // Played, not jumped: a note's place is a function of virtual time, so advancing past the
    // binding in one call would skip the very note this test watches for.
    let newcomer: string | undefined;
    await expect
      .poll(
        async () => {
          newcomer = (await podNames(page, 'ContainerCreating')).concat(await podNames(page)).find((n) => !before.includes(n));
          return newcomer;
        },
        { timeout: 20_000 },
      )
      .toBeDefined();
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
    await expect(stage).toHaveClass(/riser--dark/);
    await expect(stage).toContainText('taint node.kubernetes.io/unreachable');
    // At 64× the podium stops throwing notes and counts instead.
    await expect(page.getByRole('region', { name: 'Control plane' })).toContainText(/Last 5 s:|Quiet/);
    // Taint-based eviction after 300 s; replacements land on the surviving stages. Still playing
    // at 64× (about 5 s of wall time), watched as it happens rather than jumped over.
    const elsewhere = async () =>
      (await podNames(page.getByRole('region', { name: 'Node node-1' }))).length +
      (await podNames(page.getByRole('region', { name: 'Node node-3' }))).length;
    await expect.poll(elsewhere, { timeout: 60_000, intervals: [250] }).toBe(3);
    await sim.pause();
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
    await expect(pod).toHaveAttribute('aria-label', /missing instrument/);
    await expect(pod.locator('.instrument--missing')).toHaveCount(1);
    // The old musicians keep playing while the rollout is stuck.
    expect((await podNames(page)).length).toBeGreaterThanOrEqual(2);
    await pod.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/stage-bad-image-390x844.png` });
    expect(consoleErrors).toEqual([]);
  });

  /**
   * Watches musicians as they enter: each newly added one's `transform` attribute (written by the
   * scene's animation loop) and computed opacity, sampled on the frames of its entrance
   * (wall-clock frames: the entrance is a real animation).
   */
  async function watchEntrances(page: Page): Promise<() => Promise<{ transform: string; opacity: number }[]>> {
    await page.evaluate(() => {
      const samples: { transform: string; opacity: number }[] = [];
      const w = window as unknown as { entrances: typeof samples; sampling: number };
      w.entrances = samples;
      w.sampling = 0;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) {
            if (!(n instanceof SVGGElement) || !n.classList.contains('mus') || !n.getAttribute('role')) continue;
            let frames = 0;
            w.sampling++;
            const sample = () => {
              samples.push({ transform: n.getAttribute('transform') ?? '', opacity: Number(getComputedStyle(n).opacity) });
              if (++frames < 12) requestAnimationFrame(sample);
              else w.sampling--;
            };
            sample();
          }
      }).observe(document.body, { subtree: true, childList: true });
    });
    return async () => {
      // Let the sampled frames (about 200 ms of them) finish.
      await page.waitForFunction(() => (window as unknown as { sampling: number }).sampling === 0);
      return page.evaluate(() => (window as unknown as { entrances: { transform: string; opacity: number }[] }).entrances);
    };
  }

  /** Distinct positions among samples of one entrance (`translate(x y) scale(s)`). */
  const places = (seen: { transform: string }[]) => new Set(seen.map((x) => /translate\(([^)]*)\)/.exec(x.transform)?.[1]));

  test('without reduced motion a new musician walks on (it travels as it enters)', async ({ page, sim, consoleErrors }) => {
    // The entrance's frames are the page's clock's (Playwright's), moved 50 ms at a time until every
    // entrance has been sampled: the samples fall at the same instants of the walk however loaded
    // the machine (on wall-clock frames a busy machine drew two of them and the walk seemed a jump).
    await page.clock.install();
    await openPlaying(page, sim);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 2000);
    const entrances = await watchEntrances(page);
    await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
    await sim.advance(3_000);
    // The newcomer is on its riser (its name says so) and has walked: no one is on the move any more.
    const settled = () =>
      page.evaluate(
        () =>
          (window as unknown as { sampling: number }).sampling === 0 &&
          document.querySelector('[data-walking]') === null &&
          document.querySelectorAll('g[role="button"][aria-label^="Pod nginx-deployment-"][aria-label*=", on node-"]').length === 4,
      );
    for (let i = 0; i < 400 && !(await settled()); i++) await page.clock.runFor(50);
    expect(await settled(), 'the newcomer walked to its seat').toBe(true);
    const seen = await entrances();
    expect(seen.length).toBeGreaterThan(0);
    // During the entrance the musician moves: several places in a dozen frames, not one.
    expect(places(seen).size, JSON.stringify(seen.slice(0, 4))).toBeGreaterThan(2);
    expect(consoleErrors).toEqual([]);
  });

  test('with reduced motion nothing bobs or travels: entrances fade, and a replacement still appears', async ({
    page,
    sim,
    consoleErrors,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPlaying(page, sim);
    const figure = page.locator('.mus--playing').first();
    await expect(figure).toBeVisible();
    expect(await figure.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    const entrances = await watchEntrances(page);
    const before = await podNames(page);
    await sim.kubectl(`delete pod ${before[0]} --wait=false`);
    await sim.advanceUntil(async () => (await podNames(page)).filter((n) => !before.includes(n)).length === 1, {
      stepMs: 1000,
      maxMs: 120_000,
    });
    const seen = await entrances();
    expect(seen.length).toBeGreaterThan(0);
    // Sampled during the entrance itself: it stays in one place, and it fades in instead.
    expect(places(seen).size, JSON.stringify(seen.slice(0, 4))).toBe(1);
    expect(seen.some((x) => x.opacity < 1)).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test('axe finds nothing on the stage in light and dark, at both sizes', async ({ page, sim, consoleErrors }) => {
    // Four scans of the whole hall (one SVG: risers, seats, musicians, the podium) take 10 to 20 s
    // each on a busy machine (measured: axe's evaluation is about 5 s per pass).
    test.setTimeout(180_000);
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
        await test.step(`axe: ${scheme} ${w}×${h}`, () => axeClean(page, '.stage-root'));
        await page.screenshot({ path: `${SHOTS}/stage-${scheme}-${w}x${h}.png`, fullPage: true });
      }
    }
    expect(consoleErrors).toEqual([]);
  });
});
