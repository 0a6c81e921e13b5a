// Frame-time benchmarks (run by `npm run bench`, never by `npm test`): the same Chromium set-up as
// playwright.config.ts, one worker, against the production build on its own port (BENCH_PORT;
// `npm run bench -- --port=N` sets it).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** BENCH_PORT (default 4175) moves the preview server, so checkouts can run side by side. */
const PORT = Number(process.env.BENCH_PORT ?? 4175);
/** BENCH_URL: measure a build already served there (say, an older commit's, for a before/after). */
const URL = process.env.BENCH_URL;

export default defineConfig({
  ...base,
  testDir: 'bench',
  testMatch: /.*\.bench\.ts/,
  timeout: 300_000,
  // Its own output folder: e2e runs by other people clean test-results/playwright while this runs.
  outputDir: 'test-results/playwright-bench',
  // No tracing: it would record during the measurements (and of every cold-load context).
  use: { ...base.use, baseURL: URL ?? `http://127.0.0.1:${PORT}`, trace: 'off', screenshot: 'off' },
  webServer: URL
    ? undefined
    : {
        command: `npx vite build --outDir dist-bench --emptyOutDir --logLevel error && npx vite preview --outDir dist-bench --port ${PORT} --strictPort`,
        url: `http://127.0.0.1:${PORT}`,
        reuseExistingServer: false,
        timeout: 180_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
