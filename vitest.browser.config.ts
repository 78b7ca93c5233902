import { defineConfig } from 'vitest/config';

/** Tests in a real browser (Debian's chromium); kept apart so that `npm test` needs none. */
export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/skippedReporter.ts'],
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['./test/setup/freshBuild.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
