import { defineConfig } from 'vitest/config';

/**
 * The browser tests (test/browser/): the handbook's explorer in Debian's
 * Chromium, driven by playwright-core. Run by `npm run test:browser` after a
 * build, apart from the main suite (they need the built CLI and a browser).
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
