import { parseArgs } from 'node:util';
import { defaultDataDir, defaultDistDir } from './paths.js';
import { formatProblem, type Problem } from './problem.js';

export function cliOptions(): { dataDir: string; distDir: string } {
  const { values } = parseArgs({ options: { data: { type: 'string' }, dist: { type: 'string' } } });
  return { dataDir: values.data ?? defaultDataDir, distDir: values.dist ?? defaultDistDir };
}

/** Prints every problem, those of files that could not be read first, then what the count leaves out; exits 1. */
export function reportProblems(
  problems: Problem[],
  unreadable: string[] = [],
  untouched = 'dist/ was left as it was',
): never {
  for (const problem of problems) console.error(formatProblem(problem));
  const count = problems.length;
  const skipped =
    unreadable.length === 0
      ? ''
      : ` (${unreadable.join(', ')} could not be read, so links into ${unreadable.length === 1 ? 'it were' : 'them were'} not checked)`;
  console.error(`\n${count} problem${count === 1 ? '' : 's'} found${skipped}; ${untouched}.`);
  process.exit(1);
}

/**
 * Runs a command; an unexpected failure prints one line, not a stack trace. A command that answers with a promise
 * (the build, whose exporters may be asynchronous) fails the same way when the promise rejects.
 */
export function runCli(main: () => void | Promise<void>): void | Promise<void> {
  const fail = (error: unknown): never => {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(1);
  };
  try {
    const done = main();
    if (done instanceof Promise) return done.catch(fail);
  } catch (error) {
    fail(error);
  }
}
