import { parseArgs } from 'node:util';
import { defaultDataDir, defaultDistDir } from './paths.js';
import { formatProblem, type Problem } from './problem.js';

export function cliOptions(): { dataDir: string; distDir: string } {
  const { values } = parseArgs({ options: { data: { type: 'string' }, dist: { type: 'string' } } });
  return { dataDir: values.data ?? defaultDataDir, distDir: values.dist ?? defaultDistDir };
}

export function reportProblems(problems: Problem[]): never {
  for (const problem of problems) console.error(formatProblem(problem));
  const count = problems.length;
  console.error(`\n${count} problem${count === 1 ? '' : 's'} found; dist/ was left as it was.`);
  process.exit(1);
}

/** Runs a command; an unexpected failure prints one line, not a stack trace. */
export function runCli(main: () => void): void {
  try {
    main();
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(1);
  }
}
