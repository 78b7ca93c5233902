import { collectionSchemas, references } from '../../../schema/index.js';
import { collectionRecords } from '../../lib/collectionRecords.js';
import type { Column, CsvCollection } from './column.js';
import type { CsvTable, ForeignKey } from './csvTable.js';
import { csvCollections, csvTables } from './tables.js';

export function csvColumns(collection: CsvCollection): Column<unknown>[] {
  // each table is typed by its own record; here they are handled alike
  return csvTables[collection] as Column<never>[] as Column<unknown>[];
}

/** Only a reference held in one cell is a foreign key here: a list's are declared by its link table. */
function foreignKeys(collection: CsvCollection, columns: Column<unknown>[]): ForeignKey[] {
  return references
    .filter((reference) => reference.from === collection && reference.to !== '*')
    .flatMap((reference) => {
      const column = columns.find((candidate) => candidate.field === reference.field);
      // Stryker disable next-line StringLiteral: run only at module load, where today's columns hold every reference
      if (!column) throw new Error(`no column of ${collection}.csv holds ${reference.field}`);
      if (column.list || reference.to === '*') return [];
      return [{ field: column.name, table: reference.to, key: reference.key }];
    });
}

/** One table per collection, one row per record, lists joined in a cell and linked records' readable values. */
export const mainTables: CsvTable[] = csvCollections.map((collection) => {
  const columns = csvColumns(collection);
  return {
    name: collection,
    kind: 'records' as const,
    description: `One row per ${collectionSchemas[collection].recordName}.`,
    columns,
    rows: (dataset) => collectionRecords(dataset, collection),
    primaryKey: ['id'],
    foreignKeys: foreignKeys(collection, columns),
  };
});
