/**
 * The SQLite exporter called in process: the database it makes holds the published records typed and keyed as
 * datapackage.json keys the CSV files, a view per collection with the rows of its CSV file, and full-text indexes;
 * metadata.json describes it all, and the same data gives the same bytes. And the fresh build's database read the
 * way its users read it besides sql.js: with the sqlite3 command and with Python's sqlite3.
 */
import { spawnSync } from 'node:child_process';
import initSqlJs, { type Database } from 'sql.js';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../schema/index.js';
import { exportCsv } from '../../scripts/exporters/csv.js';
import { exportDatapackage } from '../../scripts/exporters/datapackage.js';
import { exportJson } from '../../scripts/exporters/json.js';
import { searchedTexts } from '../../scripts/exporters/sqlite/searchTable.js';
import { sqlJs as buildEngine } from '../../scripts/exporters/sqlite/sqlJs.js';
import { exportSqlite } from '../../scripts/exporters/sqlite.js';
import type { Dataset } from '../../scripts/lib/createDataset.js';
import {
  csvRowsOf,
  datasetNow,
  exportedNow,
  type Files,
  linkTableNames,
  textOf,
  withEvidence,
} from '../helpers/exportedNow.js';
import { freshDist } from '../helpers/freshDist.js';
import { itWith } from '../helpers/optionalPrograms.js';
import { sqlRows } from '../helpers/sqlRows.js';

type Row = Record<string, unknown>;

const sqlJs = await initSqlJs();
const dbPath = 'sqlite/beijing-two-voices.db';

/** The database made now from data/, open for the test, closed after it. */
function withDatabase(test: (db: Database, files: Files, dataset: Dataset) => void): void {
  const dataset = datasetNow(withEvidence);
  const files = exportedNow(dataset, exportCsv, exportSqlite);
  const bytes = files.get(dbPath);
  if (!(bytes instanceof Uint8Array)) throw new Error(`${dbPath} was not written as bytes`);
  const db = new sqlJs.Database(bytes);
  try {
    db.run('PRAGMA foreign_keys = ON;');
    test(db, files, dataset);
  } finally {
    db.close();
  }
}

const csvRows = (files: Files, name: string) => csvRowsOf(files, `csv/${name}.csv`);
const sqlName = (name: string) => name.replaceAll('-', '_');

