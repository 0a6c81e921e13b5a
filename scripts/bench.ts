// `npm run bench` (node --expose-gc --import tsx scripts/bench.ts [--quick]): the performance
// figures Podchestra promises, each on its own line next to its target and PASS or FAIL. A figure
// that fails to run prints an error line and the script goes on. `--quick` runs only the small
// figures; `--fuzz` only the fuzzers at size (`--fuzz --record` also appends new failures to the
// regression corpus); `--figure=frames,bundle` only those figures (ids in FIGURES below);
// `--frames-grep=100 pods` only the frame measurements whose name matches; `--port=N` serves the
// builds the browser figures measure on ports N and N+1 instead of 4175 and 4176 (other
// checkouts may be running theirs).
//
// Churn is driven from outside the engine with a seeded local PRNG (same run, same actions):
// delete a pod, crash a container, rescale a Deployment, roll out a new image — about 1 % of the pods
// disrupted every 10 virtual seconds, a rollout counting every pod it replaces (see churn()).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

type Engine = typeof import('../src/engine/index');
type Cluster = ReturnType<Engine['createCluster']>;

const ROOT = new URL('..', import.meta.url).pathname;
const QUICK = process.argv.includes('--quick');
/** `--fuzz`: only the fuzz figure (all categories; `--record` appends new failures to the corpus). */
const FUZZ = process.argv.includes('--fuzz');
const gc = (globalThis as { gc?: () => void }).gc;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** One churn round per this much virtual time; the figures advance in steps of this size. */
const STEP_MS = 10_000;
/** The 24-hour heap run gives up (with an error line) after this much wall time. */
const HEAP_WALL_BUDGET_MS = 600_000;

// ---------------------------------------------------------------- output

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function mb(bytes: number): string {
  return `${fmt(bytes / 1024 / 1024, 1)} MB`;
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL';
}

function report(label: string, value: string, target?: string, ok?: boolean): void {
  const parts = [`${label}: ${value}`];
  if (target) parts.push(`target ${target}`);
  if (ok !== undefined) parts.push(verdict(ok));
  console.log(parts.join('  |  '));
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}

async function figure(label: string, run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
  } catch (e) {
    console.log(`${label}: error: ${errorText(e)}`);
  }
}

// ---------------------------------------------------------------- engine helpers

let enginePromise: Promise<Engine> | undefined;
function engine(): Promise<Engine> {
  enginePromise ??= import('../src/engine/index');
  return enginePromise;
}

/** mulberry32: a tiny seeded PRNG for the churn plan (outside the engine, so not its ctx.rng). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REPLICAS = 30;
const IMAGES = ['nginx:1.14.2', 'nginx:1.16.1'];

function deployment(name: string, replicas: number) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'web', image: IMAGES[0], ports: [{ containerPort: 80 }] }] },
      },
    },
  };
}

interface Workload {
  cluster: Cluster;
  deployments: string[];
  pods: number;
}

function countRunning(cluster: Cluster): number {
  let n = 0;
  for (const p of cluster.list('Pod', 'default')) if (p.status?.phase === 'Running' && !p.metadata.deletionTimestamp) n++;
  return n;
}

/** A cluster of `nodes` nodes running `pods` pods as Deployments of 30, all Running. */
async function warmCluster(nodes: number, pods: number, wallBudgetMs: number): Promise<Workload> {
  const { createCluster } = await engine();
  const cluster = createCluster({ seed: 1, nodes });
  const deployments: string[] = [];
  for (let i = 0; deployments.length * REPLICAS < pods; i++) {
    const name = `web-${i + 1}`;
    cluster.api.create(deployment(name, Math.min(REPLICAS, pods - i * REPLICAS)));
    deployments.push(name);
  }
  const started = performance.now();
  let running = 0;
  // Image pulls and container starts take virtual seconds; a healthy engine needs a few minutes at most.
  for (let t = 0; t < 60 * MINUTE; t += STEP_MS) {
    running = countRunning(cluster);
    if (running >= pods) return { cluster, deployments, pods };
    if (performance.now() - started > wallBudgetMs) break;
    cluster.advance(STEP_MS);
  }
  running = countRunning(cluster);
  if (running >= pods) return { cluster, deployments, pods };
  const exist = cluster.list('Pod', 'default').length;
  throw new Error(`warm-up: only ${running} of ${pods} pods Running (${exist} exist) after ${fmt(cluster.now() / 1000)} virtual s`);
}

interface ChurnStats {
  actions: number;
  errors: number;
  /** Pods disrupted so far (a rollout counts every pod it replaces). */
  podsTouched: number;
  /** Disruption budget carried between rounds; negative after an expensive action (a rollout). */
  carry: number;
  lastError?: string;
}

