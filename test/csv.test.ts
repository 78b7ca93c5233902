/**
 * CSV: both flavours read back, as a data tool and as a spreadsheet would, give the published records:
 * every JSON field, and the joined columns that spare a reader from opening the linked file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas } from '../schema/index.js';
import { csvColumns } from '../scripts/exporters/csv.js';
import type { CsvCollection } from '../scripts/exporters/tables/column.js';
import { linkTableNames } from './helpers/exportedNow.js';
import { freshDist } from './helpers/freshDist.js';
import { readCollection, runScript, scratchProject, writeCollection } from './helpers/runScript.js';

type Json = Record<string, unknown>;
type Dist = Record<string, Json | Json[]>;

const distDir = freshDist();
const tabular: readonly CsvCollection[] = collectionNames;
/** The lists of the records, one item a row: checked in linkTables.test.ts. */
const linkTables = linkTableNames;

const readDist = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const loadDist = (dir: string): Dist => JSON.parse(readDist(dir, 'json/all.json'));

/** As a data tool reads it: any BOM would stay in the first header, any CR in the last cell. */
const parseCanonical = (text: string): string[][] => parse(text, { record_delimiter: '\n' });
/** As a spreadsheet reads it: BOM dropped, records ended by CRLF only. */
const parseExcel = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n' });

function records(dist: Dist, collection: string): Json[] {
  const value = dist[collection];
  return Array.isArray(value) ? value : [value];
}

function byId(dist: Dist, collection: string, id: unknown): Json {
  const found = records(dist, collection).find((record) => record.id === id);
  if (!found) throw new Error(`no ${collection} record "${String(id)}"`);
  return found;
}

const sourceField = (dist: Dist, id: unknown, field: string) => (id === null ? null : byId(dist, 'sources', id)[field]);
const personNames = (dist: Dist, ids: unknown) => (ids as string[]).map((id) => byId(dist, 'people', id).name);

/** The fields annotations of kind "inferred" mark on a record. */
const inferredFields = (r: Json, d: Dist) =>
  records(d, 'annotations')
    .filter((annotation) => annotation.kind === 'inferred' && annotation.target === r.id)
    .map((annotation) => annotation.field);

/** What each joined column should hold, looked up here independently of the exporter. */
const joinedOnly: Record<string, Record<string, (record: Json, dist: Dist) => unknown>> = {
  report: { authorNames: (r, d) => personNames(d, r.authors) },
  takeaways: { themeHeading: (r, d) => byId(d, 'themes', r.theme).heading },
  quotes: {
    themeHeading: (r, d) => byId(d, 'themes', r.theme).heading,
    speakerNames: (r, d) => personNames(d, r.speakers),
    sourceTitle: (r, d) => sourceField(d, r.source, 'title'),
    sourceTitleEnglish: (r, d) => sourceField(d, r.source, 'titleEnglish'),
    sourceUrl: (r, d) => sourceField(d, r.source, 'url'),
  },
  endnotes: {
    citationTitles: (r, d) => (r.citations as Json[]).map((citation) => byId(d, 'sources', citation.source).title),
  },
  sources: { authorNames: (r, d) => personNames(d, r.authors) },
  annotations: {
    targetCollection: (r, d) => collectionNames.find((name) => records(d, name).some((x) => x.id === r.target)),
  },
};
const joined = Object.fromEntries(
  tabular.map((collection) => [collection, { ...joinedOnly[collection], inferredFields }]),
) as typeof joinedOnly;

/** The value a cell stands for: the JSON field, endnote citations flattened to their source ids. */
function cellSource(dist: Dist, collection: string, record: Json, column: string): unknown {
  if (column in record) {
    const value = record[column];
    return Array.isArray(value)
      ? value.map((item) => (typeof item === 'object' ? (item.source ?? item.reportLink) : item))
      : value;
  }
  const lookup = joined[collection]?.[column];
  if (!lookup) throw new Error(`${collection}.csv: column ${column} is neither a JSON field nor a checked join`);
  return lookup(record, dist);
}

const cellOf = (value: unknown) => (value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value));
/** Spreadsheets would run these as formulas (the full-width forms too, in Apple Numbers). */
const neutralised = (cell: string) => (/^[=+\-@\t\r＝＋－＠]/.test(cell) ? `'${cell}` : cell);

function expectedRows(dist: Dist, collection: CsvCollection, header: string[]): string[][] {
  return records(dist, collection).map((record) =>
    header.map((column) => cellOf(cellSource(dist, collection, record, column))),
  );
}

