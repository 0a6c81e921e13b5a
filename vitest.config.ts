import { defineConfig } from 'vitest/config';

// Engine tests run in plain Node: no DOM, no timers of the page.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
