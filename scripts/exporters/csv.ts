import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../lib/createDataset.js';
import { cellText } from './tables/cell.js';
import { csvFiles } from './tables/csvFiles.js';
import type { CsvTable } from './tables/csvTable.js';
import { isDateColumn } from './tables/isDateColumn.js';
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
 * A date of the spreadsheet files as a text formula, ="2016-04-25", written "=""2016-04-25""" in the CSV: opened
 * bare, a date at its precision becomes a date (2016-04-25), a number (2016) or text (2011-12), three types in one
 * column, which then sorts 2016 apart from 2016-04-25. The formula's value is the date's text in Excel, LibreOffice,
 * Numbers and Google Sheets, and ISO dates as text sort in date order. It is the file's own formula, so the guard
 * against formulas leaves it alone; the header (the first record) and an empty cell stay as they are.
 */
function dateAsText(table: CsvTable) {
  const dates = table.columns.map(isDateColumn);
  return (value: string, { index, records }: { index: number; records: number }) =>
    dates[index] && records > 0 && value !== '' ? { value: `="${value}"`, escape_formulas: false } : value;
}

/**
 * dist/csv/<table>.csv for data tools, and dist/csv-excel/<table>.csv with the same rows for
 * spreadsheets: a BOM, without which Excel misreads UTF-8 Chinese, CRLF, a "'" before any cell
 * starting with =, +, -, @, tab or CR (or their full-width forms) so that no cell runs as a formula,
 * and each date as text (see dateAsText).
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
        contents: stringify(rows, {
          bom: true,
          record_delimiter: '\r\n',
          escape_formulas: true,
          cast: { string: dateAsText(table) },
        }),
      },
    ];
  });
