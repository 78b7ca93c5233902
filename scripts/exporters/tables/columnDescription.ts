import type { Column } from './column.js';

/**
 * A column's description as datapackage.json and the workbook publish it: a column that carries no field of a record
 * is joined or computed by the build, which its provenance says.
 */
export function columnDescription(column: Column<unknown>): string {
  return column.field === undefined ? `${column.description} Provenance: derived.` : column.description;
}
