import { formatProblem } from '../../scripts/lib/problem.js';
import { validateData } from '../../scripts/validateData.js';
import { readCollection, scratchProject, writeCollection } from './runScript.js';

type Records = Record<string, unknown>[];

/** Breaks a scratch copy of the valid fixture and validates it in process: the "✖ …" lines it gives. */
export function problemsAfter(breakData: (dataDir: string) => void): string[] {
  const { dataDir } = scratchProject();
  breakData(dataDir);
  const validation = validateData(dataDir);
  return validation.ok ? [] : validation.problems.map(formatProblem);
}

/** Changes records of one collection, written back in canonical form. */
export function editRecords(collection: string, edit: (records: Records) => void) {
  return (dataDir: string) => {
    const records = readCollection<Records>(dataDir, collection);
    edit(records);
    writeCollection(dataDir, collection, records);
  };
}
