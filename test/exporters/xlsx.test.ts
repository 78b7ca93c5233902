/**
 * The workbook as the xlsx exporter writes it in process, read back with exceljs: the About sheet, then one sheet
 * per CSV file with its cells typed, its header frozen and filterable, and the document's properties from the
 * release (or, outside a release, from the package alone).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../scripts/exporters/csv.js';
import { exportDatapackage } from '../../scripts/exporters/datapackage.js';
import { csvFiles } from '../../scripts/exporters/tables/csvFiles.js';
import { exportXlsx } from '../../scripts/exporters/xlsx.js';
import { csvRowsOf, datasetNow, exportedNow, textOf, withEvidence } from '../helpers/exportedNow.js';
import { releasedFixture } from '../helpers/releasedFixture.js';

type Dataset = ReturnType<typeof datasetNow>;
type Value = string | number | null;

async function workbookOf(dataset: Dataset): Promise<ExcelJS.Workbook> {
  const [file, ...more] = exportXlsx(dataset, new Map());
  expect(more).toEqual([]);
  expect(file.path).toBe('xlsx/beijing-two-voices.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contents as Uint8Array) as never);
  return workbook;
}

/** Every row of a sheet, each cell's value or null, as wide as its header row. */
function valuesOf(sheet: ExcelJS.Worksheet): Value[][] {
  const width = sheet.getRow(1).cellCount;
  const rows: Value[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: width }, (_, at) => (row.getCell(at + 1).value as Value | undefined) ?? null));
  });
  return rows;
}

// the tables with a date, and its column: what the workbook gives a "year" column
const dated: Record<string, string> = { report: 'issued', quotes: 'date', sources: 'issued' };
const dateColumn = (table: (typeof csvFiles)[number]) =>
  table.columns.findIndex((column) => column.name === dated[table.name]);

describe('the workbook made in process', () => {
  it('has the About sheet, then a sheet per CSV file with its cells: integers as numbers, empty cells empty', async () => {
    const dataset = datasetNow(withEvidence);
    const workbook = await workbookOf(dataset);
    const csv = exportedNow(dataset, exportCsv);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['About', ...csvFiles.map((table) => table.name)]);
    for (const table of csvFiles) {
      const [header, ...rows] = csvRowsOf(csv, `csv/${table.name}.csv`);
      const date = dateColumn(table);
      const typed = rows.map((row) => {
        const cells: Value[] = row.map((text, at) => {
          const column = table.columns[at];
          if (text === '') return null;
          return column.type === 'integer' && !column.list ? Number(text) : text;
        });
        return date < 0 ? cells : [...cells, row[date] === '' ? null : Number(row[date].slice(0, 4))];
      });
      const headers = date < 0 ? header : [...header, 'year'];
      const sheet = workbook.getWorksheet(table.name) as ExcelJS.Worksheet;
      expect(valuesOf(sheet), table.name).toEqual([headers, ...typed]);
      expect(sheet.views, table.name).toMatchObject([{ state: 'frozen', xSplit: 0, ySplit: 1 }]);
      const last = String.fromCharCode(64 + headers.length);
      expect(sheet.autoFilter, table.name).toBe(`A1:${last}${rows.length + 1}`);
      expect(sheet.getRow(1).font, table.name).toMatchObject({ bold: true });
      headers.forEach((name, at) => {
        expect(sheet.getColumn(at + 1).width, `${table.name}.${name}`).toBe(
          Math.min(60, Math.max(10, name.length + 2)),
        );
      });
    }
  });

  it('knows every table with a date', () => {
    const withYear = csvFiles.filter((table) => dateColumn(table) >= 0).map((table) => table.name);
    expect(withYear).toEqual(Object.keys(dated));
  });

  it('describes the release, then every table and column in the About sheet, as datapackage.json does', async () => {
    const dataset = releasedFixture();
    const workbook = await workbookOf(dataset);
    const about = workbook.getWorksheet('About') as ExcelJS.Worksheet;
    expect(about.views ?? []).toEqual([]);
    expect(about.autoFilter).toBeUndefined();
    expect([1, 2, 3, 4].map((at) => about.getColumn(at).width)).toEqual([24, 40, 10, 100]);
    const datapackage = JSON.parse(textOf(exportedNow(dataset, exportCsv, exportDatapackage), 'datapackage.json'));
    const [header, ...rows] = valuesOf(about);
    expect(header).toEqual(['about', 'value', '', '']);
    expect(rows.slice(0, 8)).toEqual([
      ['title', datapackage.title, null, null],
      ['version', '3.4.5', null, null],
      ['released', '2031-02-03', null, null],
      ['license', 'CC-BY-4.0 (the compilation and annotations; the quoted texts remain their authors’)', null, null],
      ['citation', 'Someone. (2031). A title (Version 3.4.5) [Data set]. https://example.org/repo', null, null],
      ['report', 'Ann Author. “A Small Report.” Example Press, April 2021. https://example.org/report', null, null],
      [null, null, null, null],
      ['table', 'column', 'type', 'description'],
    ]);
    const described = datapackage.resources.flatMap(
      (resource: { name: string; description: string; schema: { fields: { name: string; type: string }[] } }) => [
        [resource.name, null, null, resource.description],
        ...resource.schema.fields.map((field: { name: string; type: string; description?: string }) => [
          resource.name,
          field.name,
          field.type,
          field.description,
        ]),
        ...(resource.name in dated
          ? [
              [
                resource.name,
                'year',
                'integer',
                'The year of the date, as a number, for sorting (in this workbook only).',
              ],
            ]
          : []),
      ],
    );
    expect(rows.slice(8)).toEqual(described);
  });

  it('takes its properties from the release, dated by it', async () => {
    const dataset = releasedFixture();
    const workbook = await workbookOf(dataset);
    const datapackage = JSON.parse(textOf(exportedNow(dataset, exportCsv, exportDatapackage), 'datapackage.json'));
    expect(workbook).toMatchObject({
      creator: 'Someone',
      lastModifiedBy: 'Someone',
      title: datapackage.title,
      subject: 'beijing-two-voices 3.4.5',
      description: 'Someone. (2031). A title (Version 3.4.5) [Data set]. https://example.org/repo',
      keywords: 'China; telecommunications; dataset',
    });
    expect(workbook.created.toISOString()).toBe('2031-02-03T00:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2031-02-03T00:00:00.000Z');
  });

  it('is credited to every author of the release, joined with commas', async () => {
    const dataset = releasedFixture();
    dataset.release = { ...dataset.release, authors: ['Someone', 'Someone Else'] };
    expect((await workbookOf(dataset)).creator).toBe('Someone, Someone Else');
  });

  it('outside a release, is credited to the package and dated at the zip format’s earliest', async () => {
    const workbook = await workbookOf(datasetNow());
    expect(workbook.creator).toBe('beijing-two-voices');
    expect(workbook.created.toISOString()).toBe('1980-01-01T00:00:00.000Z');
    const about = valuesOf(workbook.getWorksheet('About') as ExcelJS.Worksheet);
    expect(about[3]).toEqual(['released', null, null, null]);
  });
});
