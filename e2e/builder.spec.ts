// Issue 14's Done-when: a teacher builds a two-step lesson in the builder (`?build`: scale to 4,
// then survive a pod kill), publishes it as a link, and a learner in another browser context
// opens that link embedded in a course page on another origin (public/embed-host.html on
// 127.0.0.1, the app on localhost/k8s/) and completes it; the course page receives `complete`.
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import type { PodchestraTestApi } from '../src/views/test-api';
import { expect, test } from './fixtures';
import { DIST_PORT } from './ports';

const APP = `http://localhost:${DIST_PORT}/k8s/`;

/** The builder's page: publishes the lesson and returns its link. */
async function buildLesson(page: Page): Promise<string> {
  const builder = page.getByRole('region', { name: 'Lesson builder' });
  await builder.getByRole('button', { name: 'Set-up done' }).click();
  await builder.getByLabel('Title').fill('Scale and survive');
  // Keyboard: Tab goes from field to field, and the focused one shows a ring.
  await page.keyboard.press('Tab');
  const slug = builder.getByLabel('Name in the address');
  await expect(slug).toBeFocused();
  expect(await slug.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await expect(builder.getByLabel('Name in the address')).toHaveValue('scale-and-survive');

  const one = builder.getByRole('group', { name: 'Step 1' });
  await one.getByLabel('Narration').fill('The piece needs four players.');
  await one.getByLabel('Hints (one per line)').fill('Scale the Deployment.');
  await one.getByLabel('Ask a prediction first').check();
  await one.getByLabel('Question').fill('Who adds the players?');
  await one.getByLabel('Options (one per line, 2 to 6)').fill('The ReplicaSet controller\nYou, by hand');
  await one.getByLabel('Explanation').fill('You change the score; the crew does the rest.');
  await one.getByLabel('Correct answer').selectOption({ label: 'The ReplicaSet controller' });
  // The goal's parameters come from the live cluster: the sandbox's nginx-deployment and its 3 replicas.
  await expect(one.getByLabel('The step is done when')).toHaveValue('readyPods');
  await expect(one.getByLabel('Pods of')).toHaveValue('app=nginx');
  await expect(one.getByLabel('Count', { exact: true })).toHaveValue('3');
  await one.getByLabel('Count', { exact: true }).fill('4');
  // The solution is recorded by doing it in the console.
  await one.getByRole('button', { name: 'Record the solution of step 1' }).click();
  const kubectl = page.getByRole('textbox', { name: 'kubectl' });
  await kubectl.fill('get pods');
  await kubectl.press('Enter');
  await kubectl.fill('scale deployment nginx-deployment --replicas=4');
  await kubectl.press('Enter');
  await one.getByRole('button', { name: 'Stop recording step 1' }).click();
  await expect(one.getByRole('list', { name: 'Solution of step 1' }).getByRole('listitem')).toHaveText([
    /^kubectl scale deployment nginx-deployment --replicas=4/,
  ]);

  await builder.getByRole('button', { name: 'Add a step' }).click();
  const two = builder.getByRole('group', { name: 'Step 2' });
  await two.getByLabel('Narration').fill('A player walks off. Keep four on stage.');
  await two.getByLabel('The step is done when').selectOption('podReplaced');
  await expect(two.getByLabel('Pods of')).toHaveValue('app=nginx');
  await two.getByLabel('Injection', { exact: true }).selectOption({ label: 'Kill a pod' });
  await two.getByLabel('Target').selectOption({ label: 'a pod of nginx-deployment' });
  await two.getByLabel('After (seconds)').fill('5');
  await two.getByRole('button', { name: 'Add injection' }).click();
  await expect(two.getByRole('button', { name: 'Remove injection 1' })).toBeVisible();

  await builder.getByRole('button', { name: 'Publish' }).click();
  await expect(builder.getByRole('status').filter({ hasText: 'Published' })).toBeVisible({ timeout: 30_000 });
  await expect(builder.getByRole('link', { name: 'Download JSON' })).toHaveAttribute('download', 'scale-and-survive.json');
  await builder.getByLabel('Course page origin (optional)').fill(`http://127.0.0.1:${DIST_PORT}`);
  const link = await builder.getByLabel('Lesson link').inputValue();
  await page.screenshot({ path: 'e2e/screenshots/builder-published.png' });
  await expect(builder.getByLabel('Embed code')).toHaveValue(
    new RegExp(
      `^<iframe src="[^"]*\\?lesson=scale-and-survive&amp;embed=1&amp;origin=http%3A%2F%2F127\\.0\\.0\\.1%3A${DIST_PORT}#lesson=1\\.`,
    ),
  );
  // The download is the lesson's JSON; the builder opens it again (and refuses a bad file in plain words).
  const href = await builder.getByRole('link', { name: 'Download JSON' }).getAttribute('href');
  const json = await page.evaluate((h) => fetch(h!).then((r) => r.text()), href);
  const file = builder.getByLabel('Open a lesson file (JSON)');
  await file.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"v":1,"slug":"x"') });
  await expect(builder.getByRole('alert')).toHaveText('This lesson cannot be opened: it is not valid JSON.');
  await file.setInputFiles({ name: 'scale-and-survive.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(builder.getByRole('alert')).toContainText('Loaded "Scale and survive" with its own set-up');
  await expect(builder.getByRole('group', { name: 'Step 2' }).getByLabel('Narration')).toHaveValue(
    'A player walks off. Keep four on stage.',
  );

  // Play as learner: the lesson opens in a new tab, as a learner would see it.
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    builder.getByRole('button', { name: 'Play as learner' }).click(),
  ]);
  await expect(preview.getByRole('region', { name: 'Lesson' }).getByRole('heading', { name: 'Step 1 of 2' })).toBeVisible({
    timeout: 30_000,
  });
  await preview.close();
  return link;
}

async function appFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(APP))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(APP))!;
}