describe('the SQLite database made in process', () => {
  it('has a table per CSV file, a readable view per collection and the full-text index', () =>
    withDatabase((db) => {
      const objects = sqlRows(
        db,
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'search_%'",
      );
      const names = (type: string) =>
        objects
          .filter((o) => o.type === type)
          .map((o) => o.name as string)
          .sort();
      expect(names('table')).toEqual(
        expect.arrayContaining([...collectionNames, ...linkTableNames.map(sqlName), 'search']),
      );
      expect(names('view')).toEqual(collectionNames.map((name) => `${name}_readable`).sort());
      expect(sqlRows(db, 'PRAGMA page_size')).toEqual([{ page_size: 4096 }]);
    }));

  it.each(collectionNames)(
    '%s: one row per record, each single value as the JSON has it, booleans as 0 and 1',
    (name) =>
      withDatabase((db, _files, dataset) => {
        const records = [dataset[name]].flat() as unknown as Row[];
        const rows = sqlRows(db, `SELECT * FROM ${name} ORDER BY rowid`);
        expect(rows).toHaveLength(records.length);
        records.forEach((record, at) => {
          for (const [column, value] of Object.entries(rows[at]))
            expect(value, `${name} ${record.id} ${column}`).toEqual(
              typeof record[column] === 'boolean' ? Number(record[column]) : record[column],
            );
          const singles = Object.keys(record).filter((field) => !Array.isArray(record[field]));
          expect(Object.keys(rows[at]).sort(), name).toEqual(singles.sort());
        });
        // a column holding text in any record is TEXT, one holding only numbers and booleans INTEGER
        const declared = new Map(sqlRows(db, `PRAGMA table_info(${name})`).map((column) => [column.name, column.type]));
        for (const field of Object.keys(rows[0])) {
          const kinds = new Set(records.map((record) => typeof record[field]).filter((kind) => kind !== 'object'));
          expect(declared.get(field), `${name}.${field}`).toBe(kinds.has('string') ? 'TEXT' : 'INTEGER');
        }
      }),
  );

  it.each([...collectionNames, ...linkTableNames])(
    '%s: the rows of its CSV file, in its view or its link table',
    (name) =>
      withDatabase((db, files) => {
        const [header, ...cells] = csvRows(files, name);
        const table = collectionNames.includes(name as never) ? `${name}_readable` : sqlName(name);
        const [result] = db.exec(`SELECT * FROM ${table}`);
        expect(result.columns).toEqual(header);
        const asCsv = (value: unknown) => (value === null ? '' : String(value));
        // a yes-or-no value, stored as 1 or 0, reads "true" or "false" in a view as in the CSV
        expect(result.values.map((row) => row.map(asCsv))).toEqual(cells);
      }),
  );

  it('types and keys each table as datapackage.json does, and checks its foreign keys', () =>
    withDatabase((db) => {
      const columns = (table: string) => sqlRows(db, `PRAGMA table_info(${table})`);
      const keysOf = (table: string) =>
        sqlRows(db, `PRAGMA foreign_key_list(${table})`).map((key) => `${key.from} → ${key.table}.${key.to}`);
      expect(columns('takeaways').map(({ name, type, notnull, pk }) => [name, type, notnull, pk])).toEqual([
        ['id', 'TEXT', 1, 1],
        ['number', 'INTEGER', 1, 0],
        ['text', 'TEXT', 1, 0],
        ['theme', 'TEXT', 1, 0],
        ['reportLink', 'TEXT', 1, 0],
      ]);
      expect(keysOf('takeaways')).toEqual(['theme → themes.id']);
      expect(keysOf('quote_speakers').sort()).toEqual(['person → people.id', 'quote → quotes.id']);
      expect(columns('quote_speakers').map(({ name, pk }) => [name, pk])).toEqual([
        ['quote', 1],
        ['position', 2],
        ['person', 0],
      ]);
      expect(sqlRows(db, 'PRAGMA foreign_key_check')).toEqual([]);
      expect(sqlRows(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    }));

  it('declares the primary key of every table, and the foreign keys of datapackage.json', () =>
    withDatabase((db, _files, dataset) => {
      const files = exportedNow(dataset, exportCsv, exportDatapackage);
      const { resources } = JSON.parse(textOf(files, 'datapackage.json')) as {
        resources: { name: string; schema: { foreignKeys?: { fields: string; reference: Row }[] } }[];
      };
      const byField = (a: { fields: unknown }, b: { fields: unknown }) =>
        String(a.fields).localeCompare(String(b.fields));
      for (const resource of resources) {
        const table = sqlName(resource.name);
        const declared = sqlRows(db, `PRAGMA foreign_key_list(${table})`).map((key) => ({
          fields: key.from,
          reference: { resource: String(key.table).replaceAll('_', '-'), fields: key.to },
        }));
        expect(declared.sort(byField), table).toEqual([...(resource.schema.foreignKeys ?? [])].sort(byField));
        const primary = sqlRows(db, `PRAGMA table_info(${table})`).filter((column) => Number(column.pk) > 0);
        expect(primary.length, table).toBeGreaterThan(0);
      }
    }));

  it('refuses a row that breaks a key, a required value, a choice of values or a yes-or-no column', () =>
    withDatabase((db) => {
      const refused = (sql: string) => expect(() => db.run(sql), sql).toThrow(/constraint failed/);
      refused("INSERT INTO quote_speakers (quote, position, person) VALUES ('q-t1-1', 99, 'nobody')");
      refused("INSERT INTO themes (id, number, heading) VALUES ('t-new', 99, NULL)");
      refused("UPDATE quotes SET voice = 'neither' WHERE rowid = 1");
      refused('UPDATE quotes SET attributionShared = 2 WHERE rowid = 1');
      refused('UPDATE takeaways SET number = (SELECT number FROM takeaways WHERE rowid = 2) WHERE rowid = 1');
      refused("INSERT INTO themes (id, number, heading) VALUES ((SELECT id FROM themes LIMIT 1), 99, 'x')");
      expect(() => db.run('UPDATE quotes SET attributionShared = 1 WHERE rowid = 1')).not.toThrow();
    }));

  it('finds every text of takeaways, quotes, endnotes and annotations by a word of it', () =>
    withDatabase((db, _files, dataset) => {
      const texts: [string, { id: string }[], (record: never) => string][] = [
        ['takeaways', dataset.takeaways, (r: { text: string }) => r.text],
        ['quotes', dataset.quotes, (r: { text: string }) => r.text],
        ['endnotes', dataset.endnotes, (r: { text: string }) => r.text],
        ['annotations', dataset.annotations, (r: { note: string }) => r.note],
      ];
      const indexed = sqlRows(db, 'SELECT collection, id, text FROM search');
      const expected = texts.flatMap(([collection, records, text]) =>
        records.map((record) => ({ collection, id: record.id, text: text(record as never) })),
      );
      expect(indexed).toEqual(expect.arrayContaining(expected));
      const matches = sqlRows(db, "SELECT collection, id FROM search WHERE search MATCH 'huawei'");
      expect(matches.length).toBeGreaterThan(1);
      for (const match of matches) expect(match.collection).not.toBe('huawei');
      // the collection and id are stored, not indexed: a search for a collection's name finds only texts holding it
      for (const { text } of sqlRows(db, "SELECT text FROM search WHERE search MATCH 'takeaways'"))
        expect(String(text).toLowerCase()).toContain('takeaways');
    }));

  it('finds by full-text search (FTS4, in sql.js too) every indexed text that has the word, and no other', () =>
    withDatabase((db, _files, dataset) => {
      for (const word of ['standards', 'huawei', 'security']) {
        const expected = searchedTexts.flatMap(({ collection, field }) =>
          ([dataset[collection as keyof Dataset]].flat() as unknown as Row[])
            .filter((record) => new RegExp(`\\b${word}\\b`, 'i').test(String(record[field])))
            .map((record) => `${collection} ${record.id} ${field}`),
        );
        const found = sqlRows(db, `SELECT collection, id, field FROM search WHERE search MATCH '${word}'`);
        expect(expected.length, word).toBeGreaterThan(0);
        expect(found.map((row) => `${row.collection} ${row.id} ${row.field}`).sort(), word).toEqual(expected.sort());
      }
    }));

  it('is the same bytes every time', () => {
    const build = () => Buffer.from(exportSqlite(datasetNow(), new Map())[0].contents as Uint8Array);
    expect(build().equals(build())).toBe(true);
  });

  it('describes in metadata.json every table, view and column it holds, FTS5 index too, and none it does not', () => {
    const files = exportedNow(datasetNow(), exportSqlite);
    const tables: Record<string, { description?: string; columns?: Record<string, string> }> = JSON.parse(
      textOf(files, 'sqlite/metadata.json'),
    ).databases['beijing-two-voices'].tables;
    const bytes = files.get(dbPath) as Uint8Array;
    // sql.js has FTS4 but not FTS5: the engine that builds the file, which has both, lists it whole, the tables
    // each index keeps itself in (type 'shadow') apart
    const full = new buildEngine.Database(bytes);
    try {
      const objects = sqlRows(
        full,
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'view', 'virtual') AND name NOT LIKE 'sqlite_%'",
      ).map((row) => String(row.name));
      const columnsOf = (name: string) =>
        sqlRows(full, `SELECT name FROM pragma_table_info('${name}')`).map((row) => String(row.name));
      expect(objects).toEqual(
        expect.arrayContaining(['quotes', 'quotes_readable', 'search', 'search_trigram', 'dataset']),
      );
      for (const name of objects) {
        expect(tables[name]?.description, name).toBeTruthy();
        for (const column of columnsOf(name)) expect(tables[name].columns?.[column], `${name}.${column}`).toBeTruthy();
      }
      for (const [name, described] of Object.entries(tables)) {
        expect(objects, name).toContain(name);
        const columns = columnsOf(name);
        expect(
          Object.keys(described.columns ?? {}).filter((column) => !columns.includes(column)),
          name,
        ).toEqual([]);
      }
    } finally {
      full.close();
    }
  });

  it('describes each table, view and column in metadata.json, with the licence and the report as source', () => {
    const dataset = datasetNow();
    const files = exportedNow(dataset, exportSqlite);
    const text = textOf(files, 'sqlite/metadata.json');
    const metadata = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(metadata, null, 2)}\n`);
    const { report } = dataset;
    const title = `“${report.title.replaceAll('“', '‘').replaceAll('”', '’')}”`;
    expect(metadata).toMatchObject({
      title: `Records of ${title}`,
      description: `The takeaways, quotes, endnotes, cited works and people of the report (${report.publisher}, ${report.issued}), every text verbatim, version ${dataset.version} of the dataset.`,
      license: 'CC BY 4.0 (the compilation and annotations; the quoted texts remain their authors’)',
      license_url: 'https://creativecommons.org/licenses/by/4.0/',
      source: `${report.publisher}, ${title}`,
      source_url: report.url,
    });
    const tables = metadata.databases['beijing-two-voices'].tables;
    expect(Object.keys(tables)).toEqual(
      expect.arrayContaining([
        ...collectionNames,
        ...collectionNames.map((name) => `${name}_readable`),
        ...linkTableNames.map(sqlName),
        'search',
      ]),
    );
    expect(tables.quotes.description).toBe('One row per quote. The rows of csv/quotes.csv, typed and keyed.');
    expect(tables.quotes_readable.description).toBe(
      'One row per quote. The columns of csv/quotes.csv: lists joined with "; " and the linked records’ readable values.',
    );
    expect(tables.search.description).toMatch(/^Full-text index /);
    // a table describes the columns it stores, its view every column of the CSV file
    expect(Object.keys(tables.takeaways.columns)).toEqual(['id', 'number', 'text', 'theme', 'reportLink']);
    const csv = exportedNow(dataset, exportCsv);
    expect(Object.keys(tables.takeaways_readable.columns)).toEqual(csvRows(csv, 'takeaways')[0]);
    expect(Object.keys(tables.quote_speakers.columns)).toEqual(['quote', 'position', 'person']);
    for (const [name, table] of Object.entries(tables) as [string, { description: string; columns: Row }][]) {
      expect(table.description, name).toMatch(/\.$/);
      for (const [column, description] of Object.entries(table.columns))
        expect(description, `${name}.${column}`).toMatch(/^\S.*\.$/);
    }
  });
});

describe('dist/sqlite/beijing-two-voices.db of the fresh build', () => {
  const path = freshDist('sqlite', 'beijing-two-voices.db');
  const quotes = (): { id: string; speakers: string[] }[] =>
    JSON.parse(textOf(exportedNow(datasetNow(), exportJson), 'json/quotes.json'));

  itWith(['sqlite3'], 'the sqlite3 command finds the keys intact, the quotes and a full-text match', () => {
    const sql = [
      'PRAGMA foreign_keys = ON;',
      'PRAGMA foreign_key_check;',
      'PRAGMA integrity_check;',
      'SELECT count(*) FROM quotes;',
      "SELECT count(*) FROM search WHERE search MATCH 'standards';",
    ].join('\n');
    const result = spawnSync('sqlite3', ['-readonly', path], { input: sql, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const [ok, count, matches] = result.stdout.trim().split('\n');
    expect(ok).toBe('ok');
    expect(Number(count)).toBe(quotes().length);
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
    const all = quotes();
    const [quote] = all;
    const result = spawnSync('python3', ['-c', script, path, quote.id], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const answer = JSON.parse(result.stdout);
    const people = new Map(datasetNow().people.map((person) => [person.id, person.name]));
    expect(answer).toMatchObject({
      broken: [],
      quotes: all.length,
      speakers: all.flatMap((q) => q.speakers).length,
      names: quote.speakers.map((id) => people.get(id)).join('; '),
    });
    expect(answer.matches).toBeGreaterThan(0);
  });
});
