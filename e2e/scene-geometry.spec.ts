// The concert hall's words where they can be read (issue 10's defects after the first pass): a dark
// riser's conditions stay clear of its musicians' names, the podium's request counts clear of the
// stations' labels, and the marquee shows all its lines with its load control on it in every
// layout. Measured as bounding boxes in the page, at the sizes the learner sees. (Every word's
// size, in every layout: scene.spec.ts.)
import type { Locator, Page } from '@playwright/test';
import { axeClean, expect, type Sim, test } from './fixtures';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
}

/** The boxes of the shown elements a locator finds (text trimmed, for messages). */
async function boxes(loc: Locator): Promise<Rect[]> {
  return loc.evaluateAll((els) =>
    els
      .map((el) => {
        const r = el.getBoundingClientRect();
        const visible = getComputedStyle(el).visibility !== 'hidden' && (el.textContent ?? '').trim() !== '';
        return visible ? { x: r.x, y: r.y, w: r.width, h: r.height, text: (el.textContent ?? '').trim() } : undefined;
      })
      .filter((r): r is { x: number; y: number; w: number; h: number; text: string } => !!r && r.w > 0 && r.h > 0),
  );
}

/** Pairs of boxes (one from each list) that overlap by more than `slack` px each way. */
function overlapping(a: Rect[], b: Rect[], slack = 0.5): string[] {
  const out: string[] = [];
  for (const p of a)
    for (const q of b)
      if (p.x + slack < q.x + q.w && q.x + slack < p.x + p.w && p.y + slack < q.y + q.h && q.y + slack < p.y + p.h)
        out.push(`"${p.text}" over "${q.text}"`);
  return out;
}

async function runningPods(page: Page): Promise<number> {
  return page.locator('g[role="button"][aria-label*=", Running, "]').count();
}

async function openPlaying(page: Page, sim: Sim): Promise<void> {
  await page.goto('./?test&seed=1');
  await sim.pause();
  await sim.advanceUntil(async () => (await runningPods(page)) === 3, { stepMs: 2000, maxMs: 180_000 });
}

for (const [w, h] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`a NotReady riser's conditions stay clear of its musicians' names, ${w}×${h}`, async ({ page, sim, consoleErrors }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    await openPlaying(page, sim);
    const inspectorTab = page.getByRole('tab', { name: 'Inspector' });
    if (await inspectorTab.isVisible()) await inspectorTab.click();
    await page.getByRole('button', { name: 'Inspect node-2' }).click();
    await page.getByRole('button', { name: 'Kill node' }).click();
    const riser = page.getByRole('region', { name: 'Node node-2' });
    await sim.advanceUntil(async () => ((await riser.textContent()) ?? '').includes('NotReady'), { stepMs: 5000 });
    await expect(riser).toContainText('Lights out: the node is not Ready');
    const words = await boxes(riser.locator('.riser__lights-out text'));
    const names = await boxes(riser.locator('.musician__name'));
    expect(words.length).toBeGreaterThan(0);
    expect(names.length).toBeGreaterThan(0);
    expect(overlapping(words, names)).toEqual([]);
    // The words stay on their riser.
    const platform = (await riser.locator('.riser__platform').boundingBox())!;
    for (const r of words) {
      expect(r.x, r.text).toBeGreaterThanOrEqual(platform.x - 1);
      expect(r.x + r.w, r.text).toBeLessThanOrEqual(platform.x + platform.width + 1);
    }
    expect(consoleErrors).toEqual([]);
  });
}

