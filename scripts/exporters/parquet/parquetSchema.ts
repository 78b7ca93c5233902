import type { CollectionName } from '../../../schema/index.js';
import type { Column } from '../tables/column.js';
import type { CsvTable } from '../tables/csvTable.js';
import { linkTableName } from '../tables/linkTableName.js';
import { linkTables } from '../tables/linkTables.js';

/** A Parquet schema element, as hyparquet-writer takes it. */
export interface SchemaElement {
  name: string;
  type?: 'BOOLEAN' | 'INT64' | 'BYTE_ARRAY';
  converted_type?: 'UTF8' | 'LIST';
  repetition_type?: 'REQUIRED' | 'OPTIONAL' | 'REPEATED';
  num_children?: number;
}

const physical: Record<Column<unknown>['type'], Pick<SchemaElement, 'type' | 'converted_type'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  integer: { type: 'INT64' },
  boolean: { type: 'BOOLEAN' },
};

/**
 * The type of a list's items. The CSV column is text, as it joins them; a list of a record's field is also a
 * table of its own, whose item column has the items' type; a joined list (of names, titles) is text.
 */
export function itemType(table: CsvTable, column: Column<unknown>): Column<unknown>['type'] {
  if (!column.field) return 'string';
  const name = linkTableName(table.name as CollectionName, column.field);
  const link = linkTables.find((candidate) => candidate.name === name);
  if (!link) throw new Error(`${table.name}.${column.name}: no table ${name} says what its items are`);
  return link.columns[2].type;
}

/**
 * A column as Parquet types it: text as UTF-8 strings (dates too, at their precision), integers as 64-bit
 * integers, booleans as booleans, and a list as Parquet's three-level LIST of items that are never null.
 */
function columnSchema(table: CsvTable, column: Column<unknown>): SchemaElement[] {
  const repetition = column.required ? 'REQUIRED' : 'OPTIONAL';
  if (!column.list) return [{ name: column.name, ...physical[column.type], repetition_type: repetition }];
  return [
    { name: column.name, converted_type: 'LIST', repetition_type: repetition, num_children: 1 },
    { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
    { name: 'element', ...physical[itemType(table, column)], repetition_type: 'REQUIRED' },
  ];
}

/** The schema of a table's Parquet file: its root, then each column of its CSV file in order. */
export function parquetSchema(table: CsvTable): SchemaElement[] {
  return [
    { name: 'root', num_children: table.columns.length },
    ...table.columns.flatMap((column) => columnSchema(table, column)),
  ];
}
