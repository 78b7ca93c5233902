import { collectionSchemas } from '../../schema/index.js';
import type { DataFile } from './dataFile.js';
import { isPlainObject } from './records.js';

/** A record of a data file as a lint reports on it: where it stands and what to call it. */
export interface LocatedRecord {
  record: Record<string, unknown>;
  /** The record's id, or "[index]" when it has none. */
  label: string;
  index: number;
}

/** The records of a data file as it was read, before validation: each object with its label and position. */
export function locatedRecords(file: DataFile): LocatedRecord[] {
  const { single } = collectionSchemas[file.collection];
  // Stryker disable next-line ArrayDeclaration: the values are filtered to plain objects below, which drops an invented string
  const values = single ? [file.value] : Array.isArray(file.value) ? file.value : [];
  return values.flatMap((record, index) =>
    isPlainObject(record) ? [{ record, index, label: typeof record.id === 'string' ? record.id : `[${index}]` }] : [],
  );
}
