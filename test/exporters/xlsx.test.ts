/**
 * The workbook as the xlsx exporter writes it in process, read back by openpyxl: the About sheet, then one sheet per
 * CSV file with its cells typed (text as text, integers and years as numbers, no formula), its header bold, frozen
 * and filterable, and the document's properties from the release (or, outside a release, from the package alone).
 * The same bytes every time, in any time zone. And the fresh build's workbook read by LibreOffice, cell by cell
 * against dist/csv/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCsv } from '../../scripts/exporters/csv.js';
import { exportDatapackage } from '../../scripts/exporters/datapackage.js';
import { csvFiles } from '../../scripts/exporters/tables/csvFiles.js';
import { exportXlsx } from '../../scripts/exporters/xlsx.js';
import { csvRowsOf, datasetNow, exportedNow, textOf, withEvidence } from '../helpers/exportedNow.js';
import { freshDist } from '../helpers/freshDist.js';
import { itWhen, itWith } from '../helpers/optionalPrograms.js';
import { pythonWith } from '../helpers/optionalResources.js';
import { releasedFixture } from '../helpers/releasedFixture.js';

type Dataset = ReturnType<typeof datasetNow>;
type Value = string | number | null;

interface SheetRead {
  freeze: string | null;
  filter: string | null;
  /** Every row, each cell's value or null, as wide as the sheet. */
  values: Value[][];
  /** The data types openpyxl gives the cells that hold a value: s text, n number, f formula, d date. */
  types: string[];
  boldHeader: boolean;
  boldBelow: boolean;
  widths: (number | null)[];
}
interface WorkbookRead {
  names: string[];
  sheets: Record<string, SheetRead>;
  properties: Record<string, string | null>;
}

