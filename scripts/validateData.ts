import type { DataCollections } from './lib/dataset.js';
import { loadData } from './lib/loadData.js';
import type { Problem } from './lib/problem.js';
import { isWithin } from './lib/records.js';
import { lints } from './lint/index.js';
import type { LintInput } from './lint/types.js';

export type Validation =
  | { ok: true; data: DataCollections }
  | {
      ok: false;
      problems: Problem[] /** files that could not be read, whose links were not checked */;
      unreadable: string[];
    };

/** Loads data/ and runs every lint; all problems are reported at once. */
export function validateData(dataDir: string): Validation {
  const { files, problems, unreadable } = loadData(dataDir);
  const input: LintInput = {
    files,
    fileOf: Object.fromEntries(files.map((file) => [file.collection, file])),
    complete: unreadable.length === 0,
  };
  const fileByName = new Map(files.map((file) => [file.file, file]));
  // a value the loader could not keep is reported there, with its line and column, and by no lint again
  const aboutDamaged = ({ file, record, field }: Problem) =>
    fileByName.get(file)?.damaged.some((spot) => spot.record === record && isWithin(field, spot.field)) === true;
  const all = [...problems, ...lints.flatMap((lint) => lint(input)).filter((problem) => !aboutDamaged(problem))];
  if (all.length > 0) return { ok: false, problems: all, unreadable };
  return { ok: true, data: Object.fromEntries(files.map((file) => [file.collection, file.value])) as DataCollections };
}
