// Shared e2e helpers: a `sim` fixture that drives the page's `window.podchestra` test API
// (virtual time instead of sleeps) and a console watcher that fails on errors.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { PodchestraTestApi } from '../src/views/test-api';

export interface Sim {
  advance(ms: number): Promise<number>;
  kubectl(line: string, stdin?: string): Promise<ReturnType<PodchestraTestApi['kubectl']>>;
  pause(): Promise<void>;
  /**
   * Advances virtual time in steps until check() passes; false if maxMs of virtual time ran out
   * (follow it with an expect() on the page so the failure shows what the page said).
   */
  advanceUntil(check: () => Promise<boolean>, opts?: { stepMs?: number; maxMs?: number }): Promise<boolean>;
  /**
   * In a lesson: advances virtual time in slices (inside the page, so it is quick) until the lesson
   * reports the current step's goal met (or, with `until: 'complete'`, the whole lesson complete);
   * false if maxMs ran out. Assert the panel's status after.
   */
  advanceUntilGoal(opts?: { stepMs?: number; maxMs?: number; until?: 'goal' | 'complete' }): Promise<boolean>;
}

function sim(page: Page): Sim {
  // The engine arrives in its own chunk just after the page shell, so wait for the API to exist.
  const api = async () => {
    await page.waitForFunction(() => !!window.podchestra, undefined, { timeout: 10_000 }).catch(() => undefined);
    return page.evaluate(() => !!window.podchestra);
  };
  const ready = async () => expect(await api(), 'window.podchestra is installed (open the page with ?test)').toBe(true);
  return {
    advance: async (ms) => {
      await ready();
      return page.evaluate((n) => (window.podchestra as PodchestraTestApi).advance(n), ms);
    },
    kubectl: async (line, stdin) => {
      await ready();
      return page.evaluate(([l, s]) => (window.podchestra as PodchestraTestApi).kubectl(l, s), [line, stdin] as const);
    },
    pause: async () => {
      await ready();
      await page.evaluate(() => (window.podchestra as PodchestraTestApi).pause());
    },
    async advanceUntil(check, { stepMs = 1000, maxMs = 120_000 } = {}) {
      for (let ran = 0; ran < maxMs; ran += stepMs) {
        if (await check()) return true;
        await this.advance(stepMs);
      }
      return check();
    },
    advanceUntilGoal: async ({ stepMs = 1000, maxMs = 600_000, until = 'goal' } = {}) => {
      await ready();
      return page.evaluate(
        ([step, max, what]) => {
          const api = window.podchestra as PodchestraTestApi;
          const done = () => (what === 'goal' ? api.lesson()?.goalMet === true : api.lesson()?.phase === 'complete');
          for (let ran = 0; ran < max; ran += step) {
            if (done()) return true;
            api.advance(step);
          }
          return done();
        },
        [stepMs, maxMs, until] as const,
      );
    },
  };
}

export const test = base.extend<{ sim: Sim; consoleErrors: string[] }>({
  sim: async ({ page }, use) => {
    await use(sim(page));
  },
  // Collected from the first navigation; a test asserts it is empty where it wants a clean console.
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await use(errors);
  },
});

export { expect };

/**
 * Waits until no animation has run for `quietMs` (or `maxMs` passes). One idle instant is not
 * enough: a musician mounted a frame later starts its fade after the check.
 */
async function settled(page: Page, quietMs = 500, maxMs = 5_000): Promise<void> {
  await page
    .waitForFunction(
      ([quiet]) => {
        const w = window as unknown as { __idleSince?: number };
        const now = performance.now();
        if (document.getAnimations().some((a) => a.playState === 'running')) w.__idleSince = undefined;
        else w.__idleSince ??= now;
        return w.__idleSince !== undefined && now - w.__idleSince >= quiet;
      },
      [quietMs] as const,
      { timeout: maxMs, polling: 50 },
    )
    .catch(() => undefined);
}

const findings = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] =>
  violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} (${n.target.join(' ')})`));

/**
 * Scans with axe once entrance/exit fades have settled: contrast is judged on settled pixels.
 * While the cluster plays, a musician may start to walk on or off during the scan itself, so a
 * contrast finding is checked by a second scan after the page settles again; only what both
 * scans report fails (a real contrast fault is there every time). Other rules fail at once.
 */
export async function axeClean(page: Page, include?: string): Promise<void> {
  const scan = async () => {
    await settled(page);
    const builder = new AxeBuilder({ page });
    return findings((await (include ? builder.include(include) : builder).analyze()).violations);
  };
  let found = await scan();
  if (found.length > 0 && found.every((f) => f.startsWith('color-contrast:'))) {
    const again = new Set(await scan());
    found = found.filter((f) => again.has(f));
  }
  expect(found).toEqual([]);
}
