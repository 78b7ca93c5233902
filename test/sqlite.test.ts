/**
 * dist/sqlite/beijing-two-voices.db read the way its users read it: with sql.js, with Python's sqlite3 and with
 * the sqlite3 command. Its tables hold the published records, typed and keyed; its views the CSV files' rows;
 * its full-text index every text; and the same data always gives the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import initSqlJs from 'sql.js';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionNames } from '../schema/index.js';
import { openDatabase } from '../scripts/exporters/sqlite/openDatabase.js';
import { searchedTexts } from '../scripts/exporters/sqlite/searchTable.js';
import { exportSqlite } from '../scripts/exporters/sqlite.js';
import { createDataset } from '../scripts/lib/createDataset.js';
import { readRelease } from '../scripts/lib/readRelease.js';
import { validateData } from '../scripts/validateData.js';
import { freshDist } from './helpers/freshDist.js';
import { itWith } from './helpers/optionalPrograms.js';
import { root } from './helpers/runScript.js';

type Json = Record<string, unknown>;
type Row = Record<string, unknown>;

const distDir = freshDist();
const dbPath = join(distDir, 'sqlite/beijing-two-voices.db');
const sqlJs = await initSqlJs();
const db = new sqlJs.Database(readFileSync(dbPath));
afterAll(() => db.close());

function query(sql: string): Row[] {
  const [result] = db.exec(sql);
  if (!result) return [];
  return result.values.map((values) => Object.fromEntries(result.columns.map((column, i) => [column, values[i]])));
}

const readJson = (path: string) => JSON.parse(readFileSync(join(distDir, path), 'utf8'));
const all: Record<string, Json | Json[]> = readJson('json/all.json');
const recordsOf = (collection: string): Json[] => [all[collection] as Json | Json[]].flat();
const dataPackage = readJson('datapackage.json') as {
  resources: {
    name: string;
    path: string;
    schema: { fields: { name: string; type: string }[]; foreignKeys?: { fields: string; reference: Json }[] };
  }[];
};
const sqlName = (name: string) => name.replaceAll('-', '_');
const readCsv = (path: string): string[][] =>
  parse(readFileSync(join(distDir, path), 'utf8'), { record_delimiter: '\n' });

/** A value as the database stores it: booleans as 0 and 1. */
const stored = (value: unknown) => (typeof value === 'boolean' ? Number(value) : value);

