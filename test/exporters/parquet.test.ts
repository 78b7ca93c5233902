/**
 * The Parquet files as the exporter writes them in process, read back with hyparquet: one per CSV file, each column
 * typed (lists as Parquet's three-level LIST), every value the CSV cell's when written as text, the same bytes on
 * every run, and the release in the key-value metadata; and the fresh build's files read by DuckDB, which types
 * each column as the table says and gives each record's own fields as the JSON holds them.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv } from '../../scripts/exporters/csv.js';
import { itemType } from '../../scripts/exporters/parquet/parquetSchema.js';
import { exportParquet } from '../../scripts/exporters/parquet.js';
import { csvFiles } from '../../scripts/exporters/tables/csvFiles.js';
import { csvRowsOf, datasetNow, exportedNow, withEvidence } from '../helpers/exportedNow.js';
import { freshDist } from '../helpers/freshDist.js';
import { releasedFixture } from '../helpers/releasedFixture.js';

type Dataset = ReturnType<typeof datasetNow>;

// the one list whose items are integers: a takeaway's endnotes, by number; every other list holds text
const integerLists = ['takeaways.endnotes'];

function filesOf(dataset: Dataset): Map<string, ArrayBuffer> {
  const files = exportParquet(dataset, new Map());
  expect(files.map((file) => file.path)).toEqual(csvFiles.map((table) => `parquet/${table.name}.parquet`));
  return new Map(
    files.map((file) => {
      const bytes = file.contents as Uint8Array;
      return [file.path, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer];
    }),
  );
}

/** A value read from Parquet as the CSV writes it: integers in decimal, lists joined with "; ", null empty. */
function asCsvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(asCsvText).join('; ');
  return String(value);
}

/** The type of a value read from Parquet, as the CSV column's type names it. */
function typeOf(value: unknown): string {
  if (typeof value === 'bigint') return 'integer';
  if (typeof value === 'boolean') return 'boolean';
  return typeof value;
}

