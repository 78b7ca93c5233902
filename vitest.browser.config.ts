import { defineConfig } from 'vitest/config';

/** Tests in a real browser (Debian's chromium); kept apart so that `npm test` needs none. */
export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/skippedReporter.ts'],
    include: ['test/browser/**/*.test.ts'],
    // the pages and files under test are built from data/ once per run, as for npm test
    globalSetup: ['./test/setup/freshBuild.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
