import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../lib/createDataset.js';
import { cellText } from './tables/cell.js';
import { csvFiles } from './tables/csvFiles.js';
import type { CsvTable } from './tables/csvTable.js';
import type { SyncExporter } from './types.js';

export { csvColumns } from './tables/mainTables.js';

/** The canonical files: RFC 4180, UTF-8 without BOM, LF; values kept exactly. */
export const csvDialect = { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true };

function rowsOf(table: CsvTable, dataset: Dataset): string[][] {
  const { columns } = table;
  return [
    columns.map((column) => column.name),
    ...table.rows(dataset).map((row) => columns.map((column) => cellText(column.value(row, dataset)))),
  ];
}

/**
 * dist/csv/<table>.csv for data tools, and dist/csv-excel/<table>.csv with the same rows for
 * spreadsheets: a BOM, without which Excel misreads UTF-8 Chinese, CRLF, and a "'" before any cell
 * starting with =, +, -, @, tab or CR (or their full-width forms) so that no cell runs as a formula.
 */
export const exportCsv: SyncExporter = (dataset) =>
  csvFiles.flatMap((table) => {
    const rows = rowsOf(table, dataset);
    return [
      {
        path: `csv/${table.name}.csv`,
        // Stryker disable next-line ObjectLiteral: csv-stringify's default record delimiter is also "\n", so no options give the same bytes
        contents: stringify(rows, { record_delimiter: csvDialect.lineTerminator }),
      },
      {
        path: `csv-excel/${table.name}.csv`,
        contents: stringify(rows, { bom: true, record_delimiter: '\r\n', escape_formulas: true }),
      },
    ];
  });
