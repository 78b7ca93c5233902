/**
 * dist/xlsx/beijing-two-voices.xlsx read back by LibreOffice (each sheet converted to CSV) cell by cell against
 * dist/csv/, and by openpyxl for what a CSV cannot show: frozen, filterable headers, cell types, no formulas, the
 * About sheet and the document's properties. Built the same, byte for byte, every time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { csvFiles } from '../scripts/exporters/tables/csvFiles.js';
import { isDateColumn } from '../scripts/exporters/xlsx/isDateColumn.js';
import { exportXlsx } from '../scripts/exporters/xlsx.js';
import { freshDist } from './helpers/freshDist.js';
import { itWhen, itWith } from './helpers/optionalPrograms.js';
import { pythonWith } from './helpers/optionalResources.js';
import { releasedFixture } from './helpers/releasedFixture.js';

const workbook = freshDist('xlsx', 'beijing-two-voices.xlsx');
const readCsv = (path: string): string[][] => parse(readFileSync(path, 'utf8'), { record_delimiter: ['\n', '\r\n'] });
const dir = mkdtempSync(join(tmpdir(), 'btv-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rows of dist/csv/<table>.csv as the workbook should hold them: with the year of its date appended. */
function expectedRows(table: (typeof csvFiles)[number]): string[][] {
  const [header, ...rows] = readCsv(freshDist('csv', `${table.name}.csv`));
  const date = table.columns.findIndex(isDateColumn);
  if (date < 0) return [header, ...rows];
  return [[...header, 'year'], ...rows.map((row) => [...row, row[date].slice(0, 4)])];
}

describe('dist/xlsx/beijing-two-voices.xlsx', () => {
  itWith(['soffice'], 'LibreOffice reads every sheet of a table with the rows and cell text of its CSV file', () => {
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    // the last option, -1, writes every sheet to a file of its own
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    const result = spawnSync('soffice', [profile, '--headless', '--convert-to', filter, '--outdir', dir, workbook], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(result.status, result.stderr).toBe(0);
    for (const table of csvFiles) {
      const sheet = readCsv(join(dir, `beijing-two-voices-${table.name}.csv`));
      const expected = expectedRows(table);
      expect(sheet.length, table.name).toBe(expected.length);
      expected.forEach((row, i) => {
        expect(sheet[i], `${table.name} row ${i + 1}`).toEqual(row);
      });
    }
  });

  const python = pythonWith('openpyxl');
  itWhen(
    python !== undefined,
    'python3 with openpyxl (apt-get install python3-openpyxl)',
    'openpyxl finds frozen, filterable headers, numbers for integers, no formula, and the release',
    () => {
      const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
sheets = {}
for ws in wb.worksheets:
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    sheets[ws.title] = {
        'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref, 'rows': ws.max_row, 'columns': ws.max_column,
        'types': sorted({c.data_type for c in cells}),
        'numbers': sorted({ws.cell(1, c.column).value for c in cells if c.data_type == 'n'}),
        'values': [[c.value for c in row] for row in ws.iter_rows()] if ws.title == 'About' else None,
    }
p = wb.properties
print(json.dumps({'sheets': sheets, 'names': wb.sheetnames, 'created': p.created.isoformat(), 'subject': p.subject}))`;
      const result = spawnSync(python ?? 'python3', ['-c', script, workbook], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      const answer = JSON.parse(result.stdout);
      const meta = JSON.parse(readFileSync(freshDist('json', 'all.json'), 'utf8')).meta;
      expect(answer.names).toEqual(['About', ...csvFiles.map((table) => table.name)]);
      expect(answer.created).toBe(`${meta.released}T00:00:00`);
      expect(answer.subject).toBe(`${meta.name} ${meta.version}`);
      for (const table of csvFiles) {
        const sheet = answer.sheets[table.name];
        const expected = expectedRows(table);
        expect(sheet.freeze, table.name).toBe('A2');
        expect(sheet.filter, table.name).toBe(`A1:${String.fromCharCode(64 + expected[0].length)}${expected.length}`);
        expect(
          sheet.types.filter((type: string) => type !== 's' && type !== 'n'),
          table.name,
        ).toEqual([]);
        const integers = table.columns.filter((column) => column.type === 'integer' && !column.list).map((c) => c.name);
        const years = table.columns.some(isDateColumn) ? ['year'] : [];
        // a sheet with no row below its header (a list no record fills yet) holds no number
        const numbers = expected.length > 1 ? [...integers, ...years].sort() : [];
        expect(sheet.numbers, table.name).toEqual(numbers);
      }
      const about: (string | null)[][] = answer.sheets.About.values;
      expect(about.find((row) => row[0] === 'version')?.[1]).toBe(meta.version);
      expect(about.find((row) => row[0] === 'released')?.[1]).toBe(meta.released);
      expect(about.find((row) => row[0] === 'citation')?.[1]).toBe(meta.citation);
      const datapackage = JSON.parse(readFileSync(freshDist('datapackage.json'), 'utf8'));
      for (const resource of datapackage.resources) {
        expect(about.find((row) => row[0] === resource.name && row[1] === null)?.[3]).toBe(resource.description);
        for (const field of resource.schema.fields) {
          const row = about.find((candidate) => candidate[0] === resource.name && candidate[1] === field.name);
          expect(row?.slice(2), `${resource.name}.${field.name}`).toEqual([field.type, field.description]);
        }
      }
    },
  );

  it('in process: the same bytes every time, every file of the zip dated by the release', async () => {
    const build = () => exportXlsx(releasedFixture(), new Map())[0].contents as Uint8Array;
    const first = build();
    expect(Buffer.from(build()).equals(Buffer.from(first))).toBe(true);
    const zip = await JSZip.loadAsync(first);
    const dates = new Set(Object.values(zip.files).map((file) => file.date.toISOString()));
    expect([...dates]).toEqual(['2031-02-03T00:00:00.000Z']);
    const core = await zip.file('docProps/core.xml')?.async('string');
    expect(core).toContain('2031-02-03T00:00:00Z');
    expect(core).toContain('beijing-two-voices 3.4.5');
  });
});
