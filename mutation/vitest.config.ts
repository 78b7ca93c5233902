import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const root = new URL('..', import.meta.url).pathname;
// these replace a module with vi.mock, which needs a module cache of their own
const mocking = ['test/lib/writeDist.test.ts', 'test/lib/jsonSchemas.test.ts'];

// the test files that start child processes or write dist/, a second or more each, in the order they run: those
// that write dist/ first, as they alone reach its crash points and checks, then the validator's and the build's
const slow = [
  'test/writeDist.test.ts',
  'test/lib/recoverDist.test.ts',
  'test/loading.test.ts',
  'test/textRules.test.ts',
  'test/badData.test.ts',
];

// instrumented for mutants, code reading a text of millions of characters takes many times longer
const testTimeout = 60_000;

/**
 * Vitest runs the slowest files first; a mutant is killed by its first failure, so the in-process tests go first and
 * most mutants die before a child process is started.
 */
class InProcessFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => slow.findIndex((path) => file.moduleId.endsWith(path));
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

/**
 * The tests of scripts/lint/ and scripts/lib/ that mutation testing runs once per mutant: those that reach them in
 * process (both passes), through child processes or at import (the second pass, `mutation/recheck.ts`).
 * One worker, sharing loaded modules between test files, and the first failure is enough to kill a mutant.
 */
export default defineConfig({
  test: {
    root,
    bail: 1,
    pool: 'threads',
    fileParallelism: false,
    sequence: { sequencer: InProcessFirst },
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
            // the links into the report, derived in process from data/
            'test/textFragments.test.ts',
            // the dataset made from data/ and run through each exporter in process, compared with the committed dist/:
            // a mutant of scripts/lib/ that changes a file the build writes fails it
            'test/exporters/committedDist.test.ts',
            // the validator and the build run on broken data in child processes, which only the second pass reaches
            'test/badData.test.ts',
          ],
          exclude: mocking,
          isolate: false,
          testTimeout,
        },
      },
      { test: { name: 'mocking', root, include: mocking, testTimeout } },
    ],
  },
});
