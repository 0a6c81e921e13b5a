// What a frame of the concert hall costs, counted rather than timed (frame times are noise on a
// shared machine): React commits and the components they render, DOM mutations and elements, style
// recalculations and layouts per second (CDP Performance.getMetrics), and the hottest functions of a
// CPU profile. A diagnostic, run by hand against a preview server:
//
//   npx vite build --outDir dist-bench --minify false && npx vite preview --outDir dist-bench --port 4731 &
//   npx tsx bench/profile-frames.ts --base=http://127.0.0.1:4731/ --nodes=5 --speed=16 [--pods=100] [--rps=300]
//
// (`--minify false` keeps the function names readable in the profile.) The React counts come from a
// stand-in for the DevTools hook, which React's production build calls on every commit.
import { chromium, type Page } from '@playwright/test';
import { hundredPodsReady, thousandPodsReady } from './scenarios';

const arg = (name: string, def: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? def;
const BASE = arg('base', 'http://127.0.0.1:4731/');
const NODES = Number(arg('nodes', '5'));
const PODS = Number(arg('pods', '100'));
const SPEED = arg('speed', '16');
const SECONDS = Number(arg('seconds', '4'));

/** Installed before the app: counts commits and, per component name, fibers that did work. */
const HOOK = `(() => {
  // tsx wraps named inner functions of page.evaluate's callbacks in __name(…), which pages lack.
  window.__name = (f) => f;
  const stats = { commits: 0, renders: {} };
  window.__frameStats = stats;
  const nameOf = (f) => {
    const t = f.type;
    if (!t) return null;
    if (typeof t === 'string') return null;
    return t.displayName || t.name || (t.type && (t.type.displayName || t.type.name)) || (t.render && t.render.name) || null;
  };
  const count = (f) => {
    const n = nameOf(f);
    if (n) stats.renders[n] = (stats.renders[n] || 0) + 1;
  };
  // As React DevTools does: a subtree whose child pointer did not change was not reconciled.
  const mount = (f) => {
    for (; f; f = f.sibling) {
      count(f);
      mount(f.child);
    }
  };
  const update = (next, prev) => {
    // PerformedWork (1): the component's function ran in this commit.
    if ((next.flags & 1) !== 0) count(next);
    if (next.child === prev.child) return;
    for (let c = next.child; c; c = c.sibling) {
      if (c.alternate) update(c, c.alternate);
      else mount(c);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      stats.commits++;
      if (stats.on && root.current.alternate) update(root.current, root.current.alternate);
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
  };
})();`;

interface Sample {
  frames: number[];
  mutations: { attributes: number; childList: number; characterData: number };
  commits: number;
  renders: Record<string, number>;
  elements: number;
}

async function sample(page: Page, ms: number): Promise<Sample> {
  return page.evaluate(
    (dur) =>
      new Promise<Sample>((resolve) => {
        const w = window as unknown as { __frameStats: { commits: number; renders: Record<string, number>; on?: boolean } };
        const stats = w.__frameStats;
        const c0 = stats.commits;
        stats.renders = {};
        stats.on = true;
        const mutations = { attributes: 0, childList: 0, characterData: 0 };
        const mo = new MutationObserver((recs) => {
          for (const r of recs) mutations[r.type]++;
        });
        mo.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
        const out: number[] = [];
        let last = performance.now();
        const end = last + dur;
        const tick = (t: number) => {
          out.push(t - last);
          last = t;
          if (t < end) requestAnimationFrame(tick);
          else {
            mo.disconnect();
            stats.on = false;
            resolve({
              frames: out.slice(1),
              mutations,
              commits: stats.commits - c0,
              renders: stats.renders,
              elements: document.getElementsByTagName('*').length,
            });
          }
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

function q(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
}

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(HOOK);
  page.setDefaultTimeout(120_000);
  if (PODS >= 1000) await thousandPodsReady(page, BASE, NODES, PODS);
  else await hundredPodsReady(page, BASE, NODES, PODS, Number(arg('rps', '300')));
  await page.getByLabel('Speed').selectOption(SPEED);
  // An experiment: what a frame costs without these parts (display: none).
  const hide = arg('hide', '');
  if (hide) await page.addStyleTag({ content: `${hide} { display: none !important; }` });
  const css = arg('css', '');
  if (css) await page.addStyleTag({ content: css });
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries(
      ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]),
    );
  const m0 = await metrics();
  const s = await sample(page, SECONDS * 1000);
  const m1 = await metrics();
  const per = (k: string) => ((m1[k] - m0[k]) / SECONDS).toFixed(1);
  const perMs = (k: string) => (((m1[k] - m0[k]) / SECONDS) * 1000).toFixed(0);
  const n = s.frames.length;
  console.log(`scenario: ${PODS} pods on ${NODES} nodes at ${SPEED}× (${SECONDS} s)`);
  console.log(
    `frames: ${n} (${(n / SECONDS).toFixed(1)}/s), median ${q(s.frames, 0.5).toFixed(1)} ms, p95 ${q(s.frames, 0.95).toFixed(1)} ms`,
  );
  console.log(`React commits: ${(s.commits / SECONDS).toFixed(1)}/s; elements ${s.elements}`);
  console.log(
    `DOM mutation records per frame: attributes ${(s.mutations.attributes / n).toFixed(1)}, childList ${(s.mutations.childList / n).toFixed(1)}, text ${(s.mutations.characterData / n).toFixed(1)}`,
  );
  console.log(
    `per second: style recalcs ${per('RecalcStyleCount')} (${perMs('RecalcStyleDuration')} ms), layouts ${per('LayoutCount')} (${perMs('LayoutDuration')} ms), script ${perMs('ScriptDuration')} ms, tasks ${perMs('TaskDuration')} ms`,
  );
  const top = Object.entries(s.renders)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${k} ${(v / SECONDS).toFixed(1)}`)
    .join(', ');
  console.log(`component renders per second: ${top}`);

  // A trace of the same moment: main-thread time by event, and where forced layouts come from.
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.stack',
      'disabled-by-default-devtools.timeline.invalidationTracking',
    ],
  });
  await page.waitForTimeout(2000);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: { name: string; ph: string; dur?: number; pid: number; tid: number; args?: Record<string, unknown> }[];
  };
  const threadName = new Map<string, string>();
  for (const e of trace.traceEvents) if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, (e.args as { name: string }).name);
  const byName = new Map<string, number>();
  const forced = new Map<string, number>();
  const layouts: string[] = [];
  let mainKey = '';
  let most = 0;
  const perThread = new Map<string, number>();
  for (const e of trace.traceEvents) {
    const k = `${e.pid}:${e.tid}`;
    if (threadName.get(k) === 'CrRendererMain' && e.ph === 'X') perThread.set(k, (perThread.get(k) ?? 0) + 1);
  }
  for (const [k, n] of perThread) if (n > most) [mainKey, most] = [k, n];
  const invalidations = new Map<string, number>();
  let shown = 0;
  for (const e of trace.traceEvents) {
    if (
      process.env.DUMP_INVALIDATIONS &&
      (e.name.endsWith('InvalidationTracking') || e.name === 'InvalidateLayout' || e.name === 'ScheduleStyleRecalculation') &&
      JSON.stringify(e).includes(process.env.DUMP_MATCH ?? '') &&
      shown++ < Number(process.env.DUMP_INVALIDATIONS)
    )
      console.log(JSON.stringify(e).slice(0, 600));
    if (e.name === 'LayoutInvalidationTracking' || e.name === 'StyleRecalcInvalidationTracking') {
      const d = e.args?.data as { reason?: string; nodeName?: string } | undefined;
      const key = `${e.name.replace('InvalidationTracking', '')}: ${d?.reason} on ${d?.nodeName}`;
      invalidations.set(key, (invalidations.get(key) ?? 0) + 1);
    }
    if (`${e.pid}:${e.tid}` !== mainKey || e.ph !== 'X') continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
    if (process.env.DUMP_LAYOUTS && e.name === 'Layout' && (e.dur ?? 0) > 2000) console.log(JSON.stringify(e.args).slice(0, 1500));
    if (e.name === 'Layout' && e.args?.beginData) {
      const b = e.args.beginData as { dirtyObjects?: number; totalObjects?: number };
      layouts.push(`${b.dirtyObjects}/${b.totalObjects} ${((e.dur ?? 0) / 1000).toFixed(1)}ms`);
    }
    const stack = (e.args?.beginData as { stackTrace?: { functionName: string; url: string; lineNumber: number }[] } | undefined)
      ?.stackTrace;
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && stack?.length) {
      const f = stack[0];
      const key = `${e.name} from ${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
      forced.set(key, (forced.get(key) ?? 0) + (e.dur ?? 0));
    }
  }
  console.log('main thread, ms per second by trace event (nested events counted in each):');
  for (const [k, v] of [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`  ${(v / 1000 / 2).toFixed(1)}  ${k}`);
  console.log(`layouts (dirty/total objects, duration): ${layouts.slice(0, 12).join(', ')}`);
  console.log('layout and style invalidations per second:');
  for (const [k, v] of [...invalidations.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${(v / 2).toFixed(1)}  ${k}`);
  console.log('forced (synchronous) style and layout, ms per second:');
  for (const [k, v] of [...forced.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${(v / 1000 / 2).toFixed(1)}  ${k}`);

  // A CPU profile of the same moment: self time per function.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(SECONDS * 1000);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  for (let i = 0; i < profile.samples.length; i++) {
    const nd = byId.get(profile.samples[i]);
    if (!nd) continue;
    const f = nd.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log('CPU self time (top 30):');
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${((v / total) * 100).toFixed(1)}%  ${(v / 1000 / SECONDS).toFixed(0)} ms/s  ${k}`);
  await browser.close();
}

await main();