function newStats(): ChurnStats {
  return { actions: 0, errors: 0, podsTouched: 0, carry: 0 };
}

/** The churn rate: about 1 % of the pods disrupted every 10 virtual seconds (6 % a minute). */
const CHURN_PER_STEP = 0.01;

/**
 * One churn round. Each round adds 1 % of the pods to a budget; actions spend it at their real
 * cost in pods — deleting or crashing a pod costs 1, rescaling costs the change, a rollout (new
 * image) costs every replica it replaces — so the long-run disruption is the same at every scale:
 * 40 % deletions, 30 % crashes, 20 % rescales, 10 % rollouts, by action.
 */
function churn(w: Workload, rand: () => number, stats: ChurnStats): void {
  const { cluster } = w;
  stats.carry += w.pods * CHURN_PER_STEP;
  if (stats.carry < 1) return;
  const pods = cluster.list('Pod', 'default').filter((p) => !p.metadata.deletionTimestamp);
  const pick = <T>(xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(rand() * xs.length)] : undefined);
  // Listed once per round: the churn driver's own cost must not count as the engine's.
  let running: typeof pods | undefined;
  while (stats.carry >= 1) {
    const r = rand();
    stats.actions++;
    let cost = 1;
    try {
      if (r < 0.4) {
        const pod = pick(pods);
        if (pod) cluster.api.delete('Pod', 'default', pod.metadata.name);
      } else if (r < 0.7) {
        running ??= pods.filter((p) => p.status?.phase === 'Running');
        const pod = pick(running);
        if (pod) cluster.inject({ type: 'crash-container', pod: pod.metadata.name, namespace: 'default' });
      } else if (r < 0.9) {
        // Rescale around the base size so the pod count stays near the figure's label.
        const name = pick(w.deployments) as string;
        const d = structuredClone(cluster.get('Deployment', 'default', name));
        if (d) {
          const next = REPLICAS - 5 + Math.floor(rand() * 11);
          cost = Math.max(1, Math.abs(next - (d.spec.replicas ?? 0)));
          d.spec.replicas = next;
          cluster.api.update(d);
        }
      } else {
        const name = pick(w.deployments) as string;
        const d = structuredClone(cluster.get('Deployment', 'default', name));
        if (d) {
          const c = d.spec.template.spec.containers[0];
          c.image = c.image === IMAGES[0] ? IMAGES[1] : IMAGES[0];
          cost = d.spec.replicas ?? 1;
          cluster.api.update(d);
        }
      }
    } catch (e) {
      stats.errors++;
      stats.lastError = errorText(e);
    }
    stats.carry -= cost;
    stats.podsTouched += cost;
  }
}

function heapUsed(): number {
  return process.memoryUsage().heapUsed;
}

// ---------------------------------------------------------------- figures

async function speedFigure(nodes: number, pods: number, targetX: number, wallBudgetMs: number): Promise<void> {
  const label = `engine speed at ${fmt(nodes)} nodes / ${fmt(pods)} pods`;
  await figure(label, async () => {
    gc?.();
    const w = await warmCluster(nodes, pods, wallBudgetMs);
    const rand = prng(nodes * 7919 + pods);
    const stats = newStats();
    const virtualTotal = 10 * MINUTE;
    let peak = heapUsed();
    let virtual = 0;
    let wall = 0;
    // CPU time beside wall time: on a shared machine (load average above the core count) the wall
    // figure mostly measures the other processes; this process's own CPU seconds do not.
    const cpu0 = process.cpuUsage();
    while (virtual < virtualTotal) {
      const t0 = performance.now();
      churn(w, rand, stats);
      w.cluster.advance(STEP_MS);
      wall += performance.now() - t0;
      virtual += STEP_MS;
      peak = Math.max(peak, heapUsed());
      if (wall > wallBudgetMs) break;
    }
    const cpuUsed = process.cpuUsage(cpu0);
    const cpu = (cpuUsed.user + cpuUsed.system) / 1000;
    const ratio = virtual / Math.max(wall, 0.001);
    const partial = virtual < virtualTotal ? ` (stopped after ${fmt(virtual / 1000)} virtual s: wall budget)` : '';
    const errs = stats.errors ? `, ${stats.errors} failed (last: ${stats.lastError})` : '';
    report(
      label,
      `${fmt(ratio)}× real time (${fmt(virtual / 1000)} virtual s in ${fmt(wall / 1000, 2)} wall s, ${fmt(cpu / 1000, 2)} CPU s: ${fmt(virtual / Math.max(cpu, 0.001))}× per CPU second; ${stats.actions} churn actions touching ${stats.podsTouched} pods${errs})${partial}`,
      `≥ ${fmt(targetX)}×`,
      ratio >= targetX,
    );
    report(`peak heap at ${fmt(nodes)} nodes / ${fmt(pods)} pods`, `${mb(peak)} (heapUsed sampled every ${STEP_MS / 1000} virtual s)`);
  });
}

