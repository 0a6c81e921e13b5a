// Lessons done by hand, never with Show me: kubectl typed in the console and clicks on the stage,
// the inspector and the workload panel all count toward a step's goal — including an action taken
// while the step's prediction is still open (the step starts when it appears, not when answered).
import type { Locator, Page } from '@playwright/test';
import { expect, type Sim, test } from './fixtures';

const DESKTOP = { width: 1280, height: 800 };

const panelOf = (page: Page) => page.getByRole('region', { name: 'Lesson' });
const consoleOutput = (page: Page) => page.getByRole('log', { name: 'kubectl output' });
const bandPods = (page: Page) => page.getByRole('button', { name: /^Pod band-/ });

type Act = (page: Page, sim: Sim) => Promise<void>;

async function typeCommand(page: Page, line: string) {
  const box = page.getByRole('textbox', { name: 'kubectl' });
  await box.fill(line);
  await box.press('Enter');
  await expect(consoleOutput(page)).toContainText(`$ ${line}`);
}

const typed =
  (line: string): Act =>
  (page) =>
    typeCommand(page, line);

/** Selects the first band pod on the stage and kills it from the inspector. */
const killFromInspector: Act = async (page) => {
  const pod = bandPods(page).first();
  const name = ((await pod.getAttribute('aria-label')) ?? '').split(/[ ,]/)[1];
  expect(name).toMatch(/^band-/);
  await pod.click();
  await expect(page.getByRole('heading', { name: `Pod ${name}` })).toBeVisible();
  await page.getByRole('button', { name: 'Kill pod' }).click();
  await expect(consoleOutput(page)).toContainText(`$ kubectl delete pod ${name}`);
};

const scaleUp =
  (times: number): Act =>
  async (page) => {
    for (let i = 0; i < times; i++) await page.getByRole('button', { name: 'Scale band up' }).click();
  };

const scaleDown =
  (times: number): Act =>
  async (page) => {
    for (let i = 0; i < times; i++) await page.getByRole('button', { name: 'Scale band down' }).click();
  };

async function answer(panel: Locator) {
  const question = panel.getByRole('radiogroup');
  if ((await question.count()) === 0) return;
  await question.getByRole('radio').first().check();
  await panel.getByRole('button', { name: 'Check answer' }).click();
  await expect(panel.getByText(/^(Correct\.|Not quite)/)).toBeVisible();
}

/**
 * Walks a lesson: per step, `act` (undefined: the step needs only time), then its goal. With
 * `beforeAnswer` the action happens while the prediction is still open.
 */
async function walk(page: Page, sim: Sim, slug: string, steps: { act?: Act; beforeAnswer?: boolean }[]) {
  await page.setViewportSize(DESKTOP);
  await page.goto(`./?lesson=${slug}&test`);
  const panel = panelOf(page);
  await expect(panel.getByRole('heading', { name: `Step 1 of ${steps.length}` })).toBeVisible();
  await sim.pause();
  for (const [i, step] of steps.entries()) {
    await expect(panel.getByRole('heading', { name: `Step ${i + 1} of ${steps.length}` })).toBeVisible();
    if (step.beforeAnswer && step.act) {
      await expect(panel.getByRole('radiogroup')).toBeVisible();
      await step.act(page, sim);
      await sim.advance(5_000);
    }
    await answer(panel);
    if (step.act && !step.beforeAnswer) await step.act(page, sim);
    expect(await sim.advanceUntilGoal({ stepMs: 1_000, maxMs: 300_000 }), `${slug} step ${i + 1}'s goal is met`).toBe(true);
    await expect(panel.getByRole('status')).toHaveText('Goal met');
    await panel.getByRole('button', { name: 'Next' }).click();
  }
  // Show me was never pressed: every change came from the learner's own typing and clicks.
  await expect(panel.getByRole('heading', { name: 'Lesson complete' })).toBeVisible();
}

test.describe('lessons done by hand', () => {
  test('self-healing: a pod killed from the inspector while the prediction is open', async ({ page, sim, consoleErrors }) => {
    test.setTimeout(120_000);
    await walk(page, sim, 'self-healing', [{}, { act: killFromInspector, beforeAnswer: true }, {}]);
    expect(consoleErrors).toEqual([]);
  });

  test('scaling: the workload panel’s Scale buttons up and down, then zero typed', async ({ page, sim, consoleErrors }) => {
    test.setTimeout(120_000);
    await walk(page, sim, 'scaling', [
      {},
      { act: scaleUp(3) },
      { act: scaleDown(2) },
      { act: typed('kubectl scale deployment band --replicas=0') },
    ]);
    await expect(consoleOutput(page)).toContainText('$ kubectl scale deployment band --replicas=5');
    await expect(consoleOutput(page)).toContainText('$ kubectl scale deployment band --replicas=3');
    expect(consoleErrors).toEqual([]);
  });

  test('rollouts: set image, a bad tag and the rollback, typed in the console', async ({ page, sim, consoleErrors }) => {
    test.setTimeout(120_000);
    await walk(page, sim, 'rollouts', [
      {},
      { act: typed('kubectl set image deployment/band nginx=nginx:1.27') },
      { act: typed('kubectl set image deployment/band nginx=nginx:1.161') },
      { act: typed('kubectl rollout undo deployment/band') },
    ]);
    expect(consoleErrors).toEqual([]);
  });
});