// The name plate holds the node's name and its STATUS (issue 10: "NotReady" ran past the plate's
// right edge at 1280×800), beside the crew's road case when it is drawn, in every layout.
for (const [w, h] of [
  [1280, 800],
  [1440, 900],
  [900, 640],
  [390, 844],
] as const) {
  test(`a NotReady riser's name plate holds its name and STATUS, ${w}×${h}`, async ({ page, sim, consoleErrors }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    await openPlaying(page, sim);
    const inspectorTab = page.getByRole('tab', { name: 'Inspector' });
    if (await inspectorTab.isVisible()) await inspectorTab.click();
    await page.getByRole('button', { name: 'Inspect node-2' }).click();
    await page.getByRole('button', { name: 'Kill node' }).click();
    const riser = page.getByRole('region', { name: /^Node node-2\b/ });
    await sim.advanceUntil(async () => ((await riser.textContent()) ?? '').includes('NotReady'), { stepMs: 5000 });
    for (const name of ['node-1', 'node-2', 'node-3']) {
      const plate = page.getByRole('region', { name: new RegExp(`^Node ${name}\\b`) }).locator('.riser__plate');
      const bg = (await plate.locator('.riser__name-bg').boundingBox())!;
      const title = (await boxes(plate.locator('.riser__title')))[0];
      expect(title.text).toMatch(name === 'node-2' ? /NotReady/ : /Ready/);
      expect(title.x, `${title.text}: left`).toBeGreaterThanOrEqual(bg.x);
      expect(title.x + title.w, `${title.text}: right`).toBeLessThanOrEqual(bg.x + bg.width - 1);
      expect(title.y, `${title.text}: top`).toBeGreaterThanOrEqual(bg.y - 0.5);
      expect(title.y + title.h, `${title.text}: bottom`).toBeLessThanOrEqual(bg.y + bg.height + 0.5);
      // Beside the crew's road case, never under it.
      const crew = await plate.locator('.riser__crew rect').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { x: r.x, y: r.y, w: r.width, h: r.height, text: 'the road case' };
        }),
      );
      expect(overlapping([title], crew)).toEqual([]);
    }
    expect(consoleErrors).toEqual([]);
  });
}

test("the podium's request counts stand clear of the stations' labels and the ledger", async ({ page, sim, consoleErrors }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPlaying(page, sim);
  // Above 4× the podium counts requests per path instead of flying notes.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('16');
  await page.evaluate(() => window.podchestra?.load('nginx-deployment', 50));
  await sim.kubectl('scale deployment nginx-deployment --replicas=5');
  await sim.advance(3000);
  const counts = page.locator('.podium-layer__counts text');
  await expect.poll(async () => (await boxes(counts)).length, { timeout: 10_000 }).toBeGreaterThan(2);
  const shown = await boxes(counts);
  const labels = await boxes(page.locator('.podium-layer__label tspan, .podium-layer__revision, .podium-layer__ledger-line'));
  expect(labels.length).toBeGreaterThan(10);
  expect(overlapping(shown, labels)).toEqual([]);
  // Nor over each other.
  for (let i = 0; i < shown.length; i++) expect(overlapping([shown[i]], shown.slice(i + 1))).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

/** The box of an SVG element's group on screen (a note: its head and stem). */
async function shownGroups(loc: Locator): Promise<Rect[]> {
  return loc.evaluateAll((els) =>
    els
      .filter((el) => (el as SVGGElement).style.visibility === 'visible')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height, text: el.getAttribute('transform') ?? '' };
      }),
  );
}

