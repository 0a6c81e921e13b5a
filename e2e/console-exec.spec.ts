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

test('a pasted docs command with `\\` continuations runs as one line; pasted lines run in order', async ({ page, sim, consoleErrors }) => {
  test.setTimeout(120_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?test&seed=1');
  await sim.pause();
  const kubectl = page.getByRole('textbox', { name: 'kubectl' });
  // A real paste (Ctrl+V from the system clipboard), as from the Namespaces Walkthrough page.
  const paste = async (text: string) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await kubectl.focus();
    await page.keyboard.press('ControlOrMeta+V');
  };

  await paste(
    'kubectl config set-context dev --namespace=development \\\n  --cluster=lithe-cocoa-92103_kubernetes \\\n  --user=lithe-cocoa-92103_kubernetes',
  );
  await expect(kubectl).toHaveValue(
    'kubectl config set-context dev --namespace=development   --cluster=lithe-cocoa-92103_kubernetes   --user=lithe-cocoa-92103_kubernetes',
  );
  await kubectl.press('Enter');
  await expect(output(page)).toContainText('Context "dev" created.');

  // Several complete lines: each runs, in order; the last stays in the box, after what was typed.
  await kubectl.fill('kubectl ');
  await paste('config use-context dev\nkubectl config current-context\nkubectl get ns');
  // (The output's lines are <pre>s: their text runs together here.)
  await expect(output(page)).toContainText('$ kubectl config use-context devSwitched to context "dev".$ kubectl config current-contextdev');
  await expect(kubectl).toHaveValue('kubectl get ns');
  expect(consoleErrors).toEqual([]);
});

test('pasted lines run one after another while the cluster plays: a volume just created reads Available', async ({
  page,
  sim,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?test&seed=1');
  await sim.advance(0); // the engine is in; the clock keeps playing at 1×
  const kubectl = page.getByRole('textbox', { name: 'kubectl' });
  await page.evaluate(() =>
    navigator.clipboard.writeText('kubectl apply -f https://k8s.io/examples/pods/storage/pv-volume.yaml\nkubectl get pv task-pv-volume\n'),
  );
  await kubectl.focus();
  await page.keyboard.press('ControlOrMeta+V');
  // The Configure a Pod to Use a PersistentVolume page's output: STATUS Available, not the Pending
  // the API server stores (a real terminal starts the second kubectl after the first has exited).
  await expect(output(page)).toContainText(/task-pv-volume +10Gi +RWO +Retain +Available +manual/);
  await expect(kubectl).toHaveValue('');
  expect(consoleErrors).toEqual([]);
});
