// The clusters the frame figures are measured on, shared by bench/frames.bench.ts (timed) and
// bench/profile-frames.ts (counted): `pods` Running pods of the sample Deployment behind its Service
// with an audience of `rps`, or ten Deployments of a hundred, on `nodes` stages, left playing at 1×.
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { SAMPLE_DEPLOYMENT_YAML, SAMPLE_RPS } from '../src/views/session/sample-cluster';

export async function api<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  await page.waitForFunction(() => !!window.podchestra, undefined, { timeout: 30_000 });
  return page.evaluate(
    ([f, a]) => (window.podchestra as unknown as Record<string, (...x: unknown[]) => unknown>)[f as string](...(a as unknown[])),
    [fn, args] as const,
  ) as Promise<T>;
}

/**
 * A share link (the app's own format, src/views/share/share-link.ts) for `nodes` stages with the
 * sample Deployment, Service and audience: the only way to open the app with more than 3 stages.
 */
export function sampleLink(nodes: number): string {
  const state = {
    v: 1,
    seed: 1,
    nodes,
    at: 0,
    log: [
      { at: 0, kind: 'kubectl', line: 'apply -f -', stdin: SAMPLE_DEPLOYMENT_YAML },
      { at: 0, kind: 'kubectl', line: 'expose deployment nginx-deployment --port=80' },
      { at: 0, kind: 'fault', fault: { type: 'load', service: 'nginx-deployment', rps: SAMPLE_RPS } },
    ],
  };
  const packed = deflateRawSync(Buffer.from(JSON.stringify(state))).toString('base64url');
  return `./?test#share=1.${packed}`;
}

/** `./?test&seed=1` opens the app as it is (3 stages); more stages need a share link. */
function openAt(nodes: number): string {
  return nodes === 3 ? './?test&seed=1' : sampleLink(nodes);
}

/** `rel` against `base` when given (a script outside Playwright's test runner has no baseURL). */
function at(rel: string, base?: string): string {
  return base ? new URL(rel, base).href : rel;
}

/** Ready replicas of a Deployment, read as kubectl prints them (READY x/y). */
export async function readyReplicas(page: Page, name = 'nginx-deployment'): Promise<number> {
  const r = await api<{ stdout: string }>(page, 'kubectl', `get deployment ${name} --no-headers`);
  const m = new RegExp(`^${name}\\s+(\\d+)/\\d+`).exec(r.stdout);
  return m ? Number(m[1]) : 0;
}

/** Pods whose STATUS kubectl prints as Running (and not terminating), in the default namespace. */
export async function runningPods(page: Page): Promise<number> {
  const r = await api<{ stdout: string }>(page, 'kubectl', 'get pods --no-headers');
  return r.stdout.split('\n').filter((l) => /\sRunning\s/.test(l)).length;
}

/** `pods` Running and Ready replicas of the sample Deployment on `nodes` stages with `rps` of audience, playing at 1×. */
export async function hundredPodsReady(page: Page, base: string | undefined, nodes: number, pods: number, rps: number): Promise<number> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(at(openAt(nodes), base));
  await api(page, 'pause');
  await api(page, 'kubectl', `scale deployment nginx-deployment --replicas=${pods}`);
  // Image pulls are serial per kubelet: 100 pods on 3 stages take about 3 virtual minutes.
  let ready = 0;
  for (let i = 0; i < 200 && ready < pods; i++) {
    await api(page, 'advance', 5_000);
    ready = await readyReplicas(page);
  }
  if (ready < pods) throw new Error(`set-up: only ${ready} of ${pods} pods Ready`);
  await api(page, 'load', 'nginx-deployment', rps);
  await api(page, 'advance', 2_000);
  await api(page, 'play');
  await page.waitForTimeout(500);
  return ready;
}

/**
 * `pods` pods as Deployments of a hundred on `nodes` stages (the sample Deployment scaled to 0),
 * all Running, playing at 1×. Returns how many pods are Running.
 */
export async function thousandPodsReady(page: Page, base: string | undefined, nodes: number, pods: number): Promise<number> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(at(openAt(nodes), base));
  await api(page, 'pause');
  // Exactly `pods`: the sample's own three leave.
  await api(page, 'kubectl', 'scale deployment nginx-deployment --replicas=0');
  const bands = Math.ceil(pods / 100);
  for (let d = 0; d < bands; d++)
    await api(page, 'kubectl', `create deployment band-${d} --image=nginx:1.14.2 --replicas=${Math.min(100, pods - d * 100)}`);
  let running = 0;
  for (let i = 0; i < 60 && running < pods; i++) {
    await api(page, 'advance', 30_000);
    running = await runningPods(page);
  }
  if (running < pods) throw new Error(`set-up: only ${running} of ${pods} pods Running on ${nodes} stages`);
  await api(page, 'play');
  await page.waitForTimeout(500);
  return running;
}
