import type { CollectionName } from '../../schema/index.js';
import type { DataFile } from '../lib/loadData.js';
import type { Problem } from '../lib/problem.js';

export interface LintInput {
  files: DataFile[];
  fileOf: Partial<Record<CollectionName, DataFile>>;
}

/** A lint has one job and reports every problem it finds, never just the first. */
export type Lint = (input: LintInput) => Problem[];
