import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/skippedReporter.ts'],
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/setup/freshBuild.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