describe('dist/sqlite/beijing-two-voices.db', () => {
  it('has a table for every file of datapackage.json, and a readable view for each collection', () => {
    const objects = query("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view')");
    const tables = objects.filter((o) => o.type === 'table').map((o) => o.name);
    const views = objects.filter((o) => o.type === 'view').map((o) => o.name);
    for (const resource of dataPackage.resources) expect(tables).toContain(sqlName(resource.name));
    expect(tables).toContain('search');
    expect(views.sort()).toEqual(collectionNames.map((name) => `${name}_readable`).sort());
  });

  for (const collection of collectionNames) {
    it(`${collection}: one row per published record, every single value typed as in the JSON`, () => {
      const records = recordsOf(collection);
      const rows = query(`SELECT * FROM ${collection} ORDER BY rowid`);
      expect(rows.length).toBe(records.length);
      const scalar = Object.keys(records[0]).filter((field) => !records.some((record) => Array.isArray(record[field])));
      expect(Object.keys(rows[0]).sort()).toEqual(scalar.sort());
      records.forEach((record, i) => {
        for (const field of scalar) expect(rows[i]?.[field], `${record.id} ${field}`).toEqual(stored(record[field]));
      });
      const declared = new Map(query(`PRAGMA table_info(${collection})`).map((column) => [column.name, column.type]));
      for (const field of scalar) {
        const kinds = new Set(records.map((record) => typeof record[field]).filter((kind) => kind !== 'object'));
        const expected = kinds.has('string') ? 'TEXT' : 'INTEGER';
        expect(declared.get(field), field).toBe(expected);
      }
    });
  }

  for (const resource of dataPackage.resources) {
    const table = sqlName(resource.name);
    it(`${table}: declares the primary and foreign keys of datapackage.json`, () => {
      const declared = query(`PRAGMA foreign_key_list(${table})`).map((key) => ({
        fields: key.from,
        reference: { resource: String(key.table).replaceAll('_', '-'), fields: key.to },
      }));
      expect(declared.sort((a, b) => String(a.fields).localeCompare(String(b.fields)))).toEqual(
        [...(resource.schema.foreignKeys ?? [])].sort((a, b) => a.fields.localeCompare(b.fields)),
      );
      const primary = query(`PRAGMA table_info(${table})`)
        .filter((column) => Number(column.pk) > 0)
        .sort((a, b) => Number(a.pk) - Number(b.pk))
        .map((column) => column.name);
      expect(primary.length).toBeGreaterThan(0);
    });
  }

  it('the link tables hold the rows of their CSV files', () => {
    for (const resource of dataPackage.resources.filter((candidate) => candidate.name.includes('-'))) {
      const [header, ...rows] = readCsv(resource.path);
      const fromDb = query(`SELECT * FROM ${sqlName(resource.name)} ORDER BY rowid`);
      expect(fromDb.map((row) => header.map((column) => String(row[column])))).toEqual(rows);
    }
  });

  it('has no broken foreign key and passes the integrity check', () => {
    expect(query('PRAGMA foreign_key_check')).toEqual([]);
    expect(query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('refuses a link to a person who does not exist, with foreign keys on', () => {
    const copy = new sqlJs.Database(readFileSync(dbPath));
    copy.run('PRAGMA foreign_keys = ON');
    const [quote] = recordsOf('quotes');
    expect(() => copy.run(`INSERT INTO quote_speakers VALUES ('${quote.id}', 99, 'no-such-person')`)).toThrow(
      /FOREIGN KEY/,
    );
    copy.close();
  });

  for (const collection of collectionNames) {
    it(`${collection}_readable: has the columns and rows of ${collection}.csv`, () => {
      const [header, ...rows] = readCsv(`csv/${collection}.csv`);
      const cell = (value: unknown) => (value === null ? '' : String(value));
      const view = query(`SELECT * FROM ${collection}_readable`);
      expect(Object.keys(view[0] ?? {})).toEqual(header);
      expect(view.map((row) => header.map((name) => cell(row[name])))).toEqual(rows);
    });
  }

  it('finds by full-text search (FTS4, in sql.js too) every indexed text that has the word', () => {
    for (const word of ['standards', 'huawei', 'security']) {
      const expected = searchedTexts.flatMap(({ collection, field }) =>
        recordsOf(collection)
          .filter((record) => new RegExp(`\\b${word}\\b`, 'i').test(String(record[field])))
          .map((record) => `${collection} ${record.id} ${field}`),
      );
      const found = query(`SELECT collection, id, field FROM search WHERE search MATCH '${word}'`);
      expect(expected.length, word).toBeGreaterThan(0);
      expect(found.map((row) => `${row.collection} ${row.id} ${row.field}`).sort(), word).toEqual(expected.sort());
    }
  });

  it('is built the same, byte for byte, every time, and as the build writes it', () => {
    const validation = validateData(join(root, 'data'));
    if (!validation.ok) throw new Error('data/ does not validate');
    const release = readRelease(root);
    const build = () => exportSqlite(createDataset(validation.data, release.version, release), new Map())[0]?.contents;
    const first = build();
    expect(Buffer.from(build() as Uint8Array).equals(Buffer.from(first as Uint8Array))).toBe(true);
    expect(Buffer.from(first as Uint8Array).equals(readFileSync(dbPath))).toBe(true);
  });

  itWith(['sqlite3'], 'the sqlite3 command finds the keys intact, the quotes and a full-text match', () => {
    const sql = [
      'PRAGMA foreign_keys = ON;',
      'PRAGMA foreign_key_check;',
      'PRAGMA integrity_check;',
      'SELECT count(*) FROM quotes;',
      "SELECT count(*) FROM search WHERE search MATCH 'standards';",
    ].join('\n');
    const result = spawnSync('sqlite3', ['-readonly', dbPath], { input: sql, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const [ok, quotes, matches] = result.stdout.trim().split('\n');
    expect(ok).toBe('ok');
    expect(Number(quotes)).toBe(recordsOf('quotes').length);
    expect(Number(matches)).toBeGreaterThan(0);
  });

  itWith(['python3'], 'Python’s sqlite3 reads the tables, the views and the full-text index', () => {
    const script = `
import json, sqlite3, sys
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
print(json.dumps({
  'broken': db.execute('PRAGMA foreign_key_check').fetchall(),
  'quotes': db.execute('SELECT count(*) FROM quotes').fetchone()[0],
  'speakers': db.execute('SELECT count(*) FROM quote_speakers').fetchone()[0],
  'names': db.execute("SELECT speakerNames FROM quotes_readable WHERE id = ?", (sys.argv[2],)).fetchone()[0],
  'matches': db.execute("SELECT count(*) FROM search WHERE search MATCH 'standards'").fetchone()[0],
}))`;
    const [quote] = recordsOf('quotes');
    const result = spawnSync('python3', ['-c', script, dbPath, String(quote.id)], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const answer = JSON.parse(result.stdout);
    const people = new Map(recordsOf('people').map((person) => [person.id, person.name]));
    expect(answer).toMatchObject({
      broken: [],
      quotes: recordsOf('quotes').length,
      speakers: recordsOf('quotes').flatMap((q) => q.speakers as string[]).length,
      names: (quote.speakers as string[]).map((id) => people.get(id)).join('; '),
    });
    expect(answer.matches).toBeGreaterThan(0);
  });
});

describe('dist/sqlite/metadata.json, for Datasette', () => {
  const metadata = readJson('sqlite/metadata.json');
  const report = all.report as Json;

  it('gives the licence, and the report as source with its URL', () => {
    expect(metadata.license_url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(metadata.source_url).toBe(report.url);
    expect(metadata.title).toContain('‘Cyber Great Power’');
  });

  // read with SQLite's WebAssembly build, which has FTS5, so that the trigram index's columns are seen too
  const full = openDatabase(readFileSync(dbPath));
  afterAll(() => full.close());
  const fullQuery = (sql: string) => full.selectObjects(sql) as Row[];
  const tables: Record<string, { description?: string; columns?: Record<string, string> }> =
    metadata.databases['beijing-two-voices'].tables;
  // the tables FTS keeps its index in: FTS5's are of type "shadow"; FTS4's, unknown to this SQLite, by their names
  const fts4Tables = /^search_(content|segments|segdir|docsize|stat)$/;
  const objects = fullQuery(
    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'view', 'virtual') AND name NOT LIKE 'sqlite_%'",
  )
    .map((row) => String(row.name))
    .filter((name) => !fts4Tables.test(name));
  // sql.js has FTS4 but not FTS5, SQLite's WebAssembly build FTS5 but not FTS4: each reads the index it has
  const columnsOf = (name: string) => {
    const sql = `SELECT name FROM pragma_table_info('${name}')`;
    const rows = name === 'search' ? query(sql) : fullQuery(sql);
    return rows.map((row) => String(row.name));
  };

  it('describes every table and view of the database, and each of their columns', () => {
    expect(objects).toEqual(
      expect.arrayContaining(['quotes', 'quotes_readable', 'search', 'search_trigram', 'dataset']),
    );
    for (const name of objects) {
      const described = tables[name];
      expect(described?.description, name).toBeTruthy();
      for (const column of columnsOf(name)) expect(described.columns?.[column], `${name}.${column}`).toBeTruthy();
    }
  });

  it('names only tables and columns that exist', () => {
    for (const [name, described] of Object.entries(tables)) {
      expect(objects, name).toContain(name);
      expect(
        Object.keys(described.columns ?? {}).filter((column) => !columnsOf(name).includes(column)),
        name,
      ).toEqual([]);
    }
  });
});
