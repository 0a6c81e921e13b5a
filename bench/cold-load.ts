// One cold page load as a first-time visitor gets it: a fresh browser context (empty HTTP cache, no
// service worker: `serviceWorkers: 'block'`), no warm-up navigation. Records, on the page's own
// clock (ms since navigation start), when the first screen is drawn (home: a musician with STATUS
// Running, from the build's opening frame; a lesson: its panel beside the stage), when the page is
// live (that, on a page no longer aria-busy: the engine runs and every control answers), when the
// first musician is Running, and every JavaScript file the page requested before each moment,
// gzipped here with zlib (the server's Content-Length may be absent or uncompressed). Used by
// bench/frames.bench.ts (time to a playing cluster) and scripts/bench.ts (first-screen JS).
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export interface ScriptFile {
  url: string;
  /** Path without the origin, e.g. `/assets/App-abc123.js`. */
  path: string;
  raw: number;
  gz: number;
  /** ms since navigation start when the request was issued. */
  startTime: number;
}

export interface ColdLoad {
  /** ms since navigation start when the first screen was in the DOM (by default a `Pod …, Running, …` button). */
  playingAt: number;
  /** ms since navigation start when the first `Pod …, Running, …` button was in the DOM. */
  runningAt: number;
  /** ms since navigation start when the first musician (any STATUS) was in the DOM. */
  firstPodAt: number;
  /** ms since navigation start when a Running musician was on a page no longer aria-busy (the engine runs). */
  liveAt: number;
  /** Wall ms from before `goto` until Playwright saw the Running musician (includes its polling). */
  wallMs: number;
  /** JS requested before the cluster played: the first screen's JavaScript. */
  firstScreen: ScriptFile[];
  /** JS requested after it, within `settleMs`. */
  later: ScriptFile[];
  /** JS requested before the page was live (a superset of firstScreen). */
  beforeLive: ScriptFile[];
}

/** Level 9, as scripts/bench.ts gzips the build's chunks, so the two figures compare. */
export function gzSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

const RUNNING = '[role="button"][aria-label^="Pod "][aria-label*=", Running, "]';
/** Home's first screen: a musician showing STATUS Running (the band plays). */
export const RUNNING_MUSICIAN: readonly string[] = [RUNNING];
/** A lesson's first screen: its panel and the stage (a lesson opens at 0:00, its band walking on). */
export const LESSON_AND_STAGE: readonly string[] = [
  'section[aria-label="Lesson"] h2',
  'section[aria-label="Cluster stage"] [aria-label^="Node "]',
];

/**
 * Runs in the page before any of its scripts: stamps the moments with performance.now(): the
 * first musician, the first screen (`firstScreen` matches), the first Running musician, and live
 * (the first screen on a page no longer aria-busy). A string, not a function: tsx
 * (scripts/bench.ts) would wrap a function's inner helpers in `__name(…)` calls the page lacks.
 */
function stampMoments(firstScreen: readonly string[]): string {
  return `(() => {
  const firstScreen = ${JSON.stringify(firstScreen)};
  const check = () => {
    if (window.__benchFirstPodAt === undefined && document.querySelector('[role="button"][aria-label^="Pod "]'))
      window.__benchFirstPodAt = performance.now();
    if (window.__benchRunningAt === undefined && document.querySelector(${JSON.stringify(RUNNING)}))
      window.__benchRunningAt = performance.now();
    const shown = firstScreen.every((s) => document.querySelector(s));
    if (window.__benchPlayingAt === undefined && shown) window.__benchPlayingAt = performance.now();
    if (window.__benchLiveAt === undefined && shown && !document.querySelector('#root[aria-busy="true"]'))
      window.__benchLiveAt = performance.now();
    if (window.__benchLiveAt !== undefined && window.__benchRunningAt !== undefined) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'aria-busy'] });
})();`;
}

const isScript = (url: string): boolean => /\.m?js(\?|#|$)/.test(new URL(url).pathname);

export async function coldLoad(
  browser: Browser,
  url: string,
  options: { timeoutMs?: number; settleMs?: number; viewport?: { width: number; height: number }; firstScreen?: readonly string[] } = {},
): Promise<ColdLoad> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  try {
    await context.addInitScript({ content: stampMoments(options.firstScreen ?? RUNNING_MUSICIAN) });
    const page = await context.newPage();
    const bodies = new Map<string, Promise<Buffer | undefined>>();
    page.on('response', (r) => {
      if (isScript(r.url()) && !bodies.has(r.url()))
        bodies.set(
          r.url(),
          r.body().catch(() => undefined),
        );
    });
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    type Stamps = { __benchLiveAt?: number; __benchRunningAt?: number };
    await page.waitForFunction(
      () => (window as Stamps).__benchLiveAt !== undefined && (window as Stamps).__benchRunningAt !== undefined,
      undefined,
      {
        timeout: options.timeoutMs ?? 90_000,
        polling: 10,
      },
    );
    const wallMs = Date.now() - t0;
    if (options.settleMs) await page.waitForTimeout(options.settleMs);
    const seen = await page.evaluate(() => ({
      playingAt: (window as { __benchPlayingAt?: number }).__benchPlayingAt as number,
      runningAt: (window as { __benchRunningAt?: number }).__benchRunningAt as number,
      firstPodAt: (window as { __benchFirstPodAt?: number }).__benchFirstPodAt as number,
      liveAt: (window as { __benchLiveAt?: number }).__benchLiveAt as number,
      resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime })),
    }));
    const firstScreen: ScriptFile[] = [];
    const later: ScriptFile[] = [];
    const beforeLive: ScriptFile[] = [];
    const counted = new Set<string>();
    for (const r of seen.resources) {
      if (!isScript(r.name) || counted.has(r.name)) continue;
      counted.add(r.name);
      // A response the listener missed (none should be) is fetched again, from the same server.
      const body = (await bodies.get(r.name)) ?? (await (await context.request.get(r.name)).body());
      const u = new URL(r.name);
      const file = { url: r.name, path: u.pathname, raw: body.length, gz: gzSize(body), startTime: r.startTime };
      (r.startTime <= seen.playingAt ? firstScreen : later).push(file);
      if (r.startTime <= seen.liveAt) beforeLive.push(file);
    }
    return {
      playingAt: seen.playingAt,
      runningAt: seen.runningAt,
      firstPodAt: seen.firstPodAt,
      liveAt: seen.liveAt,
      wallMs,
      firstScreen,
      later,
      beforeLive,
    };
  } finally {
    await context.close();
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
