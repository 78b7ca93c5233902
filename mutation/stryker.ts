/**
 * Runs StrykerJS with these arguments. It is no dependency of the package, so that `npm ci` does not install its
 * 125 or so packages for a run few make: npx fetches the pinned versions on demand, into its cache, the first time.
 * The configurations name the vitest runner in `plugins`, which npx installs beside Stryker's core with its peer,
 * vitest (npm cannot link the project's own there). Their `tsconfigFile` names no file: Stryker would otherwise
 * import typescript, which is not beside it, to rewrite paths of tsconfig.json that a sandbox holding the whole
 * project does not need.
 */
import { spawnSync } from 'node:child_process';

const strykerVersion = '9.6.1';

export function stryker(args: string[]): number | null {
  const packages = [`@stryker-mutator/core@${strykerVersion}`, `@stryker-mutator/vitest-runner@${strykerVersion}`];
  const npx = ['--yes', ...packages.flatMap((name) => ['-p', name]), 'stryker', ...args];
  return spawnSync('npx', npx, { stdio: ['ignore', 'inherit', 'inherit'] }).status;
}
