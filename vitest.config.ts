import { defineConfig } from 'vitest/config';
import { readerTests } from './test/setup/readerTests.js';

export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/skippedReporter.ts'],
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/setup/freshBuild.ts'],
    // the tests that run whole programs run apart, in npm run test:readers (vitest.readers.config.ts)
    exclude: ['test/browser/**', 'node_modules/**', ...readerTests],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
