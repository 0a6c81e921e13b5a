// The console follows the cluster as a terminal does: `kubectl get pods -w` prints a line for each
// change while virtual time passes, and the Stop button (or Ctrl-C) ends it. Time moves through the
// test API only; everything is found by role and accessible name.
import type { Page } from '@playwright/test';
import { axeClean, expect, test } from './fixtures';

const output = (page: Page) => page.getByRole('log', { name: 'kubectl output' });
const box = (page: Page) => page.getByRole('textbox', { name: 'kubectl' });

test('get pods -w prints a new pod after a scale and stops on Stop', async ({ page, sim, consoleErrors }) => {
  // A loaded machine (two cores, many sessions) draws slowly; the steps themselves are few.
  test.setTimeout(180_000);
  await page.goto('./?test&seed=1');
  await sim.pause();
  await sim.advance(20_000);

  await box(page).fill('kubectl get pods -w');
  await box(page).press('Enter');
  const stop = page.getByRole('button', { name: 'Stop' });
  await expect(stop).toBeVisible();
  await expect(output(page)).toContainText(/NAME +READY +STATUS +RESTARTS +AGE/);

  await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
  await sim.advance(3_000);
  // The new pod's first row, flushed alone as kubectl's tabwriter does (3-space gaps).
  await expect(output(page)).toContainText(/nginx-deployment-\S+ {3}0\/1 {3}Pending/);
  // The console's form (with its Stop button) only: a whole-page scan outlasts a loaded machine.
  await axeClean(page, '.console__form');

  await stop.click();
  await expect(stop).toBeHidden();
  await expect(output(page)).toContainText('^C');
  const after = await output(page).innerText();
  await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
  await sim.advance(5_000);
  // Nothing follows any more: no row for the pod created after the stop.
  const rowsAfter = (await output(page).innerText()).slice(after.length);
  expect(rowsAfter).not.toMatch(/nginx-deployment-\S+ {3}0\/1 {3}Pending/);
  expect(consoleErrors).toEqual([]);
});

test('Ctrl-C in the box stops rollout status', async ({ page, sim }) => {
  await page.goto('./?test&seed=1');
  await sim.pause();
  await box(page).fill('kubectl set image deployment/nginx-deployment nginx=nginx:1.27');
  await box(page).press('Enter');
  await box(page).fill('kubectl rollout status deployment/nginx-deployment');
  await box(page).press('Enter');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
  await box(page).press('Control+c');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
  await expect(output(page)).toContainText('^C');
});
