// The concert hall (issue 10): one SVG with fixed geography. A scaled-up musician is first seen in
// the wings and walks to its seat, sampled frame by frame while the cluster plays at 1×; and the
// hall at five moments (band playing, a musician walking on, a node down, a rollout half-way, an
// HPA surge), light and dark, at 1280×800 and 390×844, saved for review.
import type { Page } from '@playwright/test';
import { expect, type Sim, test } from './fixtures';
import { PHP_APACHE_YAML } from '../src/engine/autoscaling/php-apache-manifest';

const SHOTS = 'e2e/screenshots';

async function runningPods(page: Page): Promise<number> {
  return page.locator('g[role="button"][aria-label*=", Running, "]').count();
}

async function openPlaying(page: Page, sim: Sim): Promise<void> {
  await page.goto('./?test&seed=1');
  await sim.pause();
  await sim.advanceUntil(async () => (await runningPods(page)) === 3, { stepMs: 2000, maxMs: 180_000 });
  expect(await runningPods(page)).toBe(3);
}

/**
 * The on-screen size (px) of every word drawn in the hall: each SVG <text>/<tspan> with letters or
 * digits of its own that is shown (glyph marks such as ♪ are signs, not words), its font size times
 * the scale its SVG is drawn at, and the HTML inside the hall's foreignObjects (the marquees) the same way.
 */
