import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;
// these replace a module with vi.mock, which needs a module cache of their own
const mocking = ['test/lib/writeDist.test.ts', 'test/lib/jsonSchemas.test.ts'];

/**
 * The fast tests of scripts/lint/ and scripts/lib/ that mutation testing runs once per mutant.
 * One worker, sharing loaded modules between test files, and the first failure is enough to kill a mutant.
 */
export default defineConfig({
  test: {
    root,
    bail: 1,
    pool: 'threads',
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'shared modules',
          root,
          include: [
            'test/lint/**/*.test.ts',
            'test/lib/**/*.test.ts',
            // the loader, the text rules, the links between records and writing dist/: in process, or a few
            // short child processes that the command runner reaches with the mutant too
            'test/loading.test.ts',
            'test/textRules.test.ts',
            'test/recordLinks.test.ts',
            'test/writeDist.test.ts',
          ],
          exclude: mocking,
          isolate: false,
        },
      },
      { test: { name: 'mocking', root, include: mocking } },
    ],
  },
});