describe('the Parquet files made in process', () => {
  it('hold every row and value of the CSV files, integers as integers and lists as lists', async () => {
    const dataset = datasetNow(withEvidence);
    const parquet = filesOf(dataset);
    const csv = exportedNow(dataset, exportCsv);
    for (const table of csvFiles) {
      const file = parquet.get(`parquet/${table.name}.parquet`) as ArrayBuffer;
      const rows = await parquetReadObjects({ file });
      const [header, ...cells] = csvRowsOf(csv, `csv/${table.name}.csv`);
      expect(
        rows.map((row) => header.map((name) => asCsvText(row[name]))),
        table.name,
      ).toEqual(cells);
      for (const column of table.columns) {
        const values = rows.map((row) => row[column.name]);
        const where = `${table.name}.${column.name}`;
        if (column.list) {
          for (const value of values) expect(Array.isArray(value), where).toBe(true);
          const itemTypes = new Set(values.flat().map(typeOf));
          expect([...itemTypes], where).not.toContain(integerLists.includes(where) ? 'string' : 'integer');
          expect(itemTypes.size, where).toBeLessThan(2);
        } else {
          for (const value of values) if (value !== null) expect(typeOf(value), where).toBe(column.type);
        }
        if (column.required) expect(values, where).not.toContain(null);
      }
    }
  });

  it('type each column in the schema: required or optional, lists of items that are never null', () => {
    const parquet = filesOf(datasetNow());
    const physical = { string: 'BYTE_ARRAY', integer: 'INT64', boolean: 'BOOLEAN' };
    for (const table of csvFiles) {
      const { schema } = parquetMetadata(parquet.get(`parquet/${table.name}.parquet`) as ArrayBuffer);
      expect(schema[0], table.name).toMatchObject({ name: 'root', num_children: table.columns.length });
      let at = 1;
      for (const column of table.columns) {
        const where = `${table.name}.${column.name}`;
        const repetition = column.required ? 'REQUIRED' : 'OPTIONAL';
        if (column.list) {
          expect(schema[at], where).toMatchObject({
            name: column.name,
            converted_type: 'LIST',
            repetition_type: repetition,
            num_children: 1,
          });
          expect(schema[at + 1], where).toMatchObject({ name: 'list', repetition_type: 'REPEATED', num_children: 1 });
          expect(schema[at + 2], where).toMatchObject({ name: 'element', repetition_type: 'REQUIRED' });
          expect(['BYTE_ARRAY', 'INT64'], where).toContain(schema[at + 2].type);
          at += 3;
        } else {
          expect(schema[at], where).toMatchObject({
            name: column.name,
            type: physical[column.type],
            repetition_type: repetition,
          });
          if (column.type === 'string') expect(schema[at].converted_type, where).toBe('UTF8');
          else expect(schema[at].converted_type, where).toBeUndefined();
          at += 1;
        }
      }
      expect(schema.length, table.name).toBe(at);
    }
  });

  it('types the items of a list of a record’s field as the field’s items; a joined list’s as text', async () => {
    const dataset = datasetNow();
    const parquet = filesOf(dataset);
    for (const table of csvFiles) {
      const { schema } = parquetMetadata(parquet.get(`parquet/${table.name}.parquet`) as ArrayBuffer);
      for (const column of table.columns.filter((candidate) => candidate.list)) {
        const at = schema.findIndex((element) => element.name === column.name);
        const where = `${table.name}.${column.name}`;
        expect(schema[at + 2].type, where).toBe(integerLists.includes(where) ? 'INT64' : 'BYTE_ARRAY');
      }
    }
  });

  it('names the release and the table in the key-value metadata, written without statistics', () => {
    const parquet = filesOf(releasedFixture());
    for (const table of csvFiles) {
      const metadata = parquetMetadata(parquet.get(`parquet/${table.name}.parquet`) as ArrayBuffer);
      expect(metadata.created_by).toBe('hyparquet-writer');
      expect(metadata.key_value_metadata, table.name).toEqual([
        { key: 'name', value: 'beijing-two-voices' },
        { key: 'version', value: '3.4.5' },
        { key: 'released', value: '2031-02-03' },
        { key: 'license', value: 'CC-BY-4.0' },
        {
          key: 'datasetCitation',
          value: 'Someone. (2031). A title (Version 3.4.5) [Data set]. https://example.org/repo',
        },
        { key: 'reportCitation', value: expect.stringContaining('“') },
        { key: 'table', value: table.name },
        { key: 'description', value: table.description },
      ]);
      for (const group of metadata.row_groups)
        for (const chunk of group.columns) expect(chunk.meta_data?.statistics, table.name).toBeUndefined();
    }
  });

  it('are the same bytes every time', () => {
    const first = exportParquet(releasedFixture(), new Map());
    const again = exportParquet(releasedFixture(), new Map());
    expect(first.length).toBe(csvFiles.length);
    first.forEach((file, i) => {
      expect(Buffer.from(file.contents).equals(Buffer.from(again[i].contents)), file.path).toBe(true);
    });
  });

  it('outside a release, names no release date', () => {
    const parquet = filesOf(datasetNow());
    const { key_value_metadata } = parquetMetadata(parquet.get('parquet/quotes.parquet') as ArrayBuffer);
    expect(key_value_metadata?.map((pair) => pair.key)).toEqual([
      'name',
      'version',
      'license',
      'datasetCitation',
      'reportCitation',
      'table',
      'description',
    ]);
  });
});

describe('dist/parquet/ of the fresh build, read by DuckDB', () => {
  type Json = Record<string, unknown>;
  const all = JSON.parse(readFileSync(freshDist('json', 'all.json'), 'utf8'));
  const recordsOf = (collection: string): Json[] => [all[collection] as Json | Json[]].flat();
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

  for (const table of csvFiles) {
    it(`${table.name}.parquet: the columns of ${table.name}.csv, typed`, async () => {
      const described = await query(`DESCRIBE SELECT * FROM ${fileOf(table.name)}`);
      const expected = table.columns.map((column) => {
        const base = { string: 'VARCHAR', integer: 'BIGINT', boolean: 'BOOLEAN' };
        return [column.name, column.list ? `${base[itemType(table, column)]}[]` : base[column.type]];
      });
      expect(described.map((row) => [row.column_name, row.column_type])).toEqual(expected);
    });
  }

  for (const table of csvFiles.filter((candidate) => candidate.kind === 'records')) {
    it(`${table.name}.parquet: each record's own fields as the JSON holds them`, async () => {
      const rows = await query(`SELECT * FROM ${fileOf(table.name)}`);
      const records = recordsOf(table.name);
      expect(rows.length).toBe(records.length);
      rows.forEach((row, i) => {
        for (const column of table.columns.filter((candidate) => candidate.field)) {
          const where = `${table.name} row ${i + 1} ${column.name}`;
          expect(row[column.name], where).toEqual(asDuckDb(fieldValue(records[i], column.field as string)));
        }
      });
    });
  }
});