test('a teacher builds and publishes a two-step lesson; a learner completes it embedded on another origin', async ({
  page,
  browser,
  sim,
}) => {
  test.setTimeout(300_000);
  await page.goto('./?build&test');
  await sim.pause();
  const link = await buildLesson(page);
  const url = new URL(link);
  expect(url.searchParams.get('lesson')).toBe('scale-and-survive');
  expect(url.hash).toMatch(/^#lesson=1\./);
  // The builder's forms: labelled, keyboard-reachable, and axe-clean.
  const axe = await new AxeBuilder({ page }).include('[aria-label="Lesson builder"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  const app = `${APP}?test`;
  await learner.goto(`http://127.0.0.1:${DIST_PORT}/embed-host.html?app=${encodeURIComponent(app)}&lesson=scale-and-survive${url.hash}`);
  const messages = learner.getByRole('log', { name: 'Messages from Podchestra' });
  await expect(messages.getByRole('listitem').first()).toHaveText('ready: scale-and-survive', { timeout: 30_000 });
  const frame = await appFrame(learner);
  expect(new URL(frame.url()).hash).toBe(url.hash);
  await frame.waitForFunction(() => !!window.podchestra);
  await frame.evaluate(() => (window.podchestra as PodchestraTestApi).pause());
  const panel = learner.frameLocator('iframe[title="Podchestra lesson"]').getByRole('region', { name: 'Lesson' });
  const untilGoal = () =>
    frame.evaluate(() => {
      const api = window.podchestra as PodchestraTestApi;
      for (let ran = 0; ran < 300_000 && !api.lesson()?.goalMet; ran += 1_000) api.advance(1_000);
      return api.lesson()?.goalMet;
    });

  await expect(panel.getByRole('heading', { name: 'Step 1 of 2' })).toBeVisible();
  await expect(panel.getByText('The piece needs four players.')).toBeVisible();
  await panel.getByRole('radio', { name: 'The ReplicaSet controller' }).check();
  await panel.getByRole('button', { name: 'Check answer' }).click();
  const kubectl = learner.frameLocator('iframe[title="Podchestra lesson"]').getByRole('textbox', { name: 'kubectl' });
  await kubectl.fill('scale deployment nginx-deployment --replicas=4');
  await kubectl.press('Enter');
  expect(await untilGoal()).toBe(true);
  await expect(panel.getByRole('status')).toHaveText('Goal met');
  await panel.getByRole('button', { name: 'Next' }).click();

  await expect(panel.getByRole('heading', { name: 'Step 2 of 2' })).toBeVisible();
  // The timed injection kills a pod 5 s in; the ReplicaSet brings a new one up: the learner survives it.
  expect(await untilGoal()).toBe(true);
  await expect(panel.getByRole('status')).toHaveText('Goal met');
  await panel.getByRole('button', { name: 'Next' }).click();
  await expect(panel.getByRole('heading', { name: 'Lesson complete' })).toBeVisible();
  await expect(messages.getByRole('listitem').last()).toHaveText('complete: scale-and-survive');
  await learnerContext.close();
});