async function heapFigure(hours: number[]): Promise<void> {
  const label = 'heap under churn at 3 nodes / 30 pods';
  await figure(label, async () => {
    if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
    const w = await warmCluster(3, 30, 60_000);
    const rand = prng(424242);
    const stats = newStats();
    gc();
    const base = heapUsed();
    report(`${label}, after warm-up`, mb(base));
    const started = performance.now();
    let at = 0;
    const samples: number[] = [];
    for (const h of hours) {
      while (at < h * HOUR) {
        churn(w, rand, stats);
        w.cluster.advance(STEP_MS);
        at += STEP_MS;
        if (performance.now() - started > HEAP_WALL_BUDGET_MS)
          throw new Error(`wall budget of ${HEAP_WALL_BUDGET_MS / 1000} s spent after ${fmt(at / HOUR, 1)} virtual h`);
      }
      gc();
      const used = heapUsed();
      samples.push(used);
      const errs = stats.errors ? `, ${stats.errors} failed` : '';
      report(
        `${label}, after ${h} virtual h`,
        `${mb(used)} (${stats.actions} churn actions${errs}, ${fmt((performance.now() - started) / 1000, 1)} wall s so far)`,
      );
    }
    if (samples.length > 1) {
      const growth = samples[samples.length - 1] - samples[0];
      // Flat means: what is left after a gc does not keep growing with virtual time.
      const ok = growth <= Math.max(5 * 1024 * 1024, samples[0] * 0.1);
      report(
        `${label}, growth ${hours[0]} h → ${hours[hours.length - 1]} h`,
        `${growth >= 0 ? '+' : ''}${mb(growth)}`,
        'flat (≤ +5 MB or +10 %)',
        ok,
      );
    }
  });
}

async function schedulerFigure(): Promise<void> {
  const label = 'scheduler throughput at 5,000 nodes / 10,000 pods';
  await figure(label, async () => {
    const { benchScheduler } = await import('./bench-scheduler');
    const { podsPerSecond, ms } = benchScheduler(5000, 10_000);
    report(label, `${fmt(podsPerSecond)} pods/s (${fmt(ms / 1000, 2)} wall s)`, '> 680 pods/s', podsPerSecond > 680);
  });
}

/** Vite's manifest: `.vite/manifest.json` (Vite's default) or `manifest.json` (build.manifest: 'manifest.json'). */
type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>;
function readManifest(outDir: string): Manifest {
  for (const rel of ['.vite/manifest.json', 'manifest.json']) {
    const path = join(outDir, rel);
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  }
  throw new Error('no .vite/manifest.json or manifest.json: is build.manifest enabled in vite.config.ts?');
}

function kB(bytes: number): string {
  return `${fmt(bytes / 1000, 1)} kB`;
}

/** `assets/App-abc.js 12.3` … biggest first: where the gzipped bytes are. */
function breakdown(files: { path: string; gz: number }[]): string {
  return [...files]
    .sort((a, b) => b.gz - a.gz)
    .map((f) => `${f.path.replace(/^.*\//, '')} ${fmt(f.gz / 1000, 1)}`)
    .join(', ');
}

