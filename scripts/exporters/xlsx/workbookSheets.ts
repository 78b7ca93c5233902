import type { Dataset } from '../../lib/createDataset.js';
import { quotedTitle } from '../../lib/quotedTitle.js';
import { releaseMetaKeys } from '../../lib/release.js';
import { releaseMeta } from '../../lib/releaseMeta.js';
import { cellText } from '../tables/cell.js';
import { columnDescription } from '../tables/columnDescription.js';
import { csvFiles } from '../tables/csvFiles.js';
import type { CsvTable } from '../tables/csvTable.js';
import { isDateColumn } from '../tables/isDateColumn.js';

export type SheetCell = string | number | null;

export interface Sheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: SheetCell[][];
  /** The header row frozen and filterable. */
  frozen: boolean;
  filter: boolean;
}

/** The year of an ISO date at any precision, a number to sort and filter by; none for an empty cell. */
const yearOf = (text: string): number | null => (text === '' ? null : Number(text.slice(0, 4)));

/**
 * A table of dist/csv/ as a sheet: each cell the text of the CSV cell (lists joined with "; ", booleans "true" and
 * "false", dates as printed), an integer column's cells as numbers, an empty cell empty, and after the columns of a
 * table with dates, "year": the year of its date as a number, since text dates of mixed precision do not sort as dates.
 */
function tableSheet(table: CsvTable, dataset: Dataset): Sheet {
  const dates = table.columns.filter(isDateColumn);
  if (dates.length > 1) throw new Error(`${table.name}: say which date "year" is the year of`);
  const rows = table.rows(dataset).map((row) => {
    const cells: SheetCell[] = table.columns.map((column) => {
      const text = cellText(column.value(row, dataset));
      if (text === '') return null;
      return column.type === 'integer' && !column.list ? Number(text) : text;
    });
    return dates.length > 0 ? [...cells, yearOf(cellText(dates[0].value(row, dataset)))] : cells;
  });
  const headers = [...table.columns.map((column) => column.name), ...(dates.length > 0 ? ['year'] : [])];
  return {
    name: table.name,
    columns: headers.map((header) => ({ header, width: Math.min(60, Math.max(10, header.length + 2)) })),
    rows,
    frozen: true,
    filter: true,
  };
}

/** The first sheet: the release, how to cite it, and every table and column with its description. */
function aboutSheet(dataset: Dataset): Sheet {
  const meta = releaseMeta(dataset);
  const about: SheetCell[][] = [
    ['title', `Records of ${quotedTitle(dataset.report.title)}`, null, null],
    // the release under the names all.json's meta gives it, in its order
    ...releaseMetaKeys.map((key): SheetCell[] => [
      key,
      key === 'license'
        ? `${meta.license} (the compilation and annotations; the quoted texts remain their authors’)`
        : meta[key],
      null,
      null,
    ]),
    [null, null, null, null],
    ['table', 'column', 'type', 'description'],
  ];
  const tables = csvFiles.flatMap((table): SheetCell[][] => [
    [table.name, null, null, table.description],
    ...table.columns.map((column): SheetCell[] => [table.name, column.name, column.type, columnDescription(column)]),
    ...(table.columns.some(isDateColumn)
      ? [[table.name, 'year', 'integer', 'The year of the date, as a number, for sorting (in this workbook only).']]
      : []),
  ]);
  return {
    name: 'About',
    columns: [
      { header: 'about', width: 24 },
      { header: 'value', width: 40 },
      { header: '', width: 10 },
      { header: '', width: 100 },
    ],
    rows: [...about, ...tables],
    frozen: false,
    filter: false,
  };
}

/** The workbook's sheets: About, then one per table of dist/csv/, in the order of datapackage.json. */
export function workbookSheets(dataset: Dataset): Sheet[] {
  return [aboutSheet(dataset), ...csvFiles.map((table) => tableSheet(table, dataset))];
}
