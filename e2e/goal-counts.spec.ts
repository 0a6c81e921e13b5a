// Issue 12: every lesson's goal that counts something shows that count on stage. The counted
// things come from the lesson data (src/lessons/goal-counts.ts); each lesson is walked as a
// learner does (answer, Show me, time, Next, by role and accessible name) and, at each step that
// counts, the number is read off the stage: in words (the accessible names and lists) and drawn.
import type { Locator, Page } from '@playwright/test';
import { type StageCount, stageCounts } from '../src/lessons/goal-counts';
import { lessons } from '../src/lessons/registry';
import { expect, type Sim, test } from './fixtures';

const DESKTOP = { width: 1280, height: 800 };
const SHOTS = 'e2e/screenshots';

const panelOf = (page: Page) => page.getByRole('region', { name: 'Lesson' });
const stageOf = (page: Page) => page.getByRole('region', { name: 'Cluster stage' });
const phase = (page: Page) => page.evaluate(() => window.podchestra!.lesson()?.phase);
const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The app label of a goal's selector ("app=drummer" → "drummer"): the pods' names start with it. */
const appOf = (selector: string) => /(?:^|,)app=([^,]+)/.exec(selector)?.[1] ?? selector;

/** The largest number a pattern's first group finds among the accessible names of `items`. */
async function largest(items: Locator, re: RegExp): Promise<number> {
  let best = -1;
  for (const label of await items.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''))) {
    const m = re.exec(label);
    if (m) best = Math.max(best, Number(m[1]));
  }
  return best;
}

/** Checks one counted thing on the stage, once the step's goal holds. */
async function expectOnStage(page: Page, count: StageCount, where: string): Promise<void> {
  const stage = stageOf(page);
  switch (count.thing) {
    case 'songs': {
      // In words: the safe's list; drawn: the record "www-web-1 ♫ 3".
      const item = stage
        .getByRole('list', { name: 'In the safe' })
        .getByRole('listitem')
        .filter({ hasText: `PersistentVolumeClaim ${count.claim}:` });
      const songs = await largest(item, /, (\d+) songs? recorded$/);
      expect(songs, `${where}: songs on ${count.claim} in words`).toBeGreaterThanOrEqual(count.atLeast);
      await expect(stage.getByText(`${count.claim} ♫ ${songs}`, { exact: true }), `${where}: the record's count`).toBeInViewport();
      return;
    }
    case 'heartbeat':
      // Checked while the step runs (walkLesson): the count is what the learner waits on.
      return;
    case 'restarts': {
      const app = appOf(count.selector);
      const musicians = stage.getByRole('button', { name: new RegExp(`^Pod ${reEscape(app)}\\b`) });
      const restarts = await largest(musicians, /, (\d+) restarts?$/);
      expect(restarts, `${where}: restarts of ${app} in a musician's name`).toBeGreaterThanOrEqual(count.atLeast);
      await expect(stage.getByText(`↻${restarts}`, { exact: true }).first(), `${where}: the restart badge`).toBeInViewport();
      return;
    }
    case 'endpoints': {
      // On the route line, which the hall's marquee shows whole, without scrolling, in every layout.
      const marquee = stage.getByRole('region', { name: `Service ${count.service}` });
      const words = `${count.ready} ready endpoint${count.ready === 1 ? '' : 's'}`;
      await expect(marquee.getByText(`via kube-proxy to ${words}`), `${where}: the marquee's count`).toBeInViewport();
      return;
    }
    case 'revision': {
      const musicians = stage.getByRole('button', {
        name: new RegExp(`^Pod ${reEscape(count.deployment)}-.*, revision ${count.revision}(,| \\()`),
      });
      await expect(musicians.first(), `${where}: a musician of revision ${count.revision}`).toBeVisible();
      await expect(musicians.first().getByText(`r${count.revision}`, { exact: true })).toBeInViewport();
      return;
    }
  }
}

/** The heartbeat count, read while it runs: on the riser (drawn) and in its region's name. */
async function expectHeartbeat(page: Page, sim: Sim, node: string, where: string): Promise<void> {
  const riser = stageOf(page).getByRole('region', { name: new RegExp(`^Node ${reEscape(node)}\\b`) });
  await sim.advance(23_000);
  const name = (await riser.getAttribute('aria-label')) ?? '';
  const m = /no heartbeat for (\d+) s of the (\d+) s grace period/.exec(name);
  expect(m, `${where}: ${name}`).not.toBeNull();
  const [seconds, grace] = [Number(m?.[1]), Number(m?.[2])];
  expect(seconds).toBeGreaterThan(10);
  expect(grace).toBe(50);
  await expect(riser.getByText(`no heartbeat ${seconds}/${grace} s`, { exact: true })).toBeInViewport();
  // Ten seconds later it has counted on.
  await sim.advance(10_000);
  await expect(riser.getByText(`no heartbeat ${seconds + 10}/${grace} s`, { exact: true })).toBeVisible();
}

const counting = lessons.filter((l) => l.steps.some((s) => stageCounts(s.goal).length > 0));

test.describe('goals that count show the count on stage', () => {
  for (const lesson of counting) {
    test(`${lesson.slug}: ${lesson.steps.flatMap((s) => stageCounts(s.goal).map((c) => c.thing)).join(', ')}`, async ({
      page,
      sim,
      consoleErrors,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(DESKTOP);
      await page.goto(`./?lesson=${lesson.slug}&test`);
      const panel = panelOf(page);
      const n = lesson.steps.length;
      await expect(panel.getByRole('heading', { name: `Step 1 of ${n}` })).toBeVisible();
      await sim.pause();
      const last = Math.max(...lesson.steps.map((s, i) => (stageCounts(s.goal).length > 0 ? i : -1)));
      for (const [i, step] of lesson.steps.entries()) {
        if (i > last) break;
        const where = `${lesson.slug} step ${i + 1} (${step.id})`;
        await expect(panel.getByRole('heading', { name: `Step ${i + 1} of ${n}` })).toBeVisible();
        const question = panel.getByRole('radiogroup');
        if ((await question.count()) > 0) {
          await question.getByRole('radio').first().check();
          await panel.getByRole('button', { name: 'Check answer' }).click();
        }
        const showMe = panel.getByRole('button', { name: 'Show me' });
        if (await showMe.isEnabled()) await showMe.click();
        const counts = stageCounts(step.goal);
        for (const c of counts) if (c.thing === 'heartbeat') await expectHeartbeat(page, sim, c.node, where);
        expect(await sim.advanceUntilGoal({ stepMs: 1_000 }), `${where}: goal met`).toBe(true);
        if ((await phase(page)) === 'complete') break;
        for (const c of counts) await expectOnStage(page, c, where);
        if (counts.length > 0) await page.screenshot({ path: `${SHOTS}/goal-counts-${lesson.slug}-${step.id}-1280.png` });
        await panel.getByRole('button', { name: 'Next' }).click();
      }
      expect(consoleErrors).toEqual([]);
    });
  }
});
