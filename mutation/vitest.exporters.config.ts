import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const root = new URL('..', import.meta.url).pathname;

// a mutant is killed by its first failure: first the comparison of each exporter's files with the committed dist/,
// which any mutant that changes a file fails; last the tests that compile TypeScript, many seconds a test
const first = ['test/exporters/committedDist.test.ts'];
const slow = ['test/exporters/typescript.test.ts'];

class SlowLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) =>
      first.some((path) => file.moduleId.endsWith(path))
        ? 0
        : slow.some((path) => file.moduleId.endsWith(path))
          ? 2
          : 1;
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

/**
 * The tests of scripts/exporters/ that mutation testing runs once per mutant: each calls an exporter in process on
 * the dataset made from data/, so no build (no globalSetup) is needed. One worker, sharing loaded modules between
 * test files and runs: a mutant is switched on while the code runs, except in code run when its module loads (the
 * column definitions and other tables), whose mutants Stryker's configuration leaves untested ("ignoreStatic").
 */
export default defineConfig({
  test: {
    root,
    include: ['test/exporters/**/*.test.ts'],
    bail: 1,
    pool: 'threads',
    isolate: false,
    fileParallelism: false,
    sequence: { sequencer: SlowLast },
    // instrumented for mutants, the TypeScript compiler's run takes several times longer
    testTimeout: 120_000,
  },
});