describe('dist/csv and dist/csv-excel', () => {
  const dist = loadDist(distDir);

  it('hold one file per collection and one per list of the records', () => {
    const expected = [...tabular, ...linkTables].map((name) => `${name}.csv`).sort();
    expect(readdirSync(join(distDir, 'csv')).sort()).toEqual(expected);
    expect(readdirSync(join(distDir, 'csv-excel')).sort()).toEqual(expected);
  });

  for (const collection of tabular) {
    describe(`${collection}.csv`, () => {
      const canonical = readDist(distDir, `csv/${collection}.csv`);
      const excel = readDist(distDir, `csv-excel/${collection}.csv`);
      const header = csvColumns(collection).map((column) => column.name);

      it('has the header of the column definitions, in both flavours', () => {
        expect(parseCanonical(canonical)[0]).toEqual(header);
        expect(parseExcel(excel)[0]).toEqual(header);
      });

      it('has a column for every JSON field, and checked joined columns besides', () => {
        const fields = new Set(Object.keys(collectionSchemas[collection].published.shape));
        expect(header.filter((column) => fields.has(column))).toEqual([...fields]);
        expect(header.filter((column) => !fields.has(column))).toEqual(Object.keys(joined[collection] ?? {}));
      });

      it('canonical: every cell of every row equals the published record', () => {
        const rows = parseCanonical(canonical);
        expect(rows.slice(1)).toEqual(expectedRows(dist, collection, header));
      });

      it('spreadsheet: the same cells, any that would start a formula prefixed with an apostrophe', () => {
        const rows = parseExcel(excel);
        expect(rows.slice(1)).toEqual(expectedRows(dist, collection, header).map((row) => row.map(neutralised)));
      });

      it('canonical: UTF-8 without BOM, LF line endings, no CR anywhere', () => {
        expect(canonical.charCodeAt(0)).not.toBe(0xfeff);
        expect(canonical).not.toContain('\r');
        expect(canonical.endsWith('\n')).toBe(true);
      });

      it('spreadsheet: starts with a UTF-8 BOM and ends every line with CRLF', () => {
        const bytes = readFileSync(join(distDir, `csv-excel/${collection}.csv`));
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(excel).not.toMatch(/(?<!\r)\n/);
        expect(excel.endsWith('\r\n')).toBe(true);
      });

      it('no value of a list column contains the "; " that joins the list', () => {
        for (const record of records(dist, collection)) {
          for (const column of header) {
            const value = cellSource(dist, collection, record, column);
            if (!Array.isArray(value)) continue;
            for (const item of value) expect(String(item), `${record.id} ${column}`).not.toContain('; ');
          }
        }
      });
    });
  }

  it('inferredFields names the values the dataset supplied, so a filter on it finds them', () => {
    const inferred = records(dist, 'annotations').filter((annotation) => annotation.kind === 'inferred');
    expect(inferred.length).toBeGreaterThan(0);
    for (const annotation of inferred) {
      const collection = tabular.find((name) => records(dist, name).some((record) => record.id === annotation.target));
      if (!collection) continue; // the report has no CSV file
      const rows = parseCanonical(readDist(distDir, `csv/${collection}.csv`));
      const column = rows[0].indexOf('inferredFields');
      const row = rows.find((candidate) => candidate[0] === annotation.target);
      expect(row?.[column].split('; '), `${annotation.target}`).toContain(annotation.field);
    }
  });

  it('Chinese text round-trips intact in both flavours', () => {
    const han = /\p{Script=Han}/u;
    let cells = 0;
    for (const collection of tabular) {
      const header = csvColumns(collection).map((column) => column.name);
      const canonical = parseCanonical(readDist(distDir, `csv/${collection}.csv`)).slice(1);
      const excel = parseExcel(readDist(distDir, `csv-excel/${collection}.csv`)).slice(1);
      records(dist, collection).forEach((record, row) => {
        header.forEach((column, index) => {
          const value = record[column];
          if (typeof value !== 'string' || !han.test(value)) return;
          cells += 1;
          expect(canonical[row][index]).toBe(value);
          expect(excel[row][index]).toBe(value);
        });
      });
    }
    const inJson = JSON.stringify(Object.fromEntries(tabular.map((name) => [name, dist[name]])));
    expect(han.test(inJson)).toBe(true);
    expect(cells).toBeGreaterThan(0);
  });
});

describe('a value that a spreadsheet would run as a formula', () => {
  const edits = { text: '=HYPERLINK("https://example.org","click")', audience: '-External', attribution: '@Xi' };
  // a leading tab or CR would start one too, but validation refuses control characters in any text
  const role = '+President';
  let dir: string;
  let quoteId: string;

  beforeAll(() => {
    const project = scratchProject();
    dir = project.distDir;
    const quotes = readCollection<Json[]>(project.dataDir, 'quotes');
    Object.assign(quotes[quotes.length - 1], edits);
    quoteId = String(quotes[quotes.length - 1].id);
    writeCollection(project.dataDir, 'quotes', quotes);
    const people = readCollection<Json[]>(project.dataDir, 'people');
    people[0].role = role;
    writeCollection(project.dataDir, 'people', people);
    const build = runScript('build', ['--data', project.dataDir, '--dist', dir]);
    expect(build.status, build.stderr).toBe(0);
  });

  function cellsOf(rows: string[][], id: string): Record<string, string> {
    const row = rows.find((candidate) => candidate[0] === id);
    if (!row) throw new Error(`no row ${id}`);
    return Object.fromEntries(rows[0].map((name, index) => [name, row[index]]));
  }

  it('is kept exactly as it is in the canonical CSV', () => {
    const quote = cellsOf(parseCanonical(readDist(dir, 'csv/quotes.csv')), quoteId);
    for (const [field, value] of Object.entries(edits)) expect(quote[field]).toBe(value);
    const person = parseCanonical(readDist(dir, 'csv/people.csv'))[1];
    expect(person).toContain(role);
  });

  it('is prefixed with an apostrophe in the spreadsheet CSV, and so is neutralised', () => {
    const quote = cellsOf(parseExcel(readDist(dir, 'csv-excel/quotes.csv')), quoteId);
    expect(quote.text.startsWith(`'=HYPERLINK(`)).toBe(true);
    for (const [field, value] of Object.entries(edits)) expect(quote[field]).toBe(`'${value}`);
    const person = parseExcel(readDist(dir, 'csv-excel/people.csv'))[1];
    expect(person).toContain(`'${role}`);
    expect(person).not.toContain(role);
  });

  it('leaves the published JSON as it was', () => {
    const quote = byId(loadDist(dir), 'quotes', quoteId);
    expect(quote).toMatchObject(edits);
  });
});
