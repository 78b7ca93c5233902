import type { Dataset } from '../../lib/createDataset.js';

/** What a column holds for one record, before it is written as text (see cellText). */
export type Cell = string | number | boolean | null | readonly (string | number)[];

/**
 * One column of a CSV file, defined once: the CSV exporter takes its name and value,
 * the datapackage exporter turns the rest into the column's Table Schema field.
 */
export interface Column<R> {
  /** The header; for a JSON field, the field's name. */
  name: string;
  /** Table Schema type of the written cell: a list is written as one string. */
  type: 'string' | 'integer' | 'boolean';
  description: string;
  /** Several values in one cell, joined with "; ". */
  list: boolean;
  /** Never empty. */
  required: boolean;
  enum?: readonly string[];
  /** A regular expression every non-empty cell matches whole (XML Schema flavour, as Table Schema wants). */
  pattern?: string;
  format?: 'uri';
  /** The JSON field the column carries, as a dotted path like the `references` use; none for joined columns. */
  field?: string;
  value: (record: R, dataset: Dataset) => Cell;
}

/** Every collection: report.csv holds the one report, so that its authors' link table has a table to refer to. */
export type CsvCollection = Exclude<keyof Dataset, 'version' | 'release'>;
export type RecordOf<C extends CsvCollection> = Dataset[C] extends readonly (infer R)[] ? R : Dataset[C];
