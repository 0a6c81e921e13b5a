// "Why?" as a learner meets it (issue 12): in the node-failure lesson, cut node-2's power from the
// inspector, ask why it is still Ready, read the heartbeat countdown, follow the cause back to the
// moment the power was cut (the timeline moves there) and come back to now. Roles and names only.
import type { Page } from '@playwright/test';
import { formatClock } from '../src/views/format-clock';
import { axeClean, expect, test } from './fixtures';

const now = (page: Page) => page.evaluate(() => window.podchestra?.now() ?? 0);

test('asking "Why?" on a killed node and following the cause back in time', async ({ page, sim, consoleErrors }) => {
  // Two axe scans of the open panel (live and visiting) on a shared machine.
  test.setTimeout(150_000);
  await page.goto('./?lesson=node-failure&test');
  await expect(page.getByRole('region', { name: 'Lesson' }).getByRole('heading', { name: /^Step 1 of \d+$/ })).toBeVisible();
  await sim.pause();
  await sim.advance(30_000);

  await page.getByRole('region', { name: 'Node node-2' }).getByRole('button', { name: 'Inspect node-2' }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('button', { name: 'Kill node' }).click();
  const killedAt = await now(page);
  await sim.advance(20_000);
  const liveAt = await now(page);

  await inspector.getByRole('button', { name: 'Why is node-2 like this?' }).click();
  const why = inspector.getByRole('region', { name: 'Why?' });
  const causes = why.getByRole('list', { name: 'Causes, newest first, for Node node-2' });
  // The heartbeat explanation: still Ready, the last heartbeat, the 50 s grace, the countdown.
  await expect(causes).toContainText('node-2 is still Ready because the node lifecycle controller last heard its heartbeat');
  await expect(causes).toContainText('waits a grace period of 50 s');
  await expect(causes).toContainText(/marks node-2 NotReady \(Unknown\), in [\d.]+ s\. No heartbeat for [\d.]+ s so far\./);
  // The answer sits in a polite live region, so a screen reader reads it when it arrives.
  await expect(why.locator('[aria-live="polite"]')).toContainText('Node node-2');
  await axeClean(page, '.inspector');

  // Follow the cause to the moment the power was cut: the timeline goes there.
  const clock = page.getByRole('status', { name: 'Virtual time' }).or(page.getByLabel('Virtual time'));
  await causes.getByRole('button', { name: new RegExp(`^${formatClock(killedAt)} You cut the power to node-2`) }).click();
  await expect(clock).toHaveText(formatClock(killedAt));
  expect(await now(page)).toBe(killedAt);
  await expect(why.getByRole('status')).toContainText(`Showing ${formatClock(killedAt)}; the present (${formatClock(liveAt)}) waits.`);
  await axeClean(page, '.inspector');

  // And back to the present, exactly where it was.
  await why.getByRole('button', { name: `Back to now (${formatClock(liveAt)})` }).click();
  await expect(clock).toHaveText(formatClock(liveAt));
  expect(await now(page)).toBe(liveAt);
  await expect(why.getByRole('button', { name: /^Back to now/ })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('W asks "Why?" by keyboard; the inspector also asks about the ReplicaSet and the autoscaler', async ({ page, sim, consoleErrors }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?test&seed=1');
  await sim.pause();
  const running = page.getByRole('button', { name: /^Pod nginx-deployment-\S+, Running,/ });
  await sim.advanceUntil(async () => (await running.count()) === 3, { stepMs: 2000, maxMs: 180_000 });
  await sim.kubectl('autoscale deployment nginx-deployment --min=3 --max=6 --cpu-percent=50');
  await sim.advance(20_000);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const why = inspector.getByRole('region', { name: 'Why?' });

  // A musician holding the focus: W selects it and asks why.
  const pod = running.first();
  const podName = ((await pod.getAttribute('aria-label')) ?? '').split(',')[0].slice('Pod '.length);
  await pod.focus();
  await page.keyboard.press('w');
  await expect(why.getByRole('list', { name: `Causes, newest first, for Pod ${podName}` })).toBeVisible();
  // The shortcut is on the button it stands for, and written beside it.
  await expect(why.getByRole('button', { name: `Why is ${podName} like this?` })).toHaveAttribute('aria-keyshortcuts', 'W');
  await expect(why).toContainText('Shortcut: W asks why');

  // Typed in the kubectl box, w is a letter, not a question; outside it, W asks about the selection.
  await page.getByRole('button', { name: 'Inspect node-1' }).click();
  const box = page.getByRole('textbox', { name: 'kubectl' });
  await box.click();
  await page.keyboard.press('w');
  await expect(box).toHaveValue('w');
  await expect(why.getByRole('list', { name: `Causes, newest first, for Pod ${podName}` })).toBeVisible();
  await box.fill('');
  await page.getByRole('button', { name: 'Inspect node-1' }).focus();
  await page.keyboard.press('w');
  await expect(why.getByRole('list', { name: 'Causes, newest first, for Node node-1' })).toBeVisible();

  // The pod's ReplicaSet and the autoscaler that scales its Deployment, from the pod's inspector.
  await pod.click();
  const rsButton = why.getByRole('button', { name: /^Why is ReplicaSet nginx-deployment-\w+ like this\?$/ });
  const rsName = ((await rsButton.textContent()) ?? '').replace(/^Why is ReplicaSet (\S+) like this\?$/, '$1');
  expect(podName.startsWith(`${rsName}-`)).toBe(true);
  await rsButton.click();
  const rsCauses = why.getByRole('list', { name: `Causes, newest first, for ReplicaSet ${rsName}` });
  await expect(rsCauses).toBeVisible();
  await expect(why.locator('[aria-live="polite"]')).toContainText(`ReplicaSet ${rsName}`);
  await why.getByRole('button', { name: 'Why is HorizontalPodAutoscaler nginx-deployment like this?' }).click();
  await expect(why.getByRole('list', { name: 'Causes, newest first, for HorizontalPodAutoscaler nginx-deployment' })).toBeVisible();
  await axeClean(page, '.inspector');

  // And from the Deployment's inspector: its ReplicaSet too.
  await page.getByRole('button', { name: 'Inspect Deployment nginx-deployment' }).click();
  await expect(why.getByRole('button', { name: `Why is ReplicaSet ${rsName} like this?` })).toBeVisible();
  await expect(why.getByRole('button', { name: 'Why is HorizontalPodAutoscaler nginx-deployment like this?' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
