import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Dataset } from '../lib/createDataset.js';
import { releaseMeta } from '../lib/releaseMeta.js';
import { parquetSchema } from './parquet/parquetSchema.js';
import type { Cell } from './tables/column.js';
import { csvFiles } from './tables/csvFiles.js';
import type { CsvTable } from './tables/csvTable.js';
import type { SyncExporter } from './types.js';

/** A value as Parquet stores it: 64-bit integers are BigInts to the writer, a list's items too. */
function parquetValue(cell: Cell | string | number): unknown {
  if (typeof cell === 'number') return BigInt(cell);
  if (Array.isArray(cell)) return cell.map((item: string | number) => parquetValue(item));
  return cell;
}

/** The release and the table, in the file's key-value metadata, where Parquet readers show them. */
function keyValues(table: CsvTable, dataset: Dataset) {
  const meta = releaseMeta(dataset);
  return [
    { key: 'name', value: meta.name },
    { key: 'version', value: meta.version },
    ...(meta.released ? [{ key: 'released', value: meta.released }] : []),
    { key: 'license', value: meta.license },
    { key: 'datasetCitation', value: meta.datasetCitation },
    { key: 'reportCitation', value: meta.reportCitation },
    { key: 'table', value: table.name },
    { key: 'description', value: table.description },
  ];
}

function parquetFile(table: CsvTable, dataset: Dataset): Uint8Array {
  const rows = table.rows(dataset);
  const columnData = table.columns.map((column) => ({
    name: column.name,
    data: rows.map((row) => parquetValue(column.value(row, dataset))),
  }));
  // no statistics: truncated minimums and maximums of text say nothing useful here; fixed `createdBy`, no clock
  const buffer = parquetWriteBuffer({
    columnData: columnData as never,
    schema: parquetSchema(table) as never,
    statistics: false,
    kvMetadata: keyValues(table, dataset),
    createdBy: 'hyparquet-writer',
  });
  return new Uint8Array(buffer);
}

/**
 * dist/parquet/<table>.parquet: every table of dist/csv/ with its types kept (integers, booleans, and in the
 * main tables lists as lists, where the CSV joins them), for DuckDB, pandas, R's arrow and the dataset hubs.
 */
export const exportParquet: SyncExporter = (dataset) =>
  csvFiles.map((table) => ({ path: `parquet/${table.name}.parquet`, contents: parquetFile(table, dataset) }));