/** `--port=N`: the frames figure's preview server (BENCH_PORT, read by playwright.bench.config.ts). */
const PORT_ARG = process.argv.find((a) => a.startsWith('--port='))?.slice('--port='.length);
if (PORT_ARG) process.env.BENCH_PORT = PORT_ARG;
/** Port of the bundle figure's own preview server (e2e uses 4173/4174, the frames bench 4175). */
const BUNDLE_PORT = PORT_ARG ? Number(PORT_ARG) + 1 : 4176;
/** What first-screen JS may weigh: no more than before the concert hall (README: 126.7 kB gz on home). */
const FIRST_SCREEN_KB = 127;

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not answer at ${url} within ${ms / 1000} s`);
}

/**
 * Two figures. "Initial JS": the entry chunk and its static imports, from the build's manifest (what
 * the HTML alone makes the browser fetch). "First-screen JS": measured in Chromium — a cold load of
 * the preview server (fresh context, service workers blocked), every JS file requested before the
 * first musician shows Running, gzipped here (bench/cold-load.ts); for `/` and a lesson.
 */
async function bundleFigure(): Promise<void> {
  const label = 'initial JS (entry + its static imports, gz)';
  // A separate outDir, so a running `npm run preview` of dist/ is not disturbed.
  const outDir = mkdtempSync(join(tmpdir(), 'podchestra-bench-'));
  try {
    await figure(label, () => {
      execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      });
      const manifest = readManifest(outDir);
      const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
      if (entries.length === 0) throw new Error('the manifest has no entry chunk');
      const seen = new Set<string>();
      const visit = (key: string): void => {
        if (seen.has(key) || !manifest[key]) return;
        seen.add(key);
        for (const k of manifest[key].imports ?? []) visit(k);
      };
      for (const e of entries) visit(e);
      let raw = 0;
      const files: { path: string; gz: number }[] = [];
      for (const key of seen) {
        const bytes = readFileSync(join(outDir, manifest[key].file));
        raw += bytes.length;
        files.push({ path: manifest[key].file, gz: gzipSync(bytes, { level: 9 }).length });
      }
      const gz = files.reduce((n, f) => n + f.gz, 0);
      report(
        label,
        `${kB(gz)} gz (${kB(raw)} raw, ${seen.size} chunk${seen.size === 1 ? '' : 's'}: ${breakdown(files)})`,
        '≤ 170 kB gz',
        gz / 1000 <= 170,
      );
    });
    if (!existsSync(join(outDir, 'index.html'))) return;
    await firstScreenFigures(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function firstScreenFigures(outDir: string): Promise<void> {
  const base = `http://127.0.0.1:${BUNDLE_PORT}/`;
  const server = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(BUNDLE_PORT), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } },
  );
  try {
    await waitForServer(base, 30_000);
    const { chromium } = await import('@playwright/test');
    const { coldLoad, LESSON_AND_STAGE, RUNNING_MUSICIAN } = await import('../bench/cold-load');
    const config = (await import('../playwright.config')).default;
    const browser = await chromium.launch(config.projects?.[0]?.use?.launchOptions ?? {});
    try {
      // Home's first screen is its band playing; a lesson's is its panel beside the stage (the
      // lesson opens at 0:00, its band still walking on).
      for (const [page, shows, firstScreen] of [
        ['/', 'its band is drawn playing (the opening frame)', RUNNING_MUSICIAN],
        ['/?lesson=self-healing', 'the lesson and the stage are drawn', LESSON_AND_STAGE],
      ] as const) {
        const label = `first-screen JS of ${page} (everything fetched before ${shows}, gz)`;
        await figure(label, async () => {
          const load = await coldLoad(browser, new URL(`.${page}`, base).href, { settleMs: 2_000, firstScreen });
          const gz = load.firstScreen.reduce((n, f) => n + f.gz, 0);
          const raw = load.firstScreen.reduce((n, f) => n + f.raw, 0);
          report(
            label,
            `${kB(gz)} gz (${kB(raw)} raw, ${load.firstScreen.length} files, drawn at ${fmt(load.playingAt)} ms: ${breakdown(load.firstScreen)})`,
            `≤ ${FIRST_SCREEN_KB} kB gz`,
            gz / 1000 <= FIRST_SCREEN_KB,
          );
          const live = load.beforeLive.reduce((n, f) => n + f.gz, 0);
          report(
            `JS of ${page} fetched before the page is live (engine running, controls answer), gz`,
            `${kB(live)} gz (${load.beforeLive.length} files, live at ${fmt(load.liveAt)} ms)`,
          );
          const later = load.later.reduce((n, f) => n + f.gz, 0);
          report(
            `JS of ${page} fetched after the first screen was drawn (within 2 s of its Running musician)`,
            load.later.length ? `${kB(later)} gz (${breakdown(load.later)})` : 'none',
          );
        });
      }
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

/** Traffic cost: wall time per virtual second with `rps` spread over Services fronting `pods` pods. */
/**
 * What large kubectl outputs cost (issue 15): `describe pods,svc` and `get pods -o yaml` over 1,700
 * pods with 30,000 extra pod events, in CPU ms (wall time on a shared machine is noise). Before the
 * events were indexed per describe and -o yaml stopped parsing every scalar: 19.5 s and 8.0 s CPU.
 */
async function kubectlOutputFigure(pods: number, events: number): Promise<void> {
  const { createCluster } = await engine();
  const c = createCluster({ seed: 1, nodes: 10 });
  c.kubectl(`create deployment web --image=nginx --replicas=${pods}`);
  c.kubectl('expose deployment web --port=80');
  c.advance(60_000);
  const list = c.list('Pod');
  for (let i = 0; i < events; i++) {
    const p = list[i % list.length];
    c.api.create({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `bench-${i}`, namespace: 'default' },
      involvedObject: { kind: 'Pod', namespace: 'default', name: p.metadata.name, uid: p.metadata.uid, apiVersion: 'v1' },
      reason: 'Bench',
      message: `bench event ${i}`,
      type: 'Normal',
      source: { component: 'bench' },
      firstTimestamp: '2025-01-01T00:00:30Z',
      lastTimestamp: '2025-01-01T00:00:30Z',
      count: 1,
    } as never);
  }
  const label = `${fmt(list.length)} pods / ${fmt(c.list('Event').length)} events`;
  for (const [line, targetMs] of [
    ['describe pods,svc', 2_000],
    ['get pods -o yaml', 4_000],
  ] as const) {
    const before = process.cpuUsage();
    const out = c.kubectl(line);
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    report(
      `kubectl ${line} at ${label}`,
      `${fmt(ms)} CPU ms (${fmt(out.stdout.length / 1e6, 1)} MB printed)`,
      `< ${fmt(targetMs)} CPU ms`,
      ms < targetMs,
    );
  }
}

async function trafficFigure(nodes: number, pods: number, rps: number, targetX: number): Promise<void> {
  const label = `traffic cost at ${fmt(rps)} rps over ${fmt(pods)} pods`;
  await figure(label, async () => {
    const w = await warmCluster(nodes, pods, 240_000);
    for (const d of w.deployments) w.cluster.kubectl(`expose deployment ${d} --port=80`);
    w.cluster.advance(5_000);
    for (const d of w.deployments) w.cluster.inject({ type: 'load', service: d, rps: rps / w.deployments.length });
    w.cluster.advance(2_000);
    const virtualMs = 60_000;
    const t0 = performance.now();
    w.cluster.advance(virtualMs);
    const wall = performance.now() - t0;
    const ratio = virtualMs / Math.max(wall, 0.001);
    report(
      label,
      `${fmt(ratio)}× real time (${fmt(wall / (virtualMs / 1000), 2)} wall ms per virtual s)`,
      `≥ ${fmt(targetX)}×`,
      ratio >= targetX,
    );
  });
}

/**
 * Frame times of the real app in headless Chromium (bench/frames.bench.ts via Playwright, one
 * worker): 100 pods with 300 rps at 1× and 16× against p95 ≤ 20 ms, and a 1,000-pod crowd.
 */
/** Frame-time targets (issue 10): p95 per measurement, by the start of its name. */
const FRAME_TARGETS: { prefix: string; p95: number }[] = [
  { prefix: '100 pods', p95: 20 },
  { prefix: '1,000 pods on 10 stages', p95: 25 },
];

async function framesFigure(): Promise<void> {
  const label = 'frame time';
  const grep = process.argv.find((a) => a.startsWith('--frames-grep='))?.slice('--frames-grep='.length);
  await figure(label, () => {
    const child = spawnSync(
      join(ROOT, 'node_modules/.bin/playwright'),
      ['test', '--config', 'playwright.bench.config.ts', '--reporter=line', ...(grep ? ['--grep', grep] : [])],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', CI: process.env.CI ?? '' },
        timeout: 600_000,
      },
    );
    const lines = `${child.stdout ?? ''}`.split('\n').filter((l) => l.includes('FRAMES '));
    if (lines.length === 0)
      throw new Error(
        `no frame figures (exit ${child.status}): ${`${child.stderr ?? ''}${child.stdout ?? ''}`.trim().split('\n').slice(-3).join(' | ')}`,
      );
    for (const line of lines) {
      const text = line.slice(line.indexOf('FRAMES ') + 'FRAMES '.length);
      const p95 = /p95 ([\d.]+) ms/.exec(text);
      const gate = FRAME_TARGETS.find((t) => text.startsWith(t.prefix) && / at \d+x:/.test(text));
      const onScreen = /^playing cluster on screen, (cold load of \S+): (\d+) ms (.*)$/.exec(text);
      const lesson = /^lesson on screen, (cold load of \S+): (.*)$/.exec(text);
      if (lesson) {
        // A lesson opens at 0:00 on purpose (its first step is watching the seats being taken):
        // its panel and stage are its first screen; reported for information.
        report(
          `time to a lesson on screen (its panel beside the stage), ${lesson[1]} from the preview server, fresh context, service workers blocked`,
          lesson[2],
        );
      } else if (onScreen) {
        // Gated on the later moment: the opening frame paints a Running band before the engine
        // arrives, but the cluster only plays (its clock runs, controls answer) once it is live.
        const live = /live, [^:]*?(\d+) ms median/.exec(onScreen[3]);
        report(
          `time to a playing cluster on screen, ${onScreen[1]} from the preview server, fresh context, service workers blocked (painted: a Running musician; live: the engine runs it)`,
          `painted ${onScreen[2]} ms ${onScreen[3]}`,
          'live ≤ 1,000 ms',
          Number(live?.[1] ?? Number.POSITIVE_INFINITY) <= 1000,
        );
      } else if (p95 && gate) {
        const [name, rest] = text.split(': ');
        report(`frame time, ${name}`, rest, `p95 ≤ ${gate.p95} ms`, Number(p95[1]) <= gate.p95);
      } else {
        const [name, rest] = text.split(': ');
        report(`frame time, ${name}`, rest);
      }
    }
  });
}

