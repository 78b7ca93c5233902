import type { CsvTable } from '../tables/csvTable.js';

/** An SQL identifier in double quotes, so that any name is safe. */
export const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** An SQL string literal. */
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The table's name in SQL: hyphens become underscores, so that `quote_speakers` needs no quoting. */
export const tableName = (table: CsvTable | string) =>
  (typeof table === 'string' ? table : table.name).replaceAll('-', '_');

/** The view joining a table's readable columns: quotes_readable. */
export const viewName = (table: CsvTable) => `${tableName(table)}_readable`;
