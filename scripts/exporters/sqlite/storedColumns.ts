import type { Column } from '../tables/column.js';
import type { CsvTable } from '../tables/csvTable.js';

/** The columns a table stores: a list is a table of its own, a joined value is the view's. */
export function storedColumns(table: CsvTable): Column<unknown>[] {
  return table.kind === 'list' ? table.columns : table.columns.filter((column) => column.field && !column.list);
}