// ---------------------------------------------------------------- cronjob
// "A week of schedules in seconds": a `*/1` CronJob whose Jobs run a real busybox pod each, on a
// 3-node cluster, advanced one virtual week. The CronJob controller requeues to each next schedule
// time, so its syncs per schedule stay a small constant; the wall time is the whole cluster's.

async function cronJobWeekFigure(): Promise<void> {
  const label = 'a week of a */1 CronJob (10,080 Jobs and pods) at 3 nodes';
  await figure(label, async () => {
    const { createCluster } = await engine();
    const c = createCluster({ nodes: 3 });
    const r = c.kubectl("create cronjob every --image=busybox:1.28 --schedule='*/1 * * * *' -- date");
    if (r.exitCode !== 0) throw new Error(r.stderr);
    const syncs = () => (c.snapshot().components['cronjob-controller'] as { syncs: number }).syncs;
    const before = syncs();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (let day = 0; day < 7; day++) c.advance(24 * 3600_000);
    const wall = performance.now() - t0;
    // CPU time as well: on a shared machine the wall time mostly measures the other processes.
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const perSchedule = (syncs() - before) / (7 * 24 * 60);
    report(
      `${label}: time`,
      `${fmt(cpuMs / 1000, 1)} CPU s, ${fmt(wall / 1000, 1)} wall s (${fmt((7 * 24 * 3600_000) / wall)}× real time)`,
      '≤ 120 CPU s',
      cpuMs <= 120_000,
    );
    report(`${label}: cronjob-controller syncs per schedule`, fmt(perSchedule, 2), '< 8 (no polling)', perSchedule < 8);
    report(`${label}: Jobs and pods kept`, `${c.list('Job', 'default').length} Jobs, ${c.list('Pod', 'default').length} pods`);
  });
}

