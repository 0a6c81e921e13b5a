// Offline once loaded: registers public/sw.js (scope: the app's own folder, so it works from a
// course's /k8s/) in production builds served over http(s). Also registers under `?test`, so e2e
// can check offline play. Never throws: without service workers the app simply needs the network.

/** The parts of `window` this needs (a fake in unit tests). */
export interface OfflineWindow {
  location: { href: string; protocol: string };
  isSecureContext?: boolean;
  navigator: {
    serviceWorker?: {
      register(url: string, options?: { scope?: string }): Promise<{ active?: { postMessage(m: unknown): void } | null }>;
      ready: Promise<{ active?: { postMessage(m: unknown): void } | null }>;
    };
  };
  performance?: { getEntriesByType(type: string): { name: string }[] };
}

export type OfflineResult = 'registered' | 'skipped' | 'failed';

/**
 * Call once at start-up: `void registerOffline(window)`. `production` defaults to the build mode
 * (Vite's import.meta.env.PROD); dev servers are skipped so a stale worker never hides changes.
 */
export async function registerOffline(win: OfflineWindow, production: boolean = import.meta.env.PROD): Promise<OfflineResult> {
  try {
    const sw = win.navigator.serviceWorker;
    if (!production || !sw) return 'skipped';
    if (win.location.protocol !== 'http:' && win.location.protocol !== 'https:') return 'skipped';
    if (win.isSecureContext === false) return 'skipped';
    const base = new URL('./', win.location.href).href;
    await sw.register(new URL('./sw.js', base).href, { scope: base });
    // Files fetched before the worker took control (this first visit) are handed to it to keep.
    const ready = await sw.ready;
    const urls = new Set([base]);
    for (const e of win.performance?.getEntriesByType('resource') ?? []) if (e.name.startsWith(base)) urls.add(e.name.split('#')[0]);
    ready.active?.postMessage({ type: 'podchestra-cache', urls: [...urls] });
    return 'registered';
  } catch {
    return 'failed';
  }
}
