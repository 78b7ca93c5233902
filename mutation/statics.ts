/**
 * The pass of the mutants of code run once, when its module loads (the column definitions of the CSV tables, the
 * orders of fields…), which the first pass of `scripts/exporters/` leaves untested ("ignoreStatic"): its modules are
 * loaded once for all tests, so such a mutant would never be switched on. Here each runs alone in a fresh vitest
 * process (the command runner), against the exporters' in-process tests. A few seconds each: `sample` takes that
 * many of them, spread evenly over the list in file and position order, so that the same code gives the same sample.
 * Gives each file's mutants with the status of this pass; those it ran keep `atImport`, to be counted as such.
 */
import { isStatic, type Mutant, mutantKey, type Report, readReport } from './report.js';
import { stryker } from './stryker.js';

export const staticsConfig = 'mutation/stryker.statics.config.json';
export const staticsReport = 'reports/mutation/statics.json';

export function statics(first: Report, sample?: number): Record<string, Mutant[]> {
  const all = Object.entries(first.files)
    .flatMap(([file, { mutants }]) => mutants.filter(isStatic).map((m) => ({ file, m, key: mutantKey(file, m) })))
    .sort(
      (a, b) =>
        a.file.localeCompare(b.file) ||
        a.m.location.start.line - b.m.location.start.line ||
        a.m.location.start.column - b.m.location.start.column ||
        a.key.localeCompare(b.key),
    );
  const step = sample === undefined || sample >= all.length ? 1 : all.length / sample;
  const chosen =
    sample === undefined
      ? all
      : Array.from({ length: Math.min(sample, all.length) }, (_, at) => all[Math.floor(at * step)]);
  // "file:line:column-line:column" mutates only what lies within, a column more on either side (see recheck.ts)
  const ranges = chosen.map(
    ({
      file,
      m: {
        location: { start, end },
      },
    }) => `${file}:${start.line}:${Math.max(start.column - 1, 0)}-${end.line}:${end.column + 1}`,
  );
  const ran = new Map<string, Mutant>();
  if (ranges.length > 0) {
    const status = stryker(['run', staticsConfig, '--mutate', [...new Set(ranges)].join(',')]);
    if (status !== 0) throw new Error(`the pass of the mutants run at import failed (exit ${status})`);
    // a range may hold more static mutants than the one chosen (those nested in it): they ran too, and count
    for (const [file, { mutants }] of Object.entries(readReport(staticsReport).files))
      for (const m of mutants) ran.set(mutantKey(file, m), m);
  }
  const staticKeys = new Set(all.map(({ key }) => key));
  return Object.fromEntries(
    Object.entries(first.files).map(([file, { mutants }]) => [
      file,
      mutants.map((m) => {
        const key = mutantKey(file, m);
        const again = ran.get(key);
        return staticKeys.has(key) && again && again.status !== 'Ignored' ? { ...again, atImport: true } : m;
      }),
    ]),
  );
}
