/**
 * Chinese full-text search in dist/sqlite/beijing-two-voices.db: the FTS5 trigram index finds every Chinese term
 * of three or more characters wherever it occurs in an indexed text, exactly the rows instr() finds, read in
 * process with the engine that builds it (sql.js has no FTS5), with Python's sqlite3 (which Datasette uses) and
 * with the sqlite3 command.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Database } from 'sql.js';
import { afterAll, describe, expect, it } from 'vitest';
import { searchedTexts } from '../scripts/exporters/sqlite/searchTable.js';
import { sqlJs } from '../scripts/exporters/sqlite/sqlJs.js';
import { userVersion } from '../scripts/exporters/sqlite/userVersion.js';
import { exportSqlite } from '../scripts/exporters/sqlite.js';
import { freshDist } from './helpers/freshDist.js';
import { itWith } from './helpers/optionalPrograms.js';
import { releasedFixture } from './helpers/releasedFixture.js';
import { sqlRows } from './helpers/sqlRows.js';

type Json = Record<string, unknown>;

const values = (db: Database, sql: string) => sqlRows(db, sql).map((row) => Object.values(row)[0]);
const openDatabase = (bytes: Uint8Array) => new sqlJs.Database(bytes);
const dbPath = freshDist('sqlite', 'beijing-two-voices.db');
const all = JSON.parse(readFileSync(freshDist('json', 'all.json'), 'utf8'));
const texts = searchedTexts.flatMap(({ collection, field }) =>
  [all[collection] as Json[]]
    .flat()
    .map((record) => ({ key: `${collection} ${record.id} ${field}`, text: record[field] }))
    .filter((row): row is { key: string; text: string } => typeof row.text === 'string'),
);

/** Every part of three or more characters of a run of Chinese characters, the whole run among them. */
function partsOf(run: string): string[] {
  const characters = [...run];
  const parts: string[] = [];
  for (let start = 0; start < characters.length; start++) {
    for (let end = start + 3; end <= characters.length; end++) parts.push(characters.slice(start, end).join(''));
  }
  return parts;
}

/** Every run of three or more Chinese characters in the indexed texts, and every part of three or more of each. */
const terms = [
  ...new Set(texts.flatMap(({ text }) => [...text.matchAll(/\p{Script=Han}{3,}/gu)].flatMap(([run]) => partsOf(run)))),
].sort();

/** The rows of the texts that contain the term, as the JSON has them. */
const holding = (term: string) => texts.filter(({ text }) => text.includes(term)).map(({ key }) => key);

const matchSql = (term: string) =>
  `SELECT collection || ' ' || id || ' ' || field AS key FROM search_trigram WHERE search_trigram MATCH '${term}' ORDER BY rowid`;
const instrSql = (term: string) =>
  `SELECT collection || ' ' || id || ' ' || field AS key FROM search_trigram WHERE instr(text, '${term}') ORDER BY rowid`;

