import { spawnSync } from 'node:child_process';
import { it } from 'vitest';

/**
 * Set by .ci/run, which installs every optional program: there a missing one is a failure, not a skip,
 * so that CI runs every test that a developer's machine may skip.
 */
export const optionalProgramsRequired = process.env.REQUIRE_OPTIONAL_PROGRAMS === '1';

const found = new Map<string, boolean>();

function probe(program: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', program], { encoding: 'utf8' }).status === 0;
}

/** Whether a program is on the PATH (or at the absolute path given). No test needs the network: none may ask. */
export function hasProgram(program: string): boolean {
  if (!found.has(program)) found.set(program, probe(program));
  return found.get(program) === true;
}

/** The programs of a list that are missing here. */
export function missingPrograms(programs: readonly string[]): string[] {
  return programs.filter((program) => !hasProgram(program));
}

/**
 * A test that needs something Node does not bring (a program, a Python module): it runs where
 * `available`; elsewhere it is skipped with what is missing named in its title, or, under
 * REQUIRE_OPTIONAL_PROGRAMS=1, fails saying what to install.
 */
export function itWhen(
  available: boolean,
  missing: string,
  name: string,
  test: () => unknown | Promise<unknown>,
  timeout?: number,
): void {
  if (available) it(name, test, timeout);
  else if (optionalProgramsRequired) {
    it(name, () => {
      throw new Error(`needs ${missing}, which is not available here (REQUIRE_OPTIONAL_PROGRAMS=1)`);
    });
  } else it.skip(`${name} [skipped: needs ${missing}]`, test);
}

/** A test that needs other programs, run or skipped as itWhen says. */
export function itWith(programs: readonly string[], name: string, test: () => unknown | Promise<unknown>): void {
  const missing = missingPrograms(programs);
  itWhen(missing.length === 0, missing.join(', '), name, test);
}
