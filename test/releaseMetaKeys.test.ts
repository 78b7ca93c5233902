/**
 * One vocabulary for the release in every output of the fresh build: the package's `meta` (ES module and CommonJS),
 * all.json's `meta`, the SQLite table `dataset`, each Parquet file's key-value metadata and the workbook's About
 * sheet give exactly the names of releaseMetaKeys, in that order, with the same values: `datasetCitation` for the
 * dataset and `reportCitation` for the report, never a bare `citation`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parquetMetadata } from 'hyparquet';
import JSZip from 'jszip';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { releaseMetaKeys } from '../scripts/lib/release.js';
import { freshDist } from './helpers/freshDist.js';

const keys: string[] = [...releaseMetaKeys];
const all = JSON.parse(readFileSync(freshDist('json', 'all.json'), 'utf8'));
const entries = (meta: Record<string, unknown>) => Object.entries(meta);

describe('the release in every output', () => {
  it('is all.json’s meta: the names of releaseMetaKeys in order, a dataset and a report citation', () => {
    expect(Object.keys(all.meta)).toEqual(keys);
    expect(all.meta.datasetCitation).toContain(`(Version ${all.meta.version}) [Data set]`);
    expect(all.meta.reportCitation).toContain('Brookings Institution');
  });

  it('is the package’s meta, from ESM and CommonJS alike', async () => {
    const esm = await import(pathToFileURL(freshDist('esm', 'index.js')).href);
    const cjs = createRequire(import.meta.url)(freshDist('cjs', 'index.cjs'));
    for (const { meta } of [esm, cjs]) expect(entries(meta)).toEqual(entries(all.meta));
  });

  it('is the one row of the SQLite table dataset', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database(readFileSync(freshDist('sqlite', 'beijing-two-voices.db')));
    try {
      const [table] = db.exec('SELECT * FROM dataset');
      expect(table.columns).toEqual(keys);
      expect(table.values).toEqual([keys.map((key) => all.meta[key])]);
    } finally {
      db.close();
    }
  });

  it('is the key-value metadata of every Parquet file, before its table and description', () => {
    const files = readdirSync(freshDist('parquet')).filter((name) => name.endsWith('.parquet'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const bytes = readFileSync(freshDist('parquet', name));
      const { key_value_metadata } = parquetMetadata(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
      );
      const pairs = (key_value_metadata ?? []).map(({ key, value }) => [key, value]);
      expect(pairs.slice(0, -2), name).toEqual(entries(all.meta));
      expect(
        pairs.slice(-2).map(([key]) => key),
        name,
      ).toEqual(['table', 'description']);
    }
  });

  it('is the rows of the workbook’s About sheet after its title', async () => {
    const zip = await JSZip.loadAsync(readFileSync(freshDist('xlsx', 'beijing-two-voices.xlsx')));
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    const unescaped = (text: string) =>
      text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    // the About sheet's cells are inline strings: each row's first two are its name and value
    const cells = (row: string) => [...row.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map(([, text]) => unescaped(text));
    const rows = [...sheet.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map(([, row]) => cells(row));
    expect(rows[1][0]).toBe('title');
    const release = rows.slice(2, 2 + keys.length);
    expect(release.map(([key]) => key)).toEqual(keys);
    for (const [key, value] of release) {
      // the licence's cell says what it covers after its name
      if (key === 'license') expect(value).toMatch(new RegExp(`^${all.meta.license} \\(`));
      else expect(value, key).toBe(all.meta[key]);
    }
  });
});