// ---------------------------------------------------------------- fuzz
// The fuzzers of src/engine/testing/fuzz at size: kubectl lines (with faults and time) until
// 10,000 lines, then mutated official manifests (with faults and time) until 2,000 documents;
// every category on, every failure reported. Wall time per call is asserted here only.

/** `--fuzz-scale=0.1` runs a tenth of the size (a trial; the targets then cannot be met). */
const FUZZ_SCALE = Number(process.argv.find((a) => a.startsWith('--fuzz-scale='))?.slice('--fuzz-scale='.length) ?? 1);
const FUZZ_LINES = Math.round(10_000 * FUZZ_SCALE);
const FUZZ_DOCUMENTS = Math.round(2_000 * FUZZ_SCALE);
/** Issue 15: no console line blocks the page more than 200 ms on this machine class. */
const KUBECTL_CALL_BUDGET_MS = 200;
const ADVANCE_CALL_BUDGET_MS = 2_000;

async function fuzzFigure(): Promise<void> {
  const { fuzz } = await import('../src/engine/testing/fuzz/run');
  const p = await import('../src/engine/testing/fuzz/program');
  const { groups, record } = await import('../src/engine/testing/fuzz/report');
  const now = () => performance.now();
  const t0 = now();
  const opts = { now, budgetMs: { kubectl: KUBECTL_CALL_BUDGET_MS, advance: ADVANCE_CALL_BUDGET_MS } };
  const lines = fuzz(
    [...p.KUBECTL_CATEGORIES, ...p.FAULT_CATEGORIES],
    { seed: 1, lines: FUZZ_LINES, documents: 0, maxPrograms: 100_000, stepsPerProgram: 60 },
    opts,
  );
  const docs = fuzz(
    [...p.MANIFEST_CATEGORIES, ...p.FAULT_CATEGORIES],
    { seed: 2, lines: 0, documents: FUZZ_DOCUMENTS, maxPrograms: 100_000, stepsPerProgram: 60 },
    opts,
  );
  const all = [lines, docs];
  const sum = (k: 'programs' | 'lines' | 'documents' | 'faults' | 'advances') => all.reduce((n, s) => n + s[k], 0);
  const failures = all.flatMap((s) => s.failures);
  report(
    'fuzz programs',
    `${fmt(sum('programs'))} (${fmt(sum('faults'))} faults, ${fmt(sum('advances'))} advances) in ${fmt((now() - t0) / 1000)} wall s`,
  );
  report('fuzz lines tried', fmt(sum('lines')), '≥ 10,000', sum('lines') >= 10_000);
  report('fuzz documents tried', fmt(sum('documents')), '≥ 2,000', sum('documents') >= 2_000);
  const slowest = all
    .map((s) => s.slowestKubectl)
    .filter((x) => x !== undefined)
    .sort((a, b) => b.ms - a.ms)[0];
  if (slowest)
    report(
      'fuzz slowest kubectl call',
      `${fmt(slowest.ms, 1)} ms: ${slowest.what.replace(/\n/g, '⏎')}`,
      `≤ ${KUBECTL_CALL_BUDGET_MS} ms`,
      slowest.ms <= KUBECTL_CALL_BUDGET_MS,
    );
  for (const s of all)
    for (const [cat, x] of Object.entries(s.slowestByCategory))
      if (x) console.log(`  slowest ${cat}: ${fmt(x.ms, 1)} ms: ${x.what.replace(/\n/g, '⏎').slice(0, 160)}`);
  const adv = all
    .map((s) => s.slowestAdvance)
    .filter((x) => x !== undefined)
    .sort((a, b) => b.ms - a.ms)[0];
  if (adv)
    report(
      'fuzz slowest advance',
      `${fmt(adv.ms, 1)} ms: ${adv.what}`,
      `≤ ${fmt(ADVANCE_CALL_BUDGET_MS)} ms`,
      adv.ms <= ADVANCE_CALL_BUDGET_MS,
    );
  const over = all.reduce((n, s) => n + s.overBudget.count, 0);
  report(
    'fuzz calls over budget',
    `${fmt(over)} (kubectl ${KUBECTL_CALL_BUDGET_MS} ms, advance ${fmt(ADVANCE_CALL_BUDGET_MS)} ms)`,
    '0',
    over === 0,
  );
  for (const x of all.flatMap((s) => s.overBudget.examples).slice(0, 10))
    console.log(`  ${fmt(x.ms, 1)} ms: ${x.what.replace(/\n/g, '⏎').slice(0, 200)}`);
  report('fuzz failures', fmt(failures.length), '0', failures.length === 0);
  for (const g of groups(failures)) {
    const f = g.example;
    const input = f.program.steps[f.program.steps.length - 1];
    console.log(`  ${g.count} × ${g.key}: ${f.detail.replace(/\n/g, '⏎').slice(0, 400)}`);
    if (input) console.log(`      last step: ${JSON.stringify(input).slice(0, 300)}`);
  }
  if (process.argv.includes('--record'))
    console.log(`fuzz: ${record(failures)} new failures recorded in src/engine/testing/fuzz/corpus.json`);
}

