import { defineConfig } from 'vitest/config';
import { readerTests } from './test/setup/readerTests.js';

/** The tests that run whole programs, on the same fresh build; kept apart so that `npm test` stays quick. */
export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/skippedReporter.ts'],
    include: readerTests,
    globalSetup: ['./test/setup/freshBuild.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
