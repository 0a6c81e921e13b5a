// Frame-time benchmarks (run by `npm run bench`, never by `npm test`): the same Chromium set-up as
// playwright.config.ts, one worker, against the production build on its own port.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'bench',
  testMatch: /.*\.bench\.ts/,
  timeout: 300_000,
  // Its own output folder: e2e runs by other people clean test-results/playwright while this runs.
  outputDir: 'test-results/playwright-bench',
  // No tracing: it would record during the measurements (and of every cold-load context).
  use: { ...base.use, baseURL: 'http://127.0.0.1:4175', trace: 'off', screenshot: 'off' },
  webServer: {
    command:
      'npx vite build --outDir dist-bench --emptyOutDir --logLevel error && npx vite preview --outDir dist-bench --port 4175 --strictPort',
    url: 'http://127.0.0.1:4175',
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