// ---------------------------------------------------------------- main
// Each figure runs in its own Node process: a figure that runs out of memory or time is reported
// as an error line and the others still run, each on a fresh heap.

interface FigureSpec {
  id: string;
  label: string;
  timeoutMs: number;
  run: () => Promise<void>;
}

const FIGURES: FigureSpec[] = [
  { id: 'speed-3', label: 'engine speed at 3 nodes / 30 pods', timeoutMs: 240_000, run: () => speedFigure(3, 30, 5000, 60_000) },
  { id: 'speed-100', label: 'engine speed at 100 nodes / 3,000 pods', timeoutMs: 720_000, run: () => speedFigure(100, 3000, 100, 240_000) },
  {
    id: 'speed-1000',
    label: 'engine speed at 1,000 nodes / 30,000 pods',
    timeoutMs: 900_000,
    run: () => speedFigure(1000, 30_000, 10, 300_000),
  },
  { id: 'heap-1', label: 'heap under churn at 3 nodes / 30 pods', timeoutMs: 300_000, run: () => heapFigure([1]) },
  {
    id: 'heap-24',
    label: 'heap under churn at 3 nodes / 30 pods',
    timeoutMs: HEAP_WALL_BUDGET_MS + 120_000,
    run: () => heapFigure([1, 12, 24]),
  },
  { id: 'scheduler', label: 'scheduler throughput at 5,000 nodes / 10,000 pods', timeoutMs: 600_000, run: schedulerFigure },
  {
    id: 'kubectl-output',
    label: 'kubectl describe / -o yaml at 1,700 pods',
    timeoutMs: 600_000,
    run: () => kubectlOutputFigure(1700, 30_000),
  },
  { id: 'bundle', label: 'initial JS (entry + its static imports, gz)', timeoutMs: 300_000, run: bundleFigure },
  { id: 'traffic-100', label: 'traffic cost at 1,000 rps over 100 pods', timeoutMs: 300_000, run: () => trafficFigure(3, 100, 1000, 50) },
  {
    id: 'traffic-1000',
    label: 'traffic cost at 10,000 rps over 1,000 pods',
    timeoutMs: 600_000,
    run: () => trafficFigure(20, 1000, 10_000, 5),
  },
  { id: 'frames', label: 'frame time', timeoutMs: 660_000, run: framesFigure },
  { id: 'cronjob-week', label: 'a week of a */1 CronJob at 3 nodes', timeoutMs: 600_000, run: cronJobWeekFigure },
  { id: 'fuzz', label: 'fuzz', timeoutMs: 3_600_000, run: fuzzFigure },
  {
    id: 'api-get-pods',
    label: 'served API: kubectl get pods of 3,000 pods',
    timeoutMs: 600_000,
    run: async () => (await import('../bench/api-server')).apiGetPodsFigure(report),
  },
  {
    id: 'api-watchers',
    label: 'served API: 10 watchers while 3,000 pods churn',
    timeoutMs: 600_000,
    run: async () => (await import('../bench/api-watchers')).apiWatchersFigure(report),
  },
  {
    id: 'why-100',
    label: '"Why?" answer at 100 pods',
    timeoutMs: 300_000,
    run: () => figure('"Why?" answer at 100 pods', async () => (await import('../bench/why')).whyFigure(report)),
  },
];

