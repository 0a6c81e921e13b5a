// `kubectl apply -f https://k8s.io/examples/…` typed in the console, as the docs' pages give it:
// the example table (a chunk of its own) loads first and the line then runs as if the file had
// been read; an unknown URL answers with kubectl's 404 error. Also `create deployment … -- CMD`.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const output = (page: Page) => page.getByRole('log', { name: 'kubectl output' });

test('apply -f <docs example URL> in the console', async ({ page, sim, consoleErrors }) => {
  test.setTimeout(120_000);
  await page.goto('./?test&seed=1');
  await sim.pause();
  const kubectl = page.getByRole('textbox', { name: 'kubectl' });

  await kubectl.fill('kubectl apply -f https://k8s.io/examples/pods/simple-pod.yaml');
  await kubectl.press('Enter');
  await expect(output(page)).toContainText('pod/nginx created');

  await kubectl.fill('kubectl apply -f https://k8s.io/examples/no/such.yaml');
  await kubectl.press('Enter');
  await expect(output(page)).toContainText(
    'error: unable to read URL "https://k8s.io/examples/no/such.yaml", server reported 404 Not Found, status code=404',
  );

  await kubectl.fill('kubectl create deployment tools --image=busybox -- sleep 3600');
  await kubectl.press('Enter');
  await expect(output(page)).toContainText('deployment.apps/tools created');
  expect(consoleErrors).toEqual([]);
});
