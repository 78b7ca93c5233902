/**
 * The second pass of a group: each mutant the first pass left alive is run again by the command runner, against the
 * tests that reach its file through child processes or at import, whose child processes inherit the mutant. Gives
 * each file's mutants with the status of the later pass, a mutant counting as killed when either pass killed it.
 */
import type { Group } from './groups.js';
import { alive, type Mutant, mutantKey, type Report, readReport } from './report.js';
import { stryker } from './stryker.js';

export function recheck(group: Group, first: Report): Record<string, Mutant[]> {
  // "file:line:column-line:column" mutates only what lies within; a column more on either side makes sure that the
  // mutant's own span is inside, whatever the columns are counted from
  const ranges = Object.entries(first.files).flatMap(([file, { mutants }]) =>
    mutants
      .filter(alive)
      .map(
        ({ location: { start, end } }) =>
          `${file}:${start.line}:${Math.max(start.column - 1, 0)}-${end.line}:${end.column + 1}`,
      ),
  );
  const again = new Map<string, Mutant>();
  const { processes, processesReport } = group;
  if (!processes || !processesReport) throw new Error(`no second pass is configured for ${group.folders.join(', ')}`);
  if (ranges.length > 0) {
    const status = stryker(['run', processes, '--mutate', [...new Set(ranges)].join(',')]);
    if (status !== 0) throw new Error(`the command runner's pass failed (exit ${status})`);
    for (const [file, { mutants }] of Object.entries(readReport(processesReport).files))
      for (const m of mutants) again.set(mutantKey(file, m), m);
  }
  return Object.fromEntries(
    Object.entries(first.files).map(([file, { mutants }]) => [
      file,
      mutants.map((m) => (alive(m) ? (again.get(mutantKey(file, m)) ?? m) : m)),
    ]),
  );
}