async function hallWordSizes(page: Page): Promise<{ px: number; text: string }[]> {
  return page.locator('.scene').evaluate((scene) => {
    const out: { px: number; text: string }[] = [];
    const shown = (el: Element) => {
      for (let e: Element | null = el; e && e !== scene; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || e.classList.contains('visually-hidden')) return false;
      }
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const own = (el: Element) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
    const scaleOf = (el: SVGGraphicsElement) => {
      const m = el.getScreenCTM();
      return m ? Math.hypot(m.a, m.b) : 1;
    };
    for (const el of scene.querySelectorAll<SVGTextContentElement>('text, tspan')) {
      const text = own(el);
      if (!/[\p{L}\p{N}]/u.test(text) || !shown(el)) continue;
      out.push({ px: parseFloat(getComputedStyle(el).fontSize) * scaleOf(el), text });
    }
    for (const fo of scene.querySelectorAll<SVGForeignObjectElement>('foreignObject')) {
      const k = scaleOf(fo);
      for (const el of fo.querySelectorAll('*')) {
        const text = own(el);
        if (!/[\p{L}\p{N}]/u.test(text) || !shown(el)) continue;
        out.push({ px: parseFloat(getComputedStyle(el).fontSize) * k, text });
      }
    }
    return out.sort((a, b) => a.px - b.px);
  });
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

test.describe('the concert hall', () => {
  test('every word in the hall is at least 11 px on screen at 1280×800, in a 900×640 frame (lesson and sandbox) and on a 390×844 phone', async ({
    page,
    sim,
    consoleErrors,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPlaying(page, sim);
    // What the hall writes: plates and capacity, a sign per taint, the rope, a pending pod's reason
    // in the wings, the marquee, the desk, the podium's ledger and caption.
    await sim.kubectl('create configmap settings --from-literal=a=b');
    await sim.kubectl('cordon node-2');
    await sim.kubectl('taint nodes node-3 gpu=true:NoSchedule');
    await sim.kubectl(
      'apply -f -',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: hog\nspec:\n  containers:\n  - name: c\n    image: nginx\n    resources:\n      requests:\n        cpu: "3"\n',
    );
    await sim.advance(5000);
    await expect(page.getByRole('region', { name: 'Unscheduled pods' })).toContainText('Insufficient cpu');
    const words = await hallWordSizes(page);
    expect(words.length, 'words drawn in the hall').toBeGreaterThan(30);
    expect(words[0].px, `smallest: ${JSON.stringify(words.slice(0, 3))}`).toBeGreaterThanOrEqual(11);
    // The same lesson embedded in a course page's 900×640 frame: the hall is drawn 580 px wide.
    await page.setViewportSize({ width: 900, height: 640 });
    await page.goto('./?lesson=self-healing&embed=1');
    await expect(page.getByRole('button', { name: /^Pod band-/ }).first()).toBeVisible({ timeout: 30_000 });
    const framed = await hallWordSizes(page);
    expect(framed[0].px, `smallest: ${JSON.stringify(framed.slice(0, 3))}`).toBeGreaterThanOrEqual(11);
    // The sandbox in the same frame: its masthead keeps to one row, so the hall is as large (it was
    // drawn 490 px wide, its words 9.6 px). Then the same busy hall on a phone (its podium and
    // marquee were 4–6 px, the riser plates and musicians' names 10 px).
    await openPlaying(page, sim);
    const sandbox = await hallWordSizes(page);
    expect(sandbox[0].px, `sandbox, smallest: ${JSON.stringify(sandbox.slice(0, 3))}`).toBeGreaterThanOrEqual(11);
    await page.setViewportSize({ width: 390, height: 844 });
    await openPlaying(page, sim);
    await sim.kubectl('create configmap settings --from-literal=a=b');
    await sim.kubectl('cordon node-2');
    await sim.kubectl('taint nodes node-3 gpu=true:NoSchedule');
    await sim.kubectl(
      'apply -f -',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: hog\nspec:\n  containers:\n  - name: c\n    image: nginx\n    resources:\n      requests:\n        cpu: "3"\n',
    );
    await sim.advance(5000);
    await expect(page.getByRole('region', { name: 'Unscheduled pods' })).toContainText('hog');
    const phone = await hallWordSizes(page);
    expect(phone.length, 'words drawn on the phone').toBeGreaterThan(30);
    expect(phone[0].px, `phone, smallest: ${JSON.stringify(phone.slice(0, 3))}`).toBeGreaterThanOrEqual(11);
    expect(consoleErrors).toEqual([]);
  });

  test('a scaled-up musician appears in the wings and walks to its seat on its riser', async ({ page, sim, consoleErrors }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    // The page's clock is Playwright's: once the band plays, the test moves it 50 ms at a time and
    // reads the scene's state after each step, so the walk is sampled at the same instants however
    // slow the machine (a loaded one drew two frames of a 0.8 s walk and the test saw it jump).
    await page.clock.install();
    await openPlaying(page, sim);
    // Watch every musician that appears from now on: its box on every frame, and at every position
    // the choreographer writes, until the test has seen it arrive. Nothing here waits on wall-clock
    // time: the test steps the page's clock and waits on the musician's state (data-walking, its name).
    await page.evaluate(() => {
      const seen = new Set([...document.querySelectorAll('g[data-uid]')].map((g) => g.getAttribute('data-uid')));
      const track: { uid: string; x: number; y: number; w: number; h: number; walking: boolean }[] = [];
      const w = window as unknown as { track: typeof track; stopTrack: () => void };
      w.track = track;
      const sample = () => {
        for (const g of document.querySelectorAll('g[data-uid][role="button"]')) {
          const uid = g.getAttribute('data-uid') ?? '';
          if (seen.has(uid)) continue;
          const r = g.querySelector('.mus__hit')?.getBoundingClientRect();
          if (r) track.push({ uid, x: r.x, y: r.y, w: r.width, h: r.height, walking: g.hasAttribute('data-walking') });
        }
      };
      let on = true;
      const frame = () => {
        sample();
        if (on) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      const writes = new MutationObserver(sample);
      writes.observe(document.querySelector('.scene__svg') ?? document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['transform', 'data-walking'],
      });
      w.stopTrack = () => {
        on = false;
        writes.disconnect();
      };
    });
    // pauseAt jumps to a time still ahead (a loaded machine takes a while to get there), then holds.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 2000);
    await page.evaluate(() => window.podchestra?.play());
    await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
    type Sample = { uid: string; x: number; y: number; w: number; h: number; walking: boolean };
    const samples = () => page.evaluate(() => (window as unknown as { track: Sample[] }).track);
    /** Moves the page's clock (and so the band, at 1×) 50 ms at a time until `done`; false if it never is. */
    const stepUntil = async (done: () => Promise<boolean>, steps = 1200) => {
      for (let i = 0; i < steps; i++) {
        if (await done()) return true;
        await page.clock.runFor(50);
      }
      return done();
    };
    expect(await stepUntil(async () => (await samples()).length > 0), 'a newcomer appears').toBe(true);
    const uid = (await samples())[0].uid;
    const newcomer = page.locator(`g[data-uid="${uid}"][role="button"]`);
    // Bound to a node (its accessible name says so), seen walking, and no longer walking: arrived.
    const arrived = async () =>
      /, on node-\d,/.test((await newcomer.getAttribute('aria-label')) ?? '') &&
      (await samples()).some((p) => p.uid === uid && p.walking) &&
      (await newcomer.getAttribute('data-walking')) === null;
    expect(await stepUntil(arrived), 'the newcomer walked to its seat').toBe(true);
    await page.evaluate(() => (window as unknown as { stopTrack: () => void }).stopTrack());
    await sim.pause();
    const path = (await samples()).filter((p) => p.uid === uid);
    const label = (await newcomer.getAttribute('aria-label')) ?? '';
    const node = /, on (node-\d),/.exec(label)?.[1];
    expect(node, label).toMatch(/^node-\d$/);
    expect(label).toMatch(/^Pod nginx-deployment-/);
    const box = async (sel: string): Promise<Rect> => {
      const r = await page.locator(sel).first().boundingBox();
      if (!r) throw new Error(`no box for ${sel}`);
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const wings = await box('.wings__floor');
    const riser = await box(`g[role="region"][aria-label="Node ${node}"] .riser__platform`);
    const centre = (p: Rect) => ({ x: p.x + p.w / 2, y: p.y + p.h / 2 });
    const inside = (r: Rect, p: { x: number; y: number }, slack = 0) =>
      p.x >= r.x - slack && p.x <= r.x + r.w + slack && p.y >= r.y - slack && p.y <= r.y + r.h + slack;
    const first = centre(path[0]);
    const last = centre(path[path.length - 1]);
    // First seen in the wings (or at their edge), last seen on its riser, with steps in between.
    expect(inside(wings, first, 30), `first at ${JSON.stringify(first)}, wings ${JSON.stringify(wings)}`).toBe(true);
    expect(inside(riser, last), `last at ${JSON.stringify(last)}, riser ${JSON.stringify(riser)}`).toBe(true);
    const between = path.filter((p) => {
      const c = centre(p);
      return !inside(wings, c) && !inside(riser, c);
    });
    expect(between.length, JSON.stringify(path.slice(0, 8))).toBeGreaterThan(0);
    // Distinct positions along the way: it walked, it did not jump.
    expect(new Set(path.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBeGreaterThan(3);
    expect(consoleErrors).toEqual([]);
  });

  test('with reduced motion a newcomer fades in at its seat: no walk', async ({ page, sim, consoleErrors }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPlaying(page, sim);
    await page.evaluate(() => {
      const seen = new Set([...document.querySelectorAll('g[data-uid]')].map((g) => g.getAttribute('data-uid')));
      const out: { x: number; y: number; opacity: number }[] = [];
      (window as unknown as { out: typeof out }).out = out;
      const start = performance.now();
      const frame = () => {
        for (const g of document.querySelectorAll('g[data-uid][role="button"]')) {
          if (seen.has(g.getAttribute('data-uid'))) continue;
          const r = g.getBoundingClientRect();
          out.push({ x: Math.round(r.x), y: Math.round(r.y), opacity: Number(getComputedStyle(g).opacity) });
        }
        if (performance.now() - start < 4000) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.evaluate(() => window.podchestra?.play());
    await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
    await page.waitForTimeout(3000);
    const out = await page.evaluate(() => (window as unknown as { out: { x: number; y: number; opacity: number }[] }).out);
    expect(out.length).toBeGreaterThan(0);
    expect(new Set(out.map((p) => `${p.x},${p.y}`)).size, JSON.stringify(out.slice(0, 5))).toBe(1);
    expect(out.some((p) => p.opacity < 1)).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`five moments in the hall, ${scheme}, ${w}×${h}`, async ({ page, sim, consoleErrors }) => {
        test.setTimeout(180_000);
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: w, height: h });
        const shot = async (moment: string) => {
          await page.locator('.scene').screenshot({ path: `${SHOTS}/scene-${moment}-${scheme}-${w}x${h}.png` });
        };
        await openPlaying(page, sim);
        await shot('1-playing');

        // A musician walking on: caught mid-walk.
        // Watched from inside the page: on a slow machine a walk may last only a few frames.
        const walking = page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const mo = new MutationObserver((rs) => {
                if (rs.some((r) => r.attributeName === 'data-walking' && (r.target as Element).hasAttribute('data-walking'))) {
                  mo.disconnect();
                  resolve(true);
                }
              });
              mo.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-walking'] });
              setTimeout(() => resolve(false), 15_000);
            }),
        );
        await page.evaluate(() => window.podchestra?.play());
        // On a phone the workloads are in the sheet's Inspector tab (the Lessons tab is shown first).
        const inspectorTab = page.getByRole('tab', { name: 'Inspector' });
        if (await inspectorTab.isVisible()) await inspectorTab.click();
        await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
        expect(await walking).toBe(true);
        await shot('2-walking-on');
        await sim.pause();
        await page.waitForTimeout(1000);

        // A rollout half-way: old and new revisions side by side.
        await sim.kubectl('set image deployment/nginx-deployment nginx=nginx:1.16.1');
        await sim.advanceUntil(
          async () =>
            (await page.locator('g[role="button"][aria-label*="revision 2,"][aria-label*=", Running, "]').count()) >= 1 &&
            (await page.locator('g[role="button"][aria-label*="revision 1 (outgoing)"]').count()) >= 1,
          { stepMs: 500, maxMs: 120_000 },
        );
        await page.waitForTimeout(900);
        await shot('3-rollout');
        await sim.advanceUntil(async () => (await page.locator('g[aria-label*="(outgoing)"]').count()) === 0, { stepMs: 2000 });

        // An HPA surge: a CPU-hungry Deployment, a crowd, an autoscaler; extra players come from the wings.
        await sim.kubectl('apply -f -', PHP_APACHE_YAML);
        await sim.advanceUntil(
          async () => (await page.locator('g[aria-label^="Pod php-apache"][aria-label*=", Running, "]').count()) === 1,
          {
            stepMs: 2000,
          },
        );
        await page.evaluate(() => window.podchestra?.load('php-apache', 200));
        await sim.kubectl('autoscale deployment php-apache --cpu-percent=50 --min=1 --max=6');
        await sim.advanceUntil(async () => (await page.locator('g[aria-label^="Pod php-apache"]').count()) > 1, {
          stepMs: 1000,
          maxMs: 180_000,
        });
        await page.waitForTimeout(300);
        await shot('4-hpa-surge');
        await page.waitForTimeout(1000);

        // A node down: lights out.
        await sim.kubectl('delete deployment php-apache');
        await page.getByRole('button', { name: 'Inspect node-2' }).click();
        await page.getByRole('button', { name: 'Kill node' }).click();
        const riser = page.getByRole('region', { name: 'Node node-2' });
        await sim.advanceUntil(async () => ((await riser.textContent()) ?? '').includes('NotReady'), { stepMs: 5000 });
        await expect(riser).toContainText('Lights out: the node is not Ready');
        await page.waitForTimeout(1000);
        await shot('5-node-down');
        expect(consoleErrors).toEqual([]);
      });
    }
  }
});
