// kubectl exec in the console, as a learner types it: a command run in a container prints its
// output, and `exec -it … -- sh` opens the container's prompt (`/ #`) where each line runs inside
// the pod (here: DNS and the sample Service through wget) until `exit`. Time moves through the test
// API only; everything is found by role and accessible name.
import type { Page } from '@playwright/test';
import { axeClean, expect, test } from './fixtures';

const output = (page: Page) => page.getByRole('log', { name: 'kubectl output' });

test("kubectl exec prints a container's output; exec -it opens its shell until exit", async ({ page, sim, consoleErrors }) => {
  test.setTimeout(180_000);
  await page.goto('./?test&seed=1');
  await sim.pause();
  await sim.advance(20_000);
  const kubectl = page.getByRole('textbox', { name: 'kubectl' });

  await kubectl.fill('kubectl exec deploy/nginx-deployment -- cat /etc/resolv.conf');
  await kubectl.press('Enter');
  await expect(output(page)).toContainText('nameserver 10.96.0.10');
  await expect(output(page)).toContainText('search default.svc.cluster.local svc.cluster.local cluster.local');

  await kubectl.fill('kubectl run shell --image=busybox:1.28 -- sleep 3600');
  await kubectl.press('Enter');
  await sim.advance(30_000);
  await kubectl.fill('kubectl exec -it shell -- sh');
  await kubectl.press('Enter');

  const shell = page.getByRole('textbox', { name: 'container shell' });
  await expect(shell).toBeVisible();
  await shell.fill('nslookup nginx-deployment');
  await shell.press('Enter');
  await expect(output(page)).toContainText(
    /Name: +nginx-deployment\nAddress 1: 10\.\d+\.\d+\.\d+ nginx-deployment\.default\.svc\.cluster\.local/,
  );
  await shell.fill('wget -qO- http://nginx-deployment | grep title');
  await shell.press('Enter');
  await expect(output(page)).toContainText('<title>Welcome to nginx!</title>');
  await axeClean(page, '.console__form');
  // The container prompt in the console (before/after pair: the usual `$ kubectl` prompt is in controls.spec's shots).
  await page.locator('.console__form').screenshot({ path: 'e2e/screenshots/console-exec-prompt.png' });

  await shell.fill('exit');
  await shell.press('Enter');
  await expect(page.getByRole('textbox', { name: 'kubectl' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
