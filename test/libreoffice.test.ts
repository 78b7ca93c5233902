/**
 * LibreOffice's command-line conversion of the spreadsheet CSV: with the character set docs/files.md names, the
 * Chinese arrives intact; without it, LibreOffice ignores the BOM and garbles it, which is why docs/files.md says so.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDist } from './helpers/freshDist.js';
import { itWith } from './helpers/optionalPrograms.js';
import { documentationPage, inlineCommands, markdownSection } from './helpers/readmeExamples.js';

const [command] = inlineCommands(
  markdownSection(documentationPage('docs/files.md'), 'CSV for data tools and for spreadsheets'),
  ['soffice'],
);
const dir = mkdtempSync(join(tmpdir(), 'btv-libreoffice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a soffice command line in a folder holding dist/csv-excel/quotes.csv; the cells it read, as HTML. */
function convert(commandLine: string, folder: string): string {
  mkdirSync(join(dir, folder, 'dist/csv-excel'), { recursive: true });
  cpSync(freshDist('csv-excel/quotes.csv'), join(dir, folder, 'dist/csv-excel/quotes.csv'));
  // HTML rather than a zipped spreadsheet, to read the cells back; a profile of its own, so runs do not collide
  const args = commandLine
    .split(' ')
    .slice(1)
    .map((arg) => (arg === 'ods' ? 'html' : arg));
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  const result = spawnSync('soffice', [profile, ...args], {
    cwd: join(dir, folder),
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(join(dir, folder, 'quotes.html'), 'utf8');
}

const han = /\p{Script=Han}+/gu;
const quotes: { source: string | null }[] = JSON.parse(readFileSync(freshDist('json/quotes.json'), 'utf8'));
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
    const html = convert(command ?? '', 'named');
    for (const text of chinese) expect(html).toContain(text);
  });

  itWith(['soffice'], 'without the character set, it does not: the BOM alone is ignored', () => {
    const html = convert((command ?? '').replace(/ --infilter=\S+/, ''), 'unnamed');
    expect(chinese.filter((text) => html.includes(text))).toEqual([]);
  });
});
