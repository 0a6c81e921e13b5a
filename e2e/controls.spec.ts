// The app as a learner drives it: a playing cluster, pods to select and kill, workloads to scale,
// the kubectl console, time (pause, step, rewind and carry on), keyboard only, reduced motion,
// light and dark, phone and desktop, axe. Virtual time moves through the test API, never sleeps.
import type { Page } from '@playwright/test';
import { axeClean, expect, type Sim, test } from './fixtures';

const SHOTS = 'e2e/screenshots';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const podButtons = (page: Page) => page.getByRole('button', { name: /^Pod nginx-deployment-/ });
const runningPods = (page: Page) => page.getByRole('button', { name: /^Pod nginx-deployment-\S+.*Running/ });
const consoleOutput = (page: Page) => page.getByRole('log', { name: 'kubectl output' });

/** Opens a paused cluster (only the test API moves time) and waits for three Running pods. */
async function openSettled(page: Page, sim: Sim, query = '?test&seed=1') {
  await page.goto(`./${query}`);
  await sim.pause();
  await sim.advanceUntil(async () => (await runningPods(page).count()) === 3, { stepMs: 2_000, maxMs: 120_000 });
  await expect(runningPods(page)).toHaveCount(3);
}

async function runCommand(page: Page, line: string) {
  const box = page.getByRole('textbox', { name: 'kubectl' });
  await box.fill(line);
  await box.press('Enter');
}

