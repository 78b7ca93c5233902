import type { Column } from '../csv/column.js';
import type { CsvTable } from '../csv/csvTable.js';

/** The columns a table stores: a list is a table of its own, a joined value is the view's. */
export function storedColumns(table: CsvTable): Column<unknown>[] {
  return table.kind === 'list' ? table.columns : table.columns.filter((column) => column.field && !column.list);
}