for (const [w, h, reduced] of [
  [1280, 800, false],
  [1440, 900, false],
  [390, 844, false],
  [390, 844, true],
] as const) {
  test(`paused, the notes' words stay in the podium, under its caption and apart; no note over the wings, ${w}×${h}${reduced ? ', reduced motion' : ''}`, async ({
    page,
    sim,
    consoleErrors,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    if (reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPlaying(page, sim);
    await sim.kubectl('scale deployment nginx-deployment --replicas=5');
    const podium = (await page.locator('.podium-layer__floor').boundingBox())!;
    // The wings as drawn (the region's own box also holds whoever is walking out of them).
    const wings = (await page.getByRole('region', { name: 'Unscheduled pods' }).locator('.wings__floor').boundingBox())!;
    const wingsRect = { x: wings.x, y: wings.y, w: wings.width, h: wings.height, text: 'the wings' };
    let seen = 0;
    // Several paused moments of the same burst: words near the top stations, mid-flight, landing on the risers.
    for (let i = 0; i < 10; i++) {
      await sim.advance(120);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const caption = await boxes(page.locator('.podium-layer__caption'));
      const words = await boxes(page.locator('.podium-layer__note-label'));
      seen += words.length;
      expect(overlapping(words, caption), 'words over the caption').toEqual([]);
      for (let j = 0; j < words.length; j++) expect(overlapping([words[j]], words.slice(j + 1)), 'words over words').toEqual([]);
      for (const r of words) {
        expect(r.x, r.text).toBeGreaterThanOrEqual(podium.x - 1);
        expect(r.x + r.w, r.text).toBeLessThanOrEqual(podium.x + podium.width + 1);
        expect(r.y + r.h, r.text).toBeLessThanOrEqual(podium.y + podium.height + 1);
      }
      if (reduced) {
        const notes = await shownGroups(page.locator('.podium-layer__note'));
        expect(overlapping(notes, [wingsRect], 1), 'a resting note over the wings').toEqual([]);
        expect(overlapping(words, [wingsRect], 1), 'words over the wings').toEqual([]);
      }
    }
    expect(seen, 'some words were drawn').toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });
}

// A StatefulSet with a long name: six players of cassandra-cluster, two a riser, seated side by side.
const CASSANDRA = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cassandra-cluster
spec:
  serviceName: cassandra-cluster
  replicas: 6
  selector:
    matchLabels:
      app: cassandra
  template:
    metadata:
      labels:
        app: cassandra
    spec:
      containers:
      - name: cassandra
        image: nginx:1.27
        resources:
          requests:
            cpu: 100m
`;

for (const [w, h] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`a StatefulSet's long names on one riser neither touch nor leave it, ${w}×${h}`, async ({ page, sim, consoleErrors }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    await openPlaying(page, sim);
    await sim.kubectl('apply -f -', CASSANDRA);
    const cassandra = page.locator('g[role="button"][aria-label^="Pod cassandra-cluster-"][aria-label*=", Running, "]');
    await sim.advanceUntil(async () => (await cassandra.count()) === 6, { stepMs: 2000 });
    let written = 0;
    for (const node of ['node-1', 'node-2', 'node-3']) {
      const riser = page.getByRole('region', { name: `Node ${node}` });
      const names = await boxes(riser.locator('.musician__name'));
      written += names.filter((n) => n.text.includes('-')).length;
      for (let i = 0; i < names.length; i++) expect(overlapping([names[i]], names.slice(i + 1)), node).toEqual([]);
      const platform = (await riser.locator('.riser__platform').boundingBox())!;
      for (const r of names) {
        expect(r.x, r.text).toBeGreaterThanOrEqual(platform.x - 1);
        expect(r.x + r.w, r.text).toBeLessThanOrEqual(platform.x + platform.width + 1);
        // Nor hang over its front edge (the front row's names did).
        expect(r.y + r.h, r.text).toBeLessThanOrEqual(platform.y + platform.height + 1);
      }
    }
    // The ordinals are written (cut names keep them), not only the whole names' accessible names.
    expect(written).toBeGreaterThanOrEqual(3);
    // Who plays what, two workloads: their words side by side, not over each other (on a phone they were).
    const legend = await boxes(page.locator('.band-legend__item'));
    expect(legend.length).toBe(2);
    expect(overlapping([legend[0]], [legend[1]])).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

for (const [w, h] of [
  [1280, 800],
  [900, 640],
] as const) {
  test(`a riser's cue words are legible: never squeezed, at least 11 px, on their riser, ${w}×${h}`, async ({
    page,
    sim,
    consoleErrors,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    await openPlaying(page, sim);
    // A cue lasts about a second of wall time: each one is measured as it is drawn.
    type Cue = {
      squeezed: boolean;
      px: number;
      lines: { text: string; left: number; right: number }[];
      platform: { left: number; right: number };
    };
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { cues: unknown[] }).cues = seen;
      const measure = (t: SVGTextElement) => {
        const svg = t.ownerSVGElement as SVGSVGElement;
        const px = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const node = t.getAttribute('data-node');
        const platform = document
          .querySelector(`g[role="region"][aria-label^="Node ${node}"] .riser__platform`)
          ?.getBoundingClientRect() as DOMRect;
        const lines = [...t.querySelectorAll('tspan')].map((l) => {
          const r = l.getBoundingClientRect();
          return { text: l.textContent ?? '', left: r.left, right: r.right };
        });
        seen.push({
          squeezed: t.hasAttribute('textLength') || t.hasAttribute('lengthAdjust'),
          px: Number.parseFloat(getComputedStyle(t).fontSize) * px,
          lines,
          platform: { left: platform.left, right: platform.right },
        });
      };
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof Element) for (const t of n.querySelectorAll<SVGTextElement>('.riser__cue-text')) measure(t);
      }).observe(document.querySelector('.scene') ?? document.body, { subtree: true, childList: true });
    });
    const cues = () => page.evaluate(() => (window as unknown as { cues: Cue[] }).cues);
    await sim.kubectl('scale deployment nginx-deployment --replicas=5');
    // Paused, a note reaches a kubelet as virtual time is stepped on; its riser lights with the
    // cue's words. Stepped inside the page (one round trip: a loaded machine is slow at many).
    await page.evaluate(async () => {
      const w = window as unknown as { cues: unknown[] };
      for (let i = 0; i < 80 && w.cues.length === 0; i++) {
        window.podchestra?.advance(100);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    const all = await cues();
    expect(all.length, 'a riser lit with words').toBeGreaterThan(0);
    const m = all[0];
    expect(m.squeezed, 'no textLength / lengthAdjust').toBe(false);
    expect(m.px).toBeGreaterThanOrEqual(11);
    expect(m.lines.length).toBeGreaterThan(0);
    for (const l of m.lines) {
      expect(l.left, l.text).toBeGreaterThanOrEqual(m.platform.left - 1);
      expect(l.right, l.text).toBeLessThanOrEqual(m.platform.right + 1);
    }
    expect(consoleErrors).toEqual([]);
  });
}