const dir = mkdtempSync(join(tmpdir(), 'btv-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bytesOf(dataset: Dataset): Promise<Uint8Array> {
  const [file, ...more] = await exportXlsx(dataset, new Map());
  expect(more).toEqual([]);
  expect(file.path).toBe('xlsx/beijing-two-voices.xlsx');
  return file.contents as Uint8Array;
}

const python = pythonWith('openpyxl');
const withOpenpyxl = (name: string, test: () => Promise<void>) =>
  itWhen(python !== undefined, 'python3 with openpyxl (apt-get install python3-openpyxl)', name, test, 60_000);

const reader = `
import json, sys, openpyxl
from openpyxl.utils import get_column_letter
wb = openpyxl.load_workbook(sys.argv[1])
sheets = {}
for ws in wb.worksheets:
    rows = list(ws.iter_rows())
    sheets[ws.title] = {
        'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref,
        'values': [[c.value for c in row] for row in rows],
        'types': sorted({c.data_type for row in rows for c in row if c.value is not None}),
        'boldHeader': all(c.font.b for c in rows[0]),
        'boldBelow': any(c.font.b for row in rows[1:] for c in row),
        'widths': [ws.column_dimensions[get_column_letter(i)].width for i in range(1, ws.max_column + 1)],
    }
p = wb.properties
names = ['creator', 'lastModifiedBy', 'title', 'subject', 'description', 'keywords']
properties = {name: getattr(p, name) for name in names}
properties.update({'created': p.created.isoformat(), 'modified': p.modified.isoformat()})
print(json.dumps({'names': wb.sheetnames, 'sheets': sheets, 'properties': properties}))`;

/** The workbook made in process, written to a file and read back by openpyxl. */
async function workbookOf(dataset: Dataset): Promise<WorkbookRead> {
  const path = join(mkdtempSync(join(dir, 'read-')), 'workbook.xlsx');
  writeFileSync(path, await bytesOf(dataset));
  const result = spawnSync(python ?? 'python3', ['-c', reader, path], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

// the tables with a date, and its column: what the workbook gives a "year" column
const dated: Record<string, string> = { report: 'issued', quotes: 'date', sources: 'issued' };
const dateColumn = (table: (typeof csvFiles)[number]) =>
  table.columns.findIndex((column) => column.name === dated[table.name]);

describe('the workbook made in process', () => {
  withOpenpyxl(
    'has the About sheet, then a sheet per CSV file with its cells: integers as numbers, empty cells empty',
    async () => {
      const dataset = datasetNow(withEvidence);
      const workbook = await workbookOf(dataset);
      const csv = exportedNow(dataset, exportCsv);
      expect(workbook.names).toEqual(['About', ...csvFiles.map((table) => table.name)]);
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
        const sheet = workbook.sheets[table.name];
        expect(sheet.values, table.name).toEqual([headers, ...typed]);
        // text stays text and numbers numbers: no formula, no date, whatever a cell holds
        expect(
          sheet.types.filter((type) => type !== 's' && type !== 'n'),
          table.name,
        ).toEqual([]);
        expect(sheet.freeze, table.name).toBe('A2');
        const last = String.fromCharCode(64 + headers.length);
        expect(sheet.filter, table.name).toBe(`A1:${last}${rows.length + 1}`);
        expect([sheet.boldHeader, sheet.boldBelow], table.name).toEqual([true, false]);
        expect(sheet.widths, table.name).toEqual(headers.map((name) => Math.min(60, Math.max(10, name.length + 2))));
      }
    },
  );

  it('knows every table with a date', () => {
    const withYear = csvFiles.filter((table) => dateColumn(table) >= 0).map((table) => table.name);
    expect(withYear).toEqual(Object.keys(dated));
  });

  withOpenpyxl(
    'describes the release, then every table and column in the About sheet, as datapackage.json does',
    async () => {
      const dataset = releasedFixture();
      const about = (await workbookOf(dataset)).sheets.About;
      expect(about.freeze).toBeNull();
      expect(about.filter).toBeNull();
      expect(about.widths).toEqual([24, 40, 10, 100]);
      expect([about.boldHeader, about.boldBelow]).toEqual([true, false]);
      const datapackage = JSON.parse(textOf(exportedNow(dataset, exportCsv, exportDatapackage), 'datapackage.json'));
      const [header, ...rows] = about.values;
      expect(header).toEqual(['about', 'value', '', '']);
      expect(rows.slice(0, 9)).toEqual([
        ['title', datapackage.title, null, null],
        ['name', 'beijing-two-voices', null, null],
        ['version', '3.4.5', null, null],
        ['released', '2031-02-03', null, null],
        ['license', 'CC-BY-4.0 (the compilation and annotations; the quoted texts remain their authors’)', null, null],
        [
          'datasetCitation',
          'Someone. (2031). A title (Version 3.4.5) [Data set]. https://example.org/repo',
          null,
          null,
        ],
        [
          'reportCitation',
          'Ann Author. “A Small Report.” Example Press, April 2021. https://example.org/report',
          null,
          null,
        ],
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
      expect(rows.slice(9)).toEqual(described);
    },
  );

  withOpenpyxl('takes its properties from the release, dated by it', async () => {
    const dataset = releasedFixture();
    const { properties } = await workbookOf(dataset);
    const datapackage = JSON.parse(textOf(exportedNow(dataset, exportCsv, exportDatapackage), 'datapackage.json'));
    expect(properties).toEqual({
      creator: 'Someone',
      lastModifiedBy: 'Someone',
      title: datapackage.title,
      subject: 'beijing-two-voices 3.4.5',
      description: 'Someone. (2031). A title (Version 3.4.5) [Data set]. https://example.org/repo',
      keywords: 'China; telecommunications; dataset',
      created: '2031-02-03T00:00:00',
      modified: '2031-02-03T00:00:00',
    });
  });

  withOpenpyxl('is credited to every author of the release, joined with commas', async () => {
    const dataset = releasedFixture();
    dataset.release = { ...dataset.release, authors: [{ name: 'Someone' }, { name: 'Someone Else' }] };
    expect((await workbookOf(dataset)).properties.creator).toBe('Someone, Someone Else');
  });

  withOpenpyxl('outside a release, is credited to the package and dated at the zip format’s earliest', async () => {
    const workbook = await workbookOf(datasetNow());
    expect(workbook.properties.creator).toBe('beijing-two-voices');
    expect(workbook.properties.created).toBe('1980-01-01T00:00:00');
    expect(workbook.sheets.About.values[4]).toEqual(['released', null, null, null]);
  });

  it('is the same bytes every time and in any time zone, every file of the zip dated by the release', async () => {
    const first = await bytesOf(releasedFixture());
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(Buffer.from(await bytesOf(releasedFixture())).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const zip = await JSZip.loadAsync(first);
    const dates = new Set(Object.values(zip.files).map((file) => file.date.toISOString()));
    expect([...dates]).toEqual(['2031-02-03T00:00:00.000Z']);
    const core = await zip.file('docProps/core.xml')?.async('string');
    expect(core).toContain('2031-02-03T00:00:00Z');
    expect(core).toContain('beijing-two-voices 3.4.5');
  });
});

const readCsv = (path: string): string[][] => parse(readFileSync(path, 'utf8'), { record_delimiter: ['\n', '\r\n'] });

describe('dist/xlsx/beijing-two-voices.xlsx of the fresh build', () => {
  itWith(['soffice'], 'LibreOffice reads every sheet of a table with the rows and cell text of its CSV file', () => {
    const workbook = freshDist('xlsx', 'beijing-two-voices.xlsx');
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    // the last option, -1, writes every sheet to a file of its own
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    const result = spawnSync('soffice', [profile, '--headless', '--convert-to', filter, '--outdir', dir, workbook], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(result.status, result.stderr).toBe(0);
    for (const table of csvFiles) {
      const [header, ...rows] = readCsv(freshDist('csv', `${table.name}.csv`));
      const date = dateColumn(table);
      const expected =
        date < 0 ? [header, ...rows] : [[...header, 'year'], ...rows.map((row) => [...row, row[date].slice(0, 4)])];
      expect(readCsv(join(dir, `beijing-two-voices-${table.name}.csv`)), table.name).toEqual(expected);
    }
  });
});