const QUICK_IDS = ['speed-3', 'heap-1', 'bundle', 'traffic-100', 'why-100'];
const FULL_IDS = [
  'speed-3',
  'speed-100',
  'speed-1000',
  'heap-24',
  'scheduler',
  'bundle',
  'traffic-100',
  'traffic-1000',
  'frames',
  'kubectl-output',
  'cronjob-week',
  'api-get-pods',
  'api-watchers',
  'why-100',
];

const only = process.argv.find((a) => a.startsWith('--figure='))?.slice('--figure='.length);
const chosen = only?.split(',').filter(Boolean);
for (const id of chosen ?? [])
  if (!FIGURES.some((f) => f.id === id)) throw new Error(`unknown figure ${id}; one of ${FIGURES.map((f) => f.id).join(', ')}`);
if (chosen?.length === 1) {
  await (FIGURES.find((f) => f.id === chosen[0]) as FigureSpec).run();
} else {
  // Wall-time figures depend on what else the machine runs: say how busy it was.
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
  console.log(
    `Podchestra bench${QUICK ? ' (--quick)' : FUZZ ? ' (--fuzz)' : ''} · node ${process.version} · ${new Date().toISOString()} · ${cpus().length} cores, load average ${load}`,
  );
  if (!gc) console.log('note: global.gc is unavailable (run with node --expose-gc); heap figures are less exact');
  const script = new URL(import.meta.url).pathname;
  for (const id of chosen ?? (FUZZ ? ['fuzz'] : QUICK ? QUICK_IDS : FULL_IDS)) {
    const spec = FIGURES.find((f) => f.id === id) as FigureSpec;
    const extra = process.argv.filter(
      (a) => a === '--record' || a.startsWith('--fuzz-scale=') || a.startsWith('--frames-grep=') || a.startsWith('--port='),
    );
    const child = spawnSync(process.execPath, [...process.execArgv, script, `--figure=${id}`, ...extra], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'pipe'],
      timeout: spec.timeoutMs,
      killSignal: 'SIGKILL',
    });
    if (child.status === 0) continue;
    const stderr = child.stderr?.toString() ?? '';
    const why = child.error?.message.includes('ETIMEDOUT')
      ? `timed out after ${spec.timeoutMs / 1000} wall s`
      : /heap out of memory/i.test(stderr)
        ? 'ran out of memory'
        : child.signal
          ? `killed by ${child.signal}`
          : `exited with code ${child.status}: ${stderr.trim().split('\n').slice(-1)[0] ?? ''}`;
    console.log(`${spec.label}: error: ${why}`);
  }
}
