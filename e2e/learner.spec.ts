// A learner's afternoon: a bad image rolled out and rolled back, a node cordoned, drained, killed
// and restored, manifests written in the YAML editor (valid, invalid, not YAML at all), and the
// editor driven by keyboard alone. Found by role and name; virtual time moves through the test
// API (window.podchestra), except where the point is to watch 64× play.
import type { Locator, Page } from '@playwright/test';
import { axeClean, expect, type Sim, test } from './fixtures';

const SHOTS = 'e2e/screenshots';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
`;

const STATEFUL = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.25
`;

const consoleOutput = (page: Page) => page.getByRole('log', { name: 'kubectl output' });
const pods = (scope: Page | Locator, re = '') => scope.getByRole('button', { name: new RegExp(`^Pod ${re}`) });

/** `Pod <name>, <STATUS>, on <node>, …` → names with that status. */
async function podNames(scope: Page | Locator, status = 'Running', prefix = 'nginx-deployment-'): Promise<string[]> {
  const labels = await pods(scope, prefix).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return labels.filter((l) => l.split(', ')[1] === status).map((l) => l.split(', ')[0].slice(4));
}

async function openSettled(page: Page, sim: Sim) {
  await page.setViewportSize(DESKTOP);
  await page.goto('./?test&seed=1');
  await sim.pause();
  await sim.advanceUntil(async () => (await podNames(page)).length === 3, { stepMs: 2_000 });
  expect(await podNames(page)).toHaveLength(3);
}

const now = (page: Page) => page.evaluate(() => window.podchestra?.now() ?? 0);
const node = (page: Page, n: string) => page.getByRole('region', { name: `Node ${n}` });

