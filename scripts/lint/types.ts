import type { CollectionName } from '../../schema/index.js';
import type { DataFile } from '../lib/dataFile.js';
import type { ParsedCollections } from '../lib/parseCollections.js';
import type { Problem } from '../lib/problem.js';

export interface LintInput {
  files: DataFile[];
  /** Files that could not be read are missing from fileOf; lints skip the links into them. */
  fileOf: Partial<Record<CollectionName, DataFile>>;
  /** False when some file could not be read, so that a link to "any record" cannot be judged. */
  complete: boolean;
  /** The records that parse with their schema, typed, for the lints that check what the records mean. */
  parsed: ParsedCollections;
}

/** A lint has one job and reports every problem it finds, never just the first. */
export type Lint = (input: LintInput) => Problem[];
