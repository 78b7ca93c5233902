/**
 * LibreOffice's command-line conversion of the spreadsheet CSV: with the character set docs/files.md names, the
 * Chinese arrives intact; without it, LibreOffice ignores the BOM and garbles it, which is why docs/files.md says so.
 * Each date column arrives as text in every cell, where the same dates written bare arrive as dates, numbers and text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvFiles } from '../scripts/exporters/tables/csvFiles.js';
import { isDateColumn } from '../scripts/exporters/tables/isDateColumn.js';
import { freshDist } from './helpers/freshDist.js';
import { itWith } from './helpers/optionalPrograms.js';
import { documentationPage, inlineCommands, markdownSection } from './helpers/readmeExamples.js';

const [command] = inlineCommands(
  markdownSection(documentationPage('docs/files.md'), 'CSV for data tools and for spreadsheets'),
  ['soffice'],
);
const dir = mkdtempSync(join(tmpdir(), 'btv-libreoffice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs a soffice command line, its file dist/csv-excel/quotes.csv replaced by `files` of the fresh build, in a
 * folder of its own; each file as LibreOffice converted it to `format` (for HTML or flat ODS, to read back).
 */
function convert(commandLine: string, folder: string, format: string, files = ['csv-excel/quotes.csv']): string[] {
  for (const file of files) {
    mkdirSync(join(dir, folder, 'dist', file, '..'), { recursive: true });
    cpSync(freshDist(file), join(dir, folder, 'dist', file));
  }
  const args = commandLine
    .split(' ')
    .slice(1)
    .flatMap((arg) =>
      arg === 'ods' ? [format] : arg === 'dist/csv-excel/quotes.csv' ? files.map((file) => `dist/${file}`) : [arg],
    );
  // a profile of its own, so runs do not collide
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  const result = spawnSync('soffice', [profile, ...args], {
    cwd: join(dir, folder),
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return files.map((file) => readFileSync(join(dir, folder, basename(file).replace(/csv$/, format)), 'utf8'));
}

interface OdsCell {
  /** office:value-type: "string", "float", "date"…; "" for an empty cell. */
  type: string;
  text: string;
}

const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '',
  );

/** The rows of the first sheet of a flat ODS file, each cell with its type and its text, repeated cells repeated. */
function odsRows(fods: string): OdsCell[][] {
  const sheet = fods.slice(fods.indexOf('<table:table '), fods.indexOf('</table:table>'));
  return [...sheet.matchAll(/<table:table-row\b[^>]*>(.*?)<\/table:table-row>/gs)].map(([, row]) =>
    [...(row ?? '').matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>(.*?)<\/table:table-cell>)/gs)].flatMap(
      ([, attributes = '', content = '']) => {
        const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
        const text =
          attribute('office:string-value') ??
          [...content.matchAll(/<text:p>(.*?)<\/text:p>/gs)].map((p) => p[1]).join('\n');
        const cell = { type: attribute('office:value-type') ?? '', text: unescapeXml(text) };
        return Array.from({ length: Number(attribute('table:number-columns-repeated') ?? 1) }, () => cell);
      },
    ),
  );
}

/** Each date column of a converted table: its name, and the type of each of its cells but the empty ones. */
function dateColumnTypes(fods: string, tableName: string): Record<string, string[]> {
  const [header = [], ...rows] = odsRows(fods);
  const table = csvFiles.find((candidate) => candidate.name === tableName);
  return Object.fromEntries(
    (table?.columns.filter(isDateColumn) ?? []).map(({ name }) => {
      const at = header.findIndex((cell) => cell.text === name);
      return [name, rows.map((row) => row[at]?.type ?? '').filter((type) => type !== '')];
    }),
  );
}

const han = /\p{Script=Han}+/gu;
const quotes: { source: string | null; date: string | null }[] = JSON.parse(
  readFileSync(freshDist('json/quotes.json'), 'utf8'),
);
const sources: { id: string; title: string }[] = JSON.parse(readFileSync(freshDist('json/sources.json'), 'utf8'));
const chinese = [
  ...new Set(quotes.flatMap((quote) => sources.find((source) => source.id === quote.source)?.title.match(han) ?? [])),
];

describe('the spreadsheet CSV in LibreOffice, from the command line', () => {
  it('docs/files.md gives the command, naming UTF-8 in the import filter', () => {
    expect(command).toMatch(/^soffice .*--infilter=CSV:44,34,76 .*dist\/csv-excel\/quotes\.csv$/);
    expect(chinese.length).toBeGreaterThan(0);
  });

  itWith(['soffice'], 'with the command of docs/files.md, every Chinese title arrives intact', () => {
    const [html = ''] = convert(command ?? '', 'named', 'html');
    for (const text of chinese) expect(html).toContain(text);
  });

  itWith(['soffice'], 'without the character set, it does not: the BOM alone is ignored', () => {
    const [html = ''] = convert((command ?? '').replace(/ --infilter=\S+/, ''), 'unnamed', 'html');
    expect(chinese.filter((text) => html.includes(text))).toEqual([]);
  });

  const withDates = csvFiles.filter((table) => table.columns.some(isDateColumn)).map((table) => table.name);

  it('quotes.csv has a date column, its cells written as text formulas', () => {
    expect(withDates).toContain('quotes');
    expect(readFileSync(freshDist('csv-excel/quotes.csv'), 'utf8')).toContain(',"=""2016""",');
  });

  itWith(['soffice'], 'with the command of docs/files.md, each date column is text in every cell, as written', () => {
    const converted = convert(
      command ?? '',
      'dates',
      'fods',
      withDates.map((name) => `csv-excel/${name}.csv`),
    );
    converted.forEach((fods, at) => {
      const types = dateColumnTypes(fods, withDates[at] ?? '');
      expect(Object.keys(types).length, withDates[at]).toBeGreaterThan(0);
      for (const [name, cells] of Object.entries(types))
        expect(new Set(cells), `${withDates[at]}.csv ${name}`).toEqual(new Set(['string']));
    });
    // the text is the date as the data has it, in the same rows
    const [header = [], ...rows] = odsRows(converted[withDates.indexOf('quotes')] ?? '');
    const at = header.findIndex((cell) => cell.text === 'date');
    expect(rows.slice(0, quotes.length).map((row) => row[at]?.text)).toEqual(quotes.map((quote) => quote.date ?? ''));
  });

  itWith(['soffice'], 'the same dates written bare, as dist/csv/ has them, arrive as dates, numbers and text', () => {
    const [fods = ''] = convert(command ?? '', 'bare', 'fods', ['csv/quotes.csv']);
    expect(new Set(dateColumnTypes(fods, 'quotes').date)).toEqual(new Set(['date', 'float', 'string']));
  });
});