for (const [w, h] of [
  [1280, 800],
  [1440, 900],
  [900, 640],
  [390, 844],
] as const) {
  test(`the marquee shows all its lines and its load control without scrolling, ${w}×${h}`, async ({ page, sim, consoleErrors }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    await openPlaying(page, sim);
    // A busier audience: the figures' longest lines.
    await page.evaluate(() => window.podchestra?.load('nginx-deployment', 50));
    await sim.advance(3000);
    const marquee = page.getByRole('region', { name: 'Service nginx-deployment' });
    await expect(marquee).toBeVisible();
    const m = await marquee.evaluate((el) => {
      const box = (el.closest('foreignObject') as Element).getBoundingClientRect();
      const lines = [
        ...el.querySelectorAll('.marquee__name, .marquee__meta, .marquee__figures p, .marquee__route, .load-control label'),
      ].map((e) => {
        const r = e.getBoundingClientRect();
        return { text: (e.textContent ?? '').trim().slice(0, 40), top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      });
      return {
        box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
        scrolls: el.scrollHeight > el.clientHeight + 1,
        lines,
      };
    });
    expect(m.scrolls, 'the marquee does not scroll').toBe(false);
    expect(m.lines.length).toBeGreaterThanOrEqual(6);
    for (const l of m.lines) {
      expect(l.top, `${l.text}: top`).toBeGreaterThanOrEqual(m.box.top - 0.5);
      expect(l.bottom, `${l.text}: bottom`).toBeLessThanOrEqual(m.box.bottom + 0.5);
      expect(l.right, `${l.text}: right`).toBeLessThanOrEqual(m.box.right + 0.5);
    }
    // The load control on the marquee, in sight: its number box and its button.
    for (const control of [
      marquee.getByRole('spinbutton', { name: 'Load for nginx-deployment (requests/s)' }),
      marquee.getByRole('button', { name: 'Set load' }),
    ]) {
      const r = (await control.boundingBox())!;
      expect(r.y, 'inside the marquee').toBeGreaterThanOrEqual(m.box.top - 0.5);
      expect(r.y + r.height, 'inside the marquee').toBeLessThanOrEqual(m.box.bottom + 0.5);
      expect(r.y + r.height, 'inside the window').toBeLessThanOrEqual(h);
    }
    expect(consoleErrors).toEqual([]);
  });
}

test('axe stays clean on a hall with a dark riser and counts', async ({ page, sim }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPlaying(page, sim);
  await page.getByRole('button', { name: 'Inspect node-2' }).click();
  await page.getByRole('button', { name: 'Kill node' }).click();
  const riser = page.getByRole('region', { name: 'Node node-2' });
  await sim.advanceUntil(async () => ((await riser.textContent()) ?? '').includes('NotReady'), { stepMs: 5000 });
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('16');
  await sim.advance(2000);
  await axeClean(page);
});
