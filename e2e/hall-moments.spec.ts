// The concert hall at five moments (issue 10), reached as a learner would: the buttons and the
// kubectl box, by role and accessible name, never "Show me" nor the test API. The band playing; a
// musician walking on (Scale up at 1×, caught mid-walk); a rollout half-way (`kubectl set image`,
// paused with both revisions on stage); a node down (Kill node in its inspector); an HPA surge (the
// autoscaling lesson: its crowd on the load control, an HPA typed in). Each moment asserts what the
// hall shows, then saves the whole window, light and dark, at 1280×800 and 390×844 into
// e2e/screenshots/ (git-ignored; the best one is copied to docs/concert-hall.png by hand).
import type { Locator, Page } from '@playwright/test';
import { axeClean, expect, test } from './fixtures';

const SHOTS = 'e2e/screenshots';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/** What a learner does, in this window's layout (on a phone the panels are tabs of one sheet). */
function learner(page: Page) {
  const phone = (page.viewportSize()?.width ?? 1280) < 700;
  const grip = page.getByRole('button', { name: 'Expand the panels' });
  const kubectl = page.getByRole('textbox', { name: 'kubectl' });
  const output = page.getByRole('log', { name: 'kubectl output' });
  const me = {
    phone,
    async tab(name: 'Lesson' | 'Inspector' | 'Console') {
      if (phone) await page.getByRole('tab', { name }).click();
    },
    /** On a phone, the sheet back at its peek: the whole hall in sight. */
    async collapse() {
      if (phone && (await grip.getAttribute('aria-expanded')) === 'true') await grip.click();
    },
    async speed(x: string) {
      await page.getByRole('combobox', { name: 'Speed' }).selectOption(x);
    },
    async pause() {
      const b = page.getByRole('button', { name: 'Pause', exact: true });
      if (await b.isVisible()) await b.click();
      await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    },
    async play() {
      const b = page.getByRole('button', { name: 'Play', exact: true });
      if (await b.isVisible()) await b.click();
      await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    },
    async type(line: string) {
      await me.tab('Console');
      await kubectl.fill(line);
      await kubectl.press('Enter');
      await expect(output).toContainText(`$ kubectl ${line}`);
    },
    /** The window, light then dark. */
    async shots(moment: string) {
      await me.collapse();
      const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${SHOTS}/hall-${moment}-${scheme}-${width}x${height}.png` });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    },
  };
  return me;
}

const musicians = (page: Page, name: RegExp) => page.getByRole('button', { name });
const riser = (page: Page, node: string) => page.getByRole('region', { name: `Node ${node}` });

/** Every revision tint (r1, r2, …) drawn on stage. */
async function revisionsDrawn(page: Page): Promise<string[]> {
  return page.locator('.scene .mus__rev').evaluateAll((els) => [...new Set(els.map((e) => e.textContent ?? ''))].filter(Boolean).sort());
}

async function inRiser(walker: Locator, page: Page, node: string): Promise<boolean> {
  const [m, r] = await Promise.all([
    walker.locator('.mus__hit').boundingBox(),
    riser(page, node).locator('.riser__platform').boundingBox(),
  ]);
  if (!m || !r) return false;
  const x = m.x + m.width / 2;
  const y = m.y + m.height / 2;
  return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
}

for (const size of SIZES) {
  test.describe(`the hall at ${size.width}×${size.height}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize(size);
    });

    test('band playing, a musician walking on, a rollout half-way, a node down', async ({ page, consoleErrors }) => {
      test.setTimeout(480_000);
      const me = learner(page);
      await page.clock.install();
      await page.goto('./?sandbox');
      const nginx = (extra = '') =>
        musicians(page, new RegExp(`^Pod nginx-deployment-\\S+, Running, on node-\\d, 1/1 ready, playing${extra}`));

      // 1. The band playing: three Running, Ready players in their seats, the audience at the marquee.
      await me.speed('4');
      await expect(nginx()).toHaveCount(3, { timeout: 60_000 });
      await me.speed('1');
      await expect(page.getByRole('region', { name: 'Service nginx-deployment' })).toBeVisible();
      for (const node of ['node-1', 'node-2', 'node-3']) await expect(riser(page, node)).toContainText('Ready');
      await page.waitForTimeout(1200);
      await me.shots('1-band-playing');
      await axeClean(page);

      // 2. A musician walking on: Scale up at 1×, caught between the wings and its seat. The walk
      //    lasts under a second of wall time, less than a screenshot takes on a busy machine: the
      //    page's clock (Playwright's, installed before the page opened) holds the frame still,
      //    then advances 50 ms at a time until someone walks, and a third of the walk further.
      const walking = () => page.evaluate(() => document.querySelector('[data-walking]')?.getAttribute('aria-label') ?? '');
      await me.tab('Inspector');
      // pauseAt jumps to a time still ahead (a loaded machine takes a while to get there), then holds.
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 2000);
      await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
      await me.collapse();
      for (let i = 0; i < 400 && !(await walking()); i++) await page.clock.runFor(50);
      const label = await walking();
      await page.clock.runFor(300);
      // The same musician (its status may have moved on: Pending → ContainerCreating).
      expect((await walking()).split(',')[0], 'still walking when photographed').toBe(label.split(',')[0]);
      await me.shots('2-walking-on');
      await page.clock.resume();
      // The newcomer was bound to a node and walked there: it ends on that node's riser.
      const node = /, on (node-\d),/.exec(label)?.[1];
      expect(node, label).toMatch(/^node-\d$/);
      const walker = page.locator(`g[role="button"][aria-label^="${label.split(',')[0]},"]`);
      await expect.poll(() => inRiser(walker, page, node as string), { timeout: 10_000 }).toBe(true);
      await expect(nginx()).toHaveCount(4, { timeout: 60_000 });

      // 3. A rollout half-way: the new revision's players arrive while the old ones still play.
      await me.pause();
      await me.type('set image deployment/nginx-deployment nginx=nginx:1.16.1');
      await me.collapse();
      // Played at a quarter speed (at 1× a rollout of five is over in a few seconds), paused as
      // soon as both revisions play.
      const outgoing = musicians(page, /revision 1 \(outgoing\)/);
      const incoming = musicians(page, /, Running, .*revision 2,/);
      await me.speed('0.25');
      await me.play();
      await expect
        .poll(async () => (await outgoing.count()) > 0 && (await incoming.count()) > 0, { timeout: 120_000, intervals: [100] })
        .toBe(true);
      await me.pause();
      await page.waitForTimeout(1200);
      // Two tints on stage, each told in words too.
      expect(await revisionsDrawn(page)).toEqual(['r1', 'r2']);
      expect(await outgoing.count()).toBeGreaterThan(0);
      expect(await incoming.count()).toBeGreaterThan(0);
      await me.shots('4-rollout-half-way');

      // 4. A node down: its riser's inspector, Kill node; once the node controller marks it
      //    NotReady (its 40 s grace), the lights go out.
      await page.getByRole('button', { name: 'Inspect node-2' }).click();
      await me.tab('Inspector');
      await page.getByRole('button', { name: 'Kill node' }).click();
      await me.speed('8');
      await me.play();
      await expect(riser(page, 'node-2')).toContainText('Lights out: the node is not Ready', { timeout: 60_000 });
      await me.pause();
      await expect(riser(page, 'node-2')).toContainText('NotReady');
      for (const node of ['node-1', 'node-3']) await expect(riser(page, node)).not.toContainText('Lights out');
      await page.waitForTimeout(800);
      await me.shots('3-node-down');
      await axeClean(page);
      expect(consoleErrors).toEqual([]);
    });

    test('an HPA surge: the crowd on the marquee, an autoscaler typed in, players from the wings', async ({ page, consoleErrors }) => {
      test.setTimeout(480_000);
      const me = learner(page);
      await page.goto('./?lesson=autoscaling');
      const panel = page.getByRole('region', { name: 'Lesson' });
      const status = panel.getByRole('status');
      await me.speed('8');
      await expect(status).toHaveText('Goal met', { timeout: 60_000 });
      await me.tab('Lesson');
      await panel.getByRole('button', { name: 'Next' }).click();
      await expect(panel.getByRole('heading', { name: /^Step 2 of \d+$/ })).toBeVisible();
      await panel.getByRole('radio', { name: '4', exact: true }).check();
      await panel.getByRole('button', { name: 'Check answer' }).click();
      // The crowd: the lesson's 200 requests/s, shown (and set) on the marquee's load control.
      const load = page.getByRole('spinbutton', { name: 'Load for php-apache (requests/s)' });
      await expect(load).toHaveValue('200');
      // Slower, so the new players are seen arriving (at 8× they are playing within a frame or two).
      await me.speed('2');
      await me.type('autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10');
      await me.collapse();
      const players = musicians(page, /^Pod php-apache-/);
      await expect.poll(() => players.count(), { timeout: 90_000, intervals: [100] }).toBeGreaterThanOrEqual(3);
      await me.pause();
      // The surge: more than one player, and some of them still arriving (not yet playing).
      expect(await players.count()).toBeGreaterThanOrEqual(3);
      expect(await musicians(page, /^Pod php-apache-.*1\/1 ready, playing/).count()).toBeLessThan(await players.count());
      await page.waitForTimeout(1200);
      await me.shots('5-hpa-surge');
      await axeClean(page);
      expect(consoleErrors).toEqual([]);
    });
  });
}
