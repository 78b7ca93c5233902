import type { DataCollections } from './lib/dataset.js';
import { loadData } from './lib/loadData.js';
import type { Problem } from './lib/problem.js';
import { lints } from './lint/index.js';
import type { LintInput } from './lint/types.js';

export type Validation = { ok: true; data: DataCollections } | { ok: false; problems: Problem[] };

/** Loads data/ and runs every lint; all problems are reported at once. */
export function validateData(dataDir: string): Validation {
  const { files, problems } = loadData(dataDir);
  const input: LintInput = { files, fileOf: Object.fromEntries(files.map((file) => [file.collection, file])) };
  const all = [...problems, ...lints.flatMap((lint) => lint(input))];
  if (all.length > 0) return { ok: false, problems: all };
  return { ok: true, data: Object.fromEntries(files.map((file) => [file.collection, file.value])) as DataCollections };
}
