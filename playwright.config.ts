import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { APP_PORT, DIST_PORT } from './e2e/ports';

// Chromium only. CHROMIUM_PATH wins; else Debian's /usr/bin/chromium when present (CI, our
// machines); else Playwright's own download (`npx playwright install chromium`).
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  // test-results/ also holds the JSON reports of `npm test`; keep Playwright's own cleanup to a subfolder.
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // Playwright starts these in order, each once its url answers: the first builds dist/, the second
  // serves that build at / and /k8s/ one port above (embed and offline specs: two origins, a
  // sub-path). E2E_PORT (default 4173) moves both, so checkouts can run side by side (e2e/ports.ts).
  webServer: [
    {
      command: `npm run build && npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      url: `http://127.0.0.1:${APP_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/serve-dist.mjs ${DIST_PORT}`,
      url: `http://127.0.0.1:${DIST_PORT}/k8s/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
