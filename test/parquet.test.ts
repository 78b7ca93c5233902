/**
 * dist/parquet/<table>.parquet read back with DuckDB, value by value: the JSON's values in the main tables (lists
 * as lists, integers as integers, booleans as booleans, dates as the text of their precision), the CSV's in the
 * link tables and the joined columns; the release in each file's metadata; the same bytes on every build.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemType } from '../scripts/exporters/parquet/parquetSchema.js';
import { exportParquet } from '../scripts/exporters/parquet.js';
import { csvFiles } from '../scripts/exporters/tables/csvFiles.js';
import { freshDist } from './helpers/freshDist.js';
import { releasedFixture } from './helpers/releasedFixture.js';

type Json = Record<string, unknown>;
const all = JSON.parse(readFileSync(freshDist('json', 'all.json'), 'utf8'));
const recordsOf = (collection: string): Json[] => [all[collection] as Json | Json[]].flat();
const csvRows = (name: string): Json[] =>
  parse(readFileSync(freshDist('csv', `${name}.csv`), 'utf8'), { columns: true, record_delimiter: '\n' });

/** A value as DuckDB's JSON rows give it: BIGINTs as text, lists as arrays. */
const asDuckDb = (value: unknown): unknown =>
  typeof value === 'number' ? String(value) : Array.isArray(value) ? value.map(asDuckDb) : value;

/** A record's value of a dotted field: "citations.source" is the source of each citation. */
function fieldValue(record: Json, field: string): unknown {
  const [head, rest] = field.split(/\.(.*)/);
  const value = record[head] ?? null;
  return rest && Array.isArray(value) ? value.map((item) => (item as Json)[rest]) : value;
}

let instance: DuckDBInstance;
async function query(sql: string): Promise<Json[]> {
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Json[];
  } finally {
    connection.closeSync();
  }
}
const fileOf = (name: string) => `'${freshDist('parquet', `${name}.parquet`).replaceAll("'", "''")}'`;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
});
afterAll(() => instance.closeSync());

describe('dist/parquet/', () => {
  for (const table of csvFiles) {
    it(`${table.name}.parquet: the columns of ${table.name}.csv, typed`, async () => {
      const described = await query(`DESCRIBE SELECT * FROM ${fileOf(table.name)}`);
      const expected = table.columns.map((column) => {
        const base = { string: 'VARCHAR', integer: 'BIGINT', boolean: 'BOOLEAN' };
        return [column.name, column.list ? `${base[itemType(table, column)]}[]` : base[column.type]];
      });
      expect(described.map((row) => [row.column_name, row.column_type])).toEqual(expected);
    });

    it(`${table.name}.parquet: every value, as in the JSON (its own fields) and the CSV (the rest)`, async () => {
      const rows = await query(`SELECT * FROM ${fileOf(table.name)}`);
      const csv = csvRows(table.name);
      expect(rows.length).toBe(csv.length);
      const records = table.kind === 'records' ? recordsOf(table.name) : [];
      rows.forEach((row, i) => {
        for (const column of table.columns) {
          const where = `${table.name} row ${i + 1} ${column.name}`;
          if (column.field && table.kind === 'records') {
            expect(row[column.name], where).toEqual(asDuckDb(fieldValue(records[i], column.field)));
          } else if (column.list) {
            const cell = String(csv[i][column.name]);
            expect(row[column.name], where).toEqual(cell === '' ? [] : cell.split('; '));
          } else {
            const cell = csv[i][column.name];
            expect(row[column.name] === null ? '' : String(row[column.name]), where).toEqual(cell);
          }
        }
      });
    });
  }

  it('names the release in every file’s key-value metadata, as all.json’s meta', async () => {
    for (const table of csvFiles) {
      const pairs = await query(
        `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${fileOf(table.name)})`,
      );
      const values = Object.fromEntries(pairs.map((pair) => [pair.key, pair.value]));
      expect(values, table.name).toMatchObject({
        name: all.meta.name,
        version: all.meta.version,
        released: all.meta.released,
        license: all.meta.license,
        datasetCitation: all.meta.datasetCitation,
        reportCitation: all.meta.reportCitation,
        table: table.name,
      });
    }
  });

  it('in process: one file per table, the same bytes every time, with the release of the dataset', () => {
    const first = exportParquet(releasedFixture(), new Map());
    const again = exportParquet(releasedFixture(), new Map());
    expect(first.map((file) => file.path)).toEqual(csvFiles.map((table) => `parquet/${table.name}.parquet`));
    first.forEach((file, i) => {
      expect(Buffer.from(file.contents).equals(Buffer.from(again[i].contents)), file.path).toBe(true);
      expect(Buffer.from(file.contents).includes('2031-02-03'), file.path).toBe(true);
    });
  });
});