test.describe('a learner', () => {
  test('rolls out a bad image, sees the old musicians keep playing, and rolls back', async ({ page, sim, consoleErrors }) => {
    await openSettled(page, sim);
    const original = await podNames(page);
    const hash = original[0].split('-').slice(0, -1).join('-');
    await page.getByRole('button', { name: 'Inspect Deployment nginx-deployment' }).click();
    await expect(page.getByRole('heading', { name: 'Deployment nginx-deployment' })).toBeVisible();
    await page.getByRole('button', { name: 'Try a broken image' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl set image deployment/nginx-deployment nginx=nginx:1.99-typo');
    await sim.advanceUntil(async () => (await podNames(page, 'ImagePullBackOff')).length > 0, { stepMs: 1_000 });
    // maxSurge 25% of 3 rounds up to one new pod; maxUnavailable rounds down to 0: all three old ones keep playing.
    expect(await podNames(page, 'ImagePullBackOff')).toHaveLength(1);
    expect((await podNames(page)).sort()).toEqual([...original].sort());
    await expect(page.getByText(/image nginx:1\.99-typo · /)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/learner-bad-image-1280x800.png` });

    await page.getByRole('button', { name: 'Roll back' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl rollout undo deployment/nginx-deployment');
    await expect(consoleOutput(page)).toContainText('deployment.apps/nginx-deployment rolled back');
    await sim.advanceUntil(async () => (await pods(page, 'nginx-deployment-').count()) === 3 && (await podNames(page)).length === 3, {
      stepMs: 1_000,
    });
    const after = await podNames(page);
    expect(after).toHaveLength(3);
    // Every musician is from the original ReplicaSet, so on the original image.
    for (const n of after) expect(n.startsWith(`${hash}-`)).toBe(true);
    await expect(page.getByText(/image nginx:1\.14\.2 · 3\/3 ready/)).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('cordons, drains, kills and restores nodes from the inspector', async ({ page, sim, consoleErrors }) => {
    test.setTimeout(150_000);
    await openSettled(page, sim);
    // Cordon node-1: a sign on its stage, and a new pod goes elsewhere.
    await node(page, 'node-1').getByRole('button', { name: 'Inspect node-1' }).click();
    await page.getByRole('button', { name: 'Cordon', exact: true }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl cordon node-1');
    await expect(node(page, 'node-1').getByRole('list', { name: 'Taints and cordon' })).toContainText('cordoned: no new pods');
    const onNode1 = await podNames(node(page, 'node-1'));
    await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
    await sim.advanceUntil(async () => (await podNames(page)).length === 4, { stepMs: 1_000 });
    expect(await podNames(page)).toHaveLength(4);
    expect(await podNames(node(page, 'node-1'))).toEqual(onNode1);

    // Drain node-1: its pods leave and are replaced on the other stages.
    await page.getByRole('button', { name: 'Drain' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl drain node-1 --ignore-daemonsets');
    await sim.advanceUntil(async () => (await pods(node(page, 'node-1')).count()) === 0 && (await podNames(page)).length === 4, {
      stepMs: 2_000,
    });
    await expect(pods(node(page, 'node-1'))).toHaveCount(0);
    expect(await podNames(page)).toHaveLength(4);
    await page.getByRole('button', { name: 'Uncordon' }).click();
    await expect(node(page, 'node-1').getByText('cordoned: no new pods')).toHaveCount(0);

    // Kill node-2 and watch at 64×: NotReady after missed heartbeats, eviction after the 300 s toleration.
    const victim = node(page, 'node-2');
    const onVictim = await podNames(victim);
    expect(onVictim.length).toBeGreaterThan(0);
    await victim.getByRole('button', { name: 'Inspect node-2' }).click();
    await page.getByRole('button', { name: 'Kill node' }).click();
    const killedAt = await now(page);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('64');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(victim).toContainText('NotReady', { timeout: 20_000 });
    await expect(victim).toContainText('Lights out: the node is not Ready');
    // Keep playing at 64× until the replacements appear (about 5 s of wall time), watching as it
    // goes: before the 300 s toleration runs out, the pods are still (unknowingly) on the dark stage.
    const tolerationEnds = killedAt + 40_000 + 300_000;
    const elsewhere = async () => (await podNames(node(page, 'node-1'))).length + (await podNames(node(page, 'node-3'))).length;
    const early: { at: number; onVictim: number }[] = [];
    await expect
      .poll(
        async () => {
          const at = await now(page);
          if (at < tolerationEnds - 20_000) early.push({ at, onVictim: await pods(victim).count() });
          return elsewhere();
        },
        { timeout: 60_000, intervals: [200] },
      )
      .toBe(4);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(early.length, 'sampled while the toleration ran').toBeGreaterThan(0);
    for (const e of early) expect(e.onVictim, `pods on node-2 at ${e.at} ms`).toBe(onVictim.length);
    expect(await elsewhere()).toBe(4);
    expect((await now(page)) - killedAt).toBeGreaterThanOrEqual(300_000);
    await page.screenshot({ path: `${SHOTS}/learner-node-killed-1280x800.png` });

    await victim.getByRole('button', { name: 'Inspect node-2' }).click();
    await page.getByRole('button', { name: 'Restore node' }).click();
    await sim.advanceUntil(async () => !/NotReady/.test((await victim.textContent()) ?? ''), { stepMs: 2_000 });
    await expect(victim).not.toContainText('NotReady');
    await expect(victim).toContainText('Ready');
    expect(consoleErrors).toEqual([]);
  });

  test('writes manifests in the YAML editor: valid, invalid, not YAML', async ({ page, sim, consoleErrors }) => {
    await openSettled(page, sim);
    await page.getByRole('button', { name: 'Edit YAML' }).click();
    const editor = page.getByRole('textbox', { name: 'YAML manifest' });
    await expect(editor).toBeFocused();
    await expect(page.getByText('Tab inserts two spaces. To leave the editor press Escape, then Tab')).toBeVisible();
    await editor.fill(WEB);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl apply -f manifest.yaml');
    await expect(page.getByRole('status').filter({ hasText: 'deployment.apps/web created' })).toBeVisible();
    await sim.advanceUntil(async () => (await podNames(page, 'Running', 'web-')).length === 2, { stepMs: 1_000 });
    expect(await podNames(page, 'Running', 'web-')).toHaveLength(2);

    // replicas: -1 is refused with kubectl's words, under line 8, and nothing changes.
    const before = (await sim.kubectl('get deployment web -o yaml')).stdout;
    await editor.fill(WEB.replace('replicas: 2', 'replicas: -1'));
    await page.getByRole('button', { name: 'Apply' }).click();
    const message = 'The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0';
    const alert = page.getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Line 8:');
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    const gutter8 = page.locator('.editor__gutter [data-line="8"]');
    await expect(gutter8).toHaveAttribute('data-invalid', 'true');
    await expect(gutter8).toHaveText('⚠ 8');
    const lineBox = await gutter8.boundingBox();
    const alertBox = await alert.boundingBox();
    expect(lineBox && alertBox).toBeTruthy();
    if (lineBox && alertBox) {
      // Directly under line 8: starts at its bottom edge (within a pixel or two).
      expect(Math.abs(alertBox.y - (lineBox.y + lineBox.height))).toBeLessThanOrEqual(2);
    }
    await expect(consoleOutput(page)).toContainText(message);
    await sim.advance(10_000);
    expect((await sim.kubectl('get deployment web -o yaml')).stdout).toBe(before);
    expect(await podNames(page, 'Running', 'web-')).toHaveLength(2);
    await page.screenshot({ path: `${SHOTS}/learner-editor-invalid-1280x800.png` });

    // Editing dismisses the stale message.
    await editor.press('End');
    await editor.press('Space');
    await expect(page.getByRole('alert').filter({ hasText: message })).toHaveCount(0);
    await expect(editor).not.toHaveAttribute('aria-invalid', 'true');

    // Not YAML at all: the parser's line.
    await editor.fill(WEB.replace('  name: web\n', '  name: web\n bad: [1\n'));
    await page.getByRole('button', { name: 'Apply' }).click();
    const yamlError = 'error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: did not find expected key';
    await expect(page.getByRole('alert').filter({ hasText: yamlError })).toContainText('Line 4:');
    await expect(page.locator('.editor__gutter [data-line="4"]')).toHaveAttribute('data-invalid', 'true');

    // A starter template replaces the text.
    await page.getByRole('combobox', { name: 'Starter template' }).selectOption({ label: 'Service' });
    await expect(editor).toHaveValue(/kind: Service/);

    // Edit YAML with a musician selected opens its workload's live YAML (issue 12: not a starter
    // template, not the pod), trimmed of server fields.
    await page.getByRole('button', { name: 'Close editor' }).click();
    await page
      .getByRole('button', { name: /^Pod nginx-deployment-/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Edit YAML of deployment nginx-deployment' }).click();
    const live = await page.getByRole('textbox', { name: 'YAML manifest' }).inputValue();
    expect(live).toContain('kind: Deployment');
    expect(live).toContain('name: nginx-deployment');
    expect(live).toContain('  replicas: 3');
    for (const gone of ['status:', 'uid:', 'resourceVersion:', 'creationTimestamp: "', 'last-applied-configuration'])
      expect(live).not.toContain(gone);
    await page.getByRole('button', { name: 'Close editor' }).click();
    await expect(page.getByRole('textbox', { name: 'YAML manifest' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit YAML of deployment nginx-deployment' })).toBeFocused();
    // The starter templates stay one button away.
    await page.getByRole('button', { name: 'New manifest' }).click();
    await expect(page.getByRole('combobox', { name: 'Starter template' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('keyboard only: open the editor, type a Pod with Tab indents, leave with Escape then Tab, apply', async ({
    page,
    sim,
    consoleErrors,
  }) => {
    await openSettled(page, sim);
    await page.locator('body').focus();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Edit YAML') break;
    }
    await expect(page.getByRole('button', { name: 'Edit YAML' })).toBeFocused();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: 'YAML manifest' });
    await expect(editor).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    const typeLine = async (indents: number, text: string) => {
      for (let i = 0; i < indents; i++) await page.keyboard.press('Tab');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    await typeLine(0, 'apiVersion: v1');
    await typeLine(0, 'kind: Pod');
    await typeLine(0, 'metadata:');
    await typeLine(1, 'name: solo');
    await typeLine(0, 'spec:');
    await typeLine(1, 'containers:');
    await typeLine(1, '- name: solo');
    await typeLine(2, 'image: nginx');
    await expect(editor).toBeFocused();
    await expect(editor).toHaveValue(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\nspec:\n  containers:\n  - name: solo\n    image: nginx\n',
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const apply = page.getByRole('button', { name: 'Apply' });
    await expect(apply).toBeFocused();
    expect(await apply.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'pod/solo created' })).toBeVisible();
    await sim.advanceUntil(async () => (await podNames(page, 'Running', 'solo')).length === 1, { stepMs: 1_000 });
    expect(await podNames(page, 'Running', 'solo')).toEqual(['solo']);

    // An error while the editor is open, for the screenshots and axe.
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(WEB.replace('replicas: 2', 'replicas: -1'));
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'spec.replicas: Invalid value: -1' })).toBeVisible();
    await page.getByRole('region', { name: 'YAML editor' }).scrollIntoViewIfNeeded();
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/learner-editor-1280x800.png` });
    await page.setViewportSize(PHONE);
    await page.getByRole('region', { name: 'YAML editor' }).scrollIntoViewIfNeeded();
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/learner-editor-390x844.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.emulateMedia({ colorScheme: 'dark' });
    await axeClean(page);
    await page.screenshot({ path: `${SHOTS}/learner-editor-dark-390x844.png` });
    expect(consoleErrors).toEqual([]);
  });
  test('creates a StatefulSet, scales it by button, rolls a broken image and forces the rollback', async ({ page, sim, consoleErrors }) => {
    await openSettled(page, sim);
    await page.getByRole('button', { name: 'Edit YAML' }).click();
    await page.getByRole('textbox', { name: 'YAML manifest' }).fill(STATEFUL);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'statefulset.apps/web created' })).toBeVisible();
    await page.getByRole('button', { name: 'Close editor' }).click();
    // OrderedReady: web-0 first, web-1 only once web-0 is Ready.
    await sim.advanceUntil(async () => (await podNames(page, 'Running', 'web-')).length === 2, { stepMs: 1_000 });
    expect((await podNames(page, 'Running', 'web-')).sort()).toEqual(['web-0', 'web-1']);
    await expect(
      page.getByRole('button', { name: /^Pod web-0, Running, on node-\d, 1\/1 ready, playing, (\w+) for statefulset web/ }),
    ).toBeVisible();
    // A StatefulSet pod's name is its identity: the seat shows it whole, not a suffix.
    await expect(page.getByRole('button', { name: /^Pod web-0,/ }).locator('.musician__name')).toHaveText('web-0');

    await page.getByRole('button', { name: 'Scale web up' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl scale statefulset web --replicas=3');
    await sim.advanceUntil(async () => (await podNames(page, 'Running', 'web-2')).length === 1, { stepMs: 1_000 });
    await expect(page.getByRole('button', { name: /^Pod web-2, Running, on node-\d/ })).toBeVisible();

    await page.getByRole('button', { name: 'Inspect StatefulSet web' }).click();
    await expect(page.getByRole('heading', { name: 'StatefulSet web' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Pause rollout|Resume rollout/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Try a broken image' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl set image statefulset/web web=nginx:1.99-typo');
    // A rolling update goes from the highest ordinal down and waits for each pod: web-2 is stuck, the rest keep playing.
    await sim.advanceUntil(async () => (await podNames(page, 'ImagePullBackOff', 'web-')).length > 0, { stepMs: 1_000 });
    expect(await podNames(page, 'ImagePullBackOff', 'web-')).toEqual(['web-2']);
    expect((await podNames(page, 'Running', 'web-')).sort()).toEqual(['web-0', 'web-1']);
    await page.screenshot({ path: `${SHOTS}/learner-statefulset-broken-1280x800.png` });

    await page.getByRole('button', { name: 'Roll back' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl rollout undo statefulset/web');
    await expect(consoleOutput(page)).toContainText('statefulset.apps/web rolled back');
    await sim.advance(30_000);
    // The forced rollback: the stuck pod keeps its broken image until it is deleted.
    expect(await podNames(page, 'ImagePullBackOff', 'web-')).toEqual(['web-2']);
    await page.getByRole('button', { name: /^Pod web-2, / }).click();
    await page.getByRole('button', { name: 'Kill pod' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl delete pod web-2');
    await sim.advanceUntil(async () => (await podNames(page, 'Running', 'web-')).length === 3, { stepMs: 1_000 });
    expect((await podNames(page, 'Running', 'web-')).sort()).toEqual(['web-0', 'web-1', 'web-2']);
    expect(JSON.parse((await sim.kubectl('get pod web-2 -o json')).stdout).spec.containers[0].image).toBe('nginx:1.25');

    await page.getByRole('button', { name: 'Inspect StatefulSet web' }).click();
    await page.getByRole('button', { name: 'Restart' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl rollout restart statefulset/web');
    await expect(consoleOutput(page)).toContainText('statefulset.apps/web restarted');
    await axeClean(page);
    expect(consoleErrors).toEqual([]);
  });
});
