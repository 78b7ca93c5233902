import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../lib/createDataset.js';
import { cellText } from './csv/cell.js';
import type { Column, CsvCollection } from './csv/column.js';
import { csvCollections, csvTables } from './csv/tables.js';
import type { Exporter } from './types.js';

/** The canonical files: RFC 4180, UTF-8 without BOM, LF; values kept exactly. */
export const csvDialect = { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true };

export function csvColumns(collection: CsvCollection): Column<unknown>[] {
  // each table is typed by its own record; here they are handled alike
  return csvTables[collection] as Column<never>[] as Column<unknown>[];
}

function rowsOf(collection: CsvCollection, dataset: Dataset): string[][] {
  const columns = csvColumns(collection);
  const records: unknown[] = dataset[collection];
  return [
    columns.map((column) => column.name),
    ...records.map((record) => columns.map((column) => cellText(column.value(record, dataset)))),
  ];
}

/**
 * dist/csv/<collection>.csv for data tools, and dist/csv-excel/<collection>.csv with the same rows for
 * spreadsheets: a BOM, without which Excel misreads UTF-8 Chinese, CRLF, and a "'" before any cell
 * starting with =, +, -, @, tab or CR (or their full-width forms) so that no cell runs as a formula.
 */
export const exportCsv: Exporter = (dataset) =>
  csvCollections.flatMap((collection) => {
    const rows = rowsOf(collection, dataset);
    return [
      { path: `csv/${collection}.csv`, contents: stringify(rows, { record_delimiter: csvDialect.lineTerminator }) },
      {
        path: `csv-excel/${collection}.csv`,
        contents: stringify(rows, { bom: true, record_delimiter: '\r\n', escape_formulas: true }),
      },
    ];
  });