describe('search_trigram: Chinese terms of three or more characters', () => {
  const db = openDatabase(readFileSync(dbPath));
  afterAll(() => db.close());
  const keys = (sql: string) => values(db, sql).map(String);

  it('has terms to look for, the report’s central one among them', () => {
    expect(terms.length).toBeGreaterThan(100);
    expect(terms).toContain('网络强国');
    expect(terms).toContain('自主可控');
  });

  it('MATCH finds 网络强国 and 自主可控 in every indexed text that has them', () => {
    for (const term of ['网络强国', '自主可控'])
      expect(keys(matchSql(term)).sort(), term).toEqual(holding(term).sort());
    expect(holding('网络强国').length).toBeGreaterThanOrEqual(11);
  });

  it('in process: MATCH finds exactly the rows instr() finds, for every term, and those the JSON holds', () => {
    const differing = terms.filter((term) => {
      const found = keys(matchSql(term));
      return found.join('\n') !== keys(instrSql(term)).join('\n') || found.length !== holding(term).length;
    });
    expect(differing).toEqual([]);
  });

  itWith(['python3'], 'Python’s sqlite3: MATCH finds exactly the rows instr() finds, for every term', () => {
    const script = `
import json, sqlite3, sys
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
rows = lambda sql, term: [r[0] for r in db.execute(sql, (term,))]
match = "SELECT rowid FROM search_trigram WHERE search_trigram MATCH ? ORDER BY rowid"
instr = "SELECT rowid FROM search_trigram WHERE instr(text, ?) ORDER BY rowid"
terms = json.load(sys.stdin)
print(json.dumps({'differing': [t for t in terms if rows(match, t) != rows(instr, t)],
  'found': sum(len(rows(match, t)) for t in terms)}))`;
    const result = spawnSync('python3', ['-c', script, dbPath], { input: JSON.stringify(terms), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const answer = JSON.parse(result.stdout);
    expect(answer.differing).toEqual([]);
    expect(answer.found).toBe(terms.reduce((sum, term) => sum + holding(term).length, 0));
  });

  itWith(['sqlite3'], 'the sqlite3 command: MATCH finds exactly the rows instr() finds, for every term', () => {
    const rowids = (sql: string) =>
      `(SELECT group_concat(rowid) FROM (${sql.replace(/^SELECT .* FROM/, 'SELECT rowid FROM')}))`;
    const sql = terms.map((term) => `SELECT ${rowids(matchSql(term))} IS ${rowids(instrSql(term))};`).join('\n');
    const result = spawnSync('sqlite3', ['-readonly', dbPath], { input: sql, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const answers = result.stdout.trim().split('\n');
    expect(answers.length).toBe(terms.length);
    expect(terms.filter((_, i) => answers[i] !== '1')).toEqual([]);
  });
});

describe('the release inside the database', () => {
  const db = openDatabase(readFileSync(dbPath));
  afterAll(() => db.close());

  it('is the table dataset, as all.json’s meta, and PRAGMA user_version', () => {
    expect(sqlRows(db, 'SELECT * FROM dataset')).toEqual([all.meta]);
    expect(values(db, 'PRAGMA user_version')).toEqual([userVersion(all.meta.version)]);
  });

  it('encodes user_version as major*10000 + minor*100 + patch, and refuses what does not fit', () => {
    expect(['2.1.0', '10.0.3', '0.12.99'].map(userVersion)).toEqual([20100, 100003, 1299]);
    expect(() => userVersion('1.100.0')).toThrow(/does not fit/);
    expect(() => userVersion('1.2')).toThrow(/major.minor.patch/);
  });
});

describe('exportSqlite, in process', () => {
  const dataset = releasedFixture();
  const build = () => exportSqlite(dataset, new Map())[0].contents as Uint8Array;

  it('names the release, indexes every text by trigrams, and gives the same bytes every time', () => {
    const bytes = build();
    expect(Buffer.from(build()).equals(Buffer.from(bytes))).toBe(true);
    const db = openDatabase(bytes);
    try {
      expect(values(db, 'PRAGMA user_version')).toEqual([30405]);
      expect(sqlRows(db, 'SELECT version, released FROM dataset')).toEqual([
        { version: '3.4.5', released: '2031-02-03' },
      ]);
      const [quote] = dataset.quotes;
      const words = [...quote.text].slice(0, 5).join('');
      expect(
        values(db, `SELECT id FROM search_trigram WHERE search_trigram MATCH '"${words.replaceAll('"', '""')}"'`),
      ).toContain(quote.id);
      const [rows] = values(db, 'SELECT count(*) FROM search_trigram');
      const texts = searchedTexts.flatMap(({ collection, field }) =>
        [dataset[collection]].flat().filter((record) => (record as unknown as Json)[field] != null),
      );
      expect(rows).toBe(texts.length);
    } finally {
      db.close();
    }
  });
});