test.describe('controls', () => {
  test('opens on a playing cluster: three nodes, the sample Deployment, narration; clean and accessible at both sizes', async ({
    page,
    sim,
    consoleErrors,
  }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('./?test&seed=1');
    await expect(page).toHaveTitle(/Podchestra/);
    await expect(page.getByRole('heading', { level: 1, name: 'Podchestra' })).toBeVisible();
    // It plays on its own: the clock moves without the test API.
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(page.getByTestId('clock')).not.toHaveText('0:00:00', { timeout: 5_000 });
    await sim.pause();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    for (const n of ['node-1', 'node-2', 'node-3']) await expect(page.getByRole('region', { name: `Node ${n}` })).toBeVisible();
    await sim.advanceUntil(async () => (await runningPods(page).count()) === 3, { stepMs: 2_000 });
    await expect(runningPods(page)).toHaveCount(3);
    await expect(consoleOutput(page)).toContainText('$ kubectl apply -f nginx-deployment.yaml');
    await expect(consoleOutput(page)).toContainText('deployment.apps/nginx-deployment created');
    const narration = page.getByRole('log', { name: 'Cluster events' });
    await expect(narration).toContainText(/The scheduler seated nginx-deployment-\S+ on node-[123] \(Scheduled\)/);
    await expect(narration).toContainText('Node node-1 joined the cluster (RegisteredNode)');
    await expect(page.getByRole('button', { name: 'Scale nginx-deployment up' })).toBeVisible();

    await page.screenshot({ path: `${SHOTS}/controls-start-1280x800.png` });
    await axeClean(page);
    await page.setViewportSize(PHONE);
    // On a phone the console is a tab of the sheet under the scene.
    await page.getByRole('tab', { name: 'Console' }).click();
    await expect(page.getByRole('textbox', { name: 'kubectl' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/controls-start-390x844.png`, fullPage: true });
    await axeClean(page);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: `${SHOTS}/controls-dark-1280x800.png` });
    await axeClean(page);
    expect(consoleErrors).toEqual([]);
  });

  test('kill a pod from the inspector and see its replacement; crash a container', async ({ page, sim, consoleErrors }) => {
    await page.setViewportSize(DESKTOP);
    await openSettled(page, sim);
    const first = podButtons(page).first();
    const victim = ((await first.getAttribute('aria-label')) ?? '').split(/[ ,]/)[1];
    expect(victim).toMatch(/^nginx-deployment-/);
    await first.click();
    await expect(page.getByRole('heading', { name: `Pod ${victim}` })).toBeVisible();
    await page.getByRole('button', { name: 'Kill pod' }).click();
    await expect(consoleOutput(page)).toContainText(`$ kubectl delete pod ${victim}`);
    await expect(consoleOutput(page)).toContainText(`pod "${victim}" deleted`);
    await sim.advanceUntil(
      async () =>
        (await runningPods(page).count()) === 3 && (await page.getByRole('button', { name: new RegExp(`^Pod ${victim}`) }).count()) === 0,
      { stepMs: 2_000 },
    );
    await expect(page.getByRole('button', { name: new RegExp(`^Pod ${victim}`) })).toHaveCount(0);
    await expect(runningPods(page)).toHaveCount(3);
    await expect(page.getByText(`Pod ${victim} no longer exists`)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/controls-killed-1280x800.png` });

    const other = podButtons(page).first();
    const crashed = ((await other.getAttribute('aria-label')) ?? '').split(/[ ,]/)[1];
    await other.click();
    await page.getByRole('button', { name: 'Crash container' }).click();
    await expect(consoleOutput(page)).toContainText(`# crash the container of ${crashed} (fault injection`);
    // The kubelet restarts it (RESTARTS ≥ 1) or is backing off (CrashLoopBackOff): the button says which.
    const restarted = page.getByRole('button', { name: new RegExp(`^Pod ${crashed}, .*(CrashLoopBackOff|, [1-9]\\d* restarts?)`) });
    await sim.advanceUntil(async () => (await restarted.count()) > 0, { stepMs: 1_000, maxMs: 60_000 });
    await expect(restarted).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('scale up and down with the workload buttons', async ({ page, sim, consoleErrors }) => {
    await openSettled(page, sim);
    await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl scale deployment nginx-deployment --replicas=4');
    await sim.advanceUntil(async () => (await runningPods(page).count()) === 4, { stepMs: 2_000 });
    await expect(runningPods(page)).toHaveCount(4);
    await page.getByRole('button', { name: 'Scale nginx-deployment down' }).click();
    await page.getByRole('button', { name: 'Scale nginx-deployment down' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl scale deployment nginx-deployment --replicas=2');
    await sim.advanceUntil(async () => (await podButtons(page).count()) === 2, { stepMs: 2_000 });
    await expect(podButtons(page)).toHaveCount(2);
    await expect(page.getByRole('log', { name: 'Cluster events' })).toContainText('scaled nginx-deployment-');
    expect(consoleErrors).toEqual([]);
  });

  test('console: commands, errors in kubectl’s words, history, completion, clear', async ({ page, sim, consoleErrors }) => {
    await openSettled(page, sim);
    const box = page.getByRole('textbox', { name: 'kubectl' });
    await runCommand(page, 'kubectl get pods');
    await expect(consoleOutput(page)).toContainText(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
    await expect(consoleOutput(page)).toContainText(/nginx-deployment-\S+\s+1\/1\s+Running/);
    // A template's output (no newline of its own) and a taint, as a learner copies them from a tutorial.
    await runCommand(page, `get deploy nginx-deployment -o jsonpath='{.spec.replicas}{" replicas"}'`);
    await expect(consoleOutput(page).getByText('3 replicas', { exact: true })).toBeVisible();
    await runCommand(page, 'taint nodes node-3 dedicated=band:NoSchedule');
    await expect(consoleOutput(page)).toContainText('node/node-3 tainted');
    // The stage shows the taint as a prop, in words.
    await expect(page.getByRole('list', { name: 'Taints and cordon' })).toContainText('taint dedicated=band:NoSchedule');
    await runCommand(page, 'frobnicate');
    await expect(consoleOutput(page)).toContainText('Error: unknown command "frobnicate" for "kubectl"');
    await runCommand(page, 'get pod nope');
    await expect(consoleOutput(page)).toContainText('Error from server (NotFound): pods "nope" not found');
    await runCommand(page, 'get pods "unterminated');
    // History: ↑ walks back, ↓ forward.
    await box.press('ArrowUp');
    await expect(box).toHaveValue('get pods "unterminated');
    await box.press('ArrowUp');
    await expect(box).toHaveValue('get pod nope');
    await box.press('ArrowDown');
    await expect(box).toHaveValue('get pods "unterminated');
    // Tab completion of verbs, kinds and names.
    await box.fill('desc');
    await box.press('Tab');
    await expect(box).toHaveValue('describe ');
    await box.pressSequentially('depl');
    await box.press('Tab');
    await expect(box).toHaveValue('describe deployments ');
    await box.pressSequentially('ng');
    await box.press('Tab');
    await expect(box).toHaveValue('describe deployments nginx-deployment ');
    await box.press('Enter');
    await expect(consoleOutput(page)).toContainText(/Name:\s+nginx-deployment/);
    await page.screenshot({ path: `${SHOTS}/controls-console-1280x800.png` });
    await runCommand(page, 'clear');
    await expect(consoleOutput(page)).not.toContainText('frobnicate');
    await expect(consoleOutput(page)).toContainText('Type a command below');
    expect(consoleErrors).toEqual([]);
  });

  test('rewind on the timeline and carry on from there', async ({ page, sim, consoleErrors }) => {
    await openSettled(page, sim);
    await sim.advance(60_000 - (await page.evaluate(() => window.podchestra?.now() ?? 0)));
    const before = await sim.kubectl('get pods -o name');
    await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
    await page.getByRole('button', { name: 'Scale nginx-deployment up' }).click();
    await sim.advanceUntil(async () => (await runningPods(page).count()) === 5, { stepMs: 2_000 });
    await sim.advance(10_000);
    await page.screenshot({ path: `${SHOTS}/controls-before-rewind-1280x800.png` });

    const timeline = page.getByRole('slider', { name: 'Timeline' });
    await timeline.fill('60000');
    await expect(page.getByTestId('clock')).toHaveText('0:01:00');
    await expect(consoleOutput(page)).toContainText('# rewound to 0:01:00; carrying on from there');
    await expect(podButtons(page)).toHaveCount(3);
    expect(await page.evaluate(() => window.podchestra?.now())).toBe(60_000);
    // The same pods as at that moment the first time round (kubectl's words, byte for byte).
    const after = await page.evaluate(() => window.podchestra?.kubectl('get pods -o name'));
    expect(after?.stdout).toBe(before.stdout);
    await page.screenshot({ path: `${SHOTS}/controls-rewound-1280x800.png` });

    // Carry on: a different future.
    await page.getByRole('button', { name: 'Scale nginx-deployment down' }).click();
    await sim.advanceUntil(async () => (await podButtons(page).count()) === 2, { stepMs: 2_000 });
    await expect(podButtons(page)).toHaveCount(2);
    // Step runs to the next scheduled event and leaves time paused.
    const t = await page.evaluate(() => window.podchestra?.now() ?? 0);
    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => page.evaluate(() => window.podchestra?.now() ?? 0)).toBeGreaterThan(t);
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    // Speed: 64× from the select; Play runs it.
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('64');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const t2 = await page.evaluate(() => window.podchestra?.now() ?? 0);
    await expect.poll(() => page.evaluate(() => window.podchestra?.now() ?? 0), { timeout: 5_000 }).toBeGreaterThan(t2 + 10_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(consoleErrors).toEqual([]);
  });

  test('rewind while the cluster plays: dragging or keying the timeline commits the rewind', async ({ page, sim, consoleErrors }) => {
    await openSettled(page, sim);
    await sim.advance(90_000 - (await page.evaluate(() => window.podchestra?.now() ?? 0)));
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const now = () => page.evaluate(() => window.podchestra?.now() ?? 0);
    await expect.poll(now).toBeGreaterThan(91_000);
    // Drag (a value change, as a pointer drag ends) while every frame updates the store.
    const timeline = page.getByRole('slider', { name: 'Timeline' });
    await timeline.fill('30000');
    await expect(consoleOutput(page)).toContainText('# rewound to 0:00:30; carrying on from there');
    // It carries on playing from there.
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect.poll(now).toBeGreaterThan(31_000);
    expect(await now()).toBeLessThan(60_000);
    // Keyboard: ArrowLeft steps back a second at a time, and the rewind commits once keys stop.
    await expect.poll(now).toBeGreaterThan(40_000);
    // Still playing, at 1×: ten taps land within the 700 ms settle of each other as a person's do;
    // at 4× on a loaded 2-core machine each of Playwright's presses took longer than that.
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('1');
    await timeline.focus();
    for (let i = 0; i < 10; i++) await timeline.press('ArrowLeft');
    await expect(consoleOutput(page).getByText(/^# rewound to/)).toHaveCount(2);
    await expect(
      consoleOutput(page)
        .getByText(/^# rewound to/)
        .last(),
    ).toHaveText(/# rewound to 0:00:[2-4]\d; carrying on/);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await now()).toBeLessThan(60_000);
    // A real drag with the pointer: from the thumb's end of the track to its first tenth, let go.
    const box = (await timeline.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width - 4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, y, { steps: 5 });
    await page.mouse.move(box.x + box.width / 10, y, { steps: 5 });
    await page.mouse.up();
    await expect(consoleOutput(page).getByText(/^# rewound to/)).toHaveCount(3);
    expect(await now()).toBeLessThan(15_000);
    expect(consoleErrors).toEqual([]);
  });

  test('keyboard only: type a command, select a pod, kill it; focus is visible', async ({ page, sim, consoleErrors }) => {
    await openSettled(page, sim);
    await page.locator('body').focus();
    const focusedIs = (name: RegExp) =>
      page.evaluate((src) => {
        const el = document.activeElement as HTMLElement | null;
        const label = el?.getAttribute('aria-label') ?? el?.textContent ?? '';
        return (
          new RegExp(src).test(label) ||
          (el?.id ? new RegExp(src).test(document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : false)
        );
      }, name.source);
    const tabTo = async (name: RegExp, max = 80) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (await focusedIs(name)) return;
      }
      throw new Error(`never reached ${name} with Tab`);
    };
    await tabTo(/^Pod nginx-deployment-/);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.split(/[ ,]/)[1]);
    await page.keyboard.press('Enter');
    await tabTo(/^Kill pod$/);
    await page.screenshot({ path: `${SHOTS}/controls-keyboard-1280x800.png` });
    await page.keyboard.press('Enter');
    await expect(consoleOutput(page)).toContainText(`$ kubectl delete pod ${name}`);
    await tabTo(/kubectl$/);
    await page.keyboard.type('get deploy');
    await page.keyboard.press('Enter');
    await expect(consoleOutput(page)).toContainText(/nginx-deployment\s+\d\/3/);
    // Tab in an empty console moves on (no keyboard trap).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe('kubectl');
    expect(consoleErrors).toEqual([]);
  });

  test('focus is kept: the inspector heading when the selected pod is gone, the stage when a focused musician leaves', async ({
    page,
    sim,
    consoleErrors,
  }) => {
    await openSettled(page, sim);
    const first = podButtons(page).first();
    const victim = ((await first.getAttribute('aria-label')) ?? '').split(/[ ,]/)[1];
    await first.focus();
    await page.keyboard.press('Enter');
    const kill = page.getByRole('button', { name: 'Kill pod' });
    await kill.focus();
    await page.keyboard.press('Enter');
    await sim.advanceUntil(async () => (await page.getByText(`Pod ${victim} no longer exists`).count()) > 0, { stepMs: 1_000 });
    await expect(page.getByText(`Pod ${victim} no longer exists`)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Inspector' })).toBeFocused();

    // A focused musician that walks off hands focus to its stage, not to <body>.
    const other = podButtons(page).first();
    const [, name, , , node] = ((await other.getAttribute('aria-label')) ?? '').split(/,? /);
    expect(node).toMatch(/^node-\d$/);
    await other.focus();
    await sim.kubectl(`delete pod ${name} --wait=false`);
    await sim.advanceUntil(async () => (await page.getByRole('button', { name: new RegExp(`^Pod ${name},`) }).count()) === 0, {
      stepMs: 1_000,
    });
    await expect(page.getByRole('region', { name: `Node ${node}` })).toBeFocused();
    expect(consoleErrors).toEqual([]);
  });

  test('Set image refuses what is not an image, in the API server’s words, and changes nothing', async ({ page, sim, consoleErrors }) => {
    await openSettled(page, sim);
    await page.getByRole('button', { name: 'Inspect Deployment nginx-deployment' }).click();
    const field = page.getByRole('textbox', { name: 'Image of nginx' });
    const before = (await sim.kubectl('get deployment nginx-deployment -o yaml')).stdout;
    const lines = await consoleOutput(page).locator('pre').count();
    for (const [typed, why] of [
      ['nginx --replicas=0', 'Invalid value: "nginx --replicas=0": invalid reference format'],
      ['nginx -n other', 'Invalid value: "nginx -n other": invalid reference format'],
      [' nginx:1.16.1', 'Invalid value: " nginx:1.16.1": must not have leading or trailing whitespace'],
    ]) {
      await field.fill(typed);
      await page.getByRole('button', { name: 'Set image' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'The Deployment "nginx-deployment" is invalid' });
      await expect(alert).toHaveText(
        `The Deployment "nginx-deployment" is invalid: spec.template.spec.containers[0].image: ${why} (nothing was changed)`,
      );
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    // Nothing ran: the console only has what it had (the YAML read above went through the test API).
    await expect(consoleOutput(page).locator('pre')).toHaveCount(lines);
    expect(before).toContain('image: nginx:1.14.2');
    expect((await sim.kubectl('get deployment nginx-deployment -o yaml')).stdout).toBe(before);
    // A real image goes through.
    await field.fill('nginx:1.16.1');
    await expect(page.getByRole('alert').filter({ hasText: 'is invalid' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Set image' }).click();
    await expect(consoleOutput(page)).toContainText('$ kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1');
    expect(consoleErrors).toEqual([]);
  });

  test('reduced motion on a phone: the same cluster, still usable', async ({ page, sim, consoleErrors }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(PHONE);
    await openSettled(page, sim);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await podButtons(page).first().click();
    await page.getByRole('button', { name: 'Kill pod' }).click();
    await sim.advance(30_000);
    await expect(runningPods(page)).toHaveCount(3);
    await page.screenshot({ path: `${SHOTS}/controls-reduced-motion-390x844.png`, fullPage: true });
    await axeClean(page);
    expect(consoleErrors).toEqual([]);
  });

  test('an invalid seed shows a notice and falls back to seed 1; no test API without ?test', async ({ page, consoleErrors }) => {
    await page.goto('./?seed=banana');
    await expect(page.getByRole('alert')).toHaveText(
      'The seed "banana" is not a whole number from 0 to 4294967295, so this cluster uses seed 1.',
    );
    await expect(page.getByText('seed 1', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Node node-1' })).toBeVisible();
    expect(await page.evaluate(() => window.podchestra)).toBeUndefined();
    expect(consoleErrors).toEqual([]);
  });

  test('the test API drives virtual time exactly', async ({ page, sim }) => {
    await page.goto('./?test&seed=3');
    await sim.pause();
    const before = await page.evaluate(() => window.podchestra?.now() ?? -1);
    expect(await sim.advance(60_000)).toBe(before + 60_000);
    await expect(page.getByTestId('clock')).toHaveText(/^0:01:0\d$/);
    const version = await sim.kubectl('version --client');
    expect(version).toEqual({ stdout: 'Client Version: v1.32.0\nKustomize Version: v5.5.0\n', stderr: '', exitCode: 0 });
  });
});
