import type { Dataset } from '../../lib/createDataset.js';
import type { Column } from './column.js';

export interface ForeignKey {
  /** The column of this table. */
  field: string;
  /** The table referred to, by name. */
  table: string;
  /** The column of that table holding the value. */
  key: string;
}

/**
 * One CSV file, and one table of the database: its columns, its rows and its keys, declared once for the CSV
 * writer, datapackage.json and SQLite alike.
 */
export interface CsvTable {
  /** The file name without ".csv", and the resource's name in datapackage.json. */
  name: string;
  /**
   * "records": one row per record, lists joined in a cell and linked records' readable values beside the ids;
   * "list": one row per item of a list field.
   */
  kind: 'records' | 'list';
  /** What one row is, for datapackage.json and Datasette. */
  description: string;
  columns: Column<unknown>[];
  rows: (dataset: Dataset) => readonly unknown[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}
