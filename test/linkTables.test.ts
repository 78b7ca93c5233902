/**
 * Every list of the published records (a quote's speakers, a takeaway's endnotes…) is also a table of its own,
 * one item a row, keyed by its record and position, with a foreign key to each side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v3';
import { collectionNames, collectionSchemas } from '../schema/index.js';
import { freshDist } from './helpers/freshDist.js';
import { loadReport, parseEndnotes } from './helpers/report.js';

type Json = Record<string, unknown>;

interface ListTable {
  file: string;
  collection: (typeof collectionNames)[number];
  field: string;
  owner: string;
  /** The field of the owning record the first column holds. */
  ownerKey: 'id' | 'number';
  column: string;
  /** The table and column each item refers to, if it is a link. */
  refersTo?: { resource: string; fields: string };
  item?: (value: Json) => unknown;
  /** For a list of objects with several values an item: the further columns, each a key of the item. */
  itemColumns?: string[];
}

const people = { resource: 'people', fields: 'id' };
const lists: ListTable[] = [
  {
    file: 'report-authors',
    collection: 'report',
    field: 'authors',
    owner: 'report',
    ownerKey: 'id',
    column: 'person',
    refersTo: people,
  },
  {
    file: 'takeaway-endnotes',
    collection: 'takeaways',
    field: 'endnotes',
    owner: 'takeaway',
    ownerKey: 'number',
    column: 'endnote',
    refersTo: { resource: 'endnotes', fields: 'number' },
  },
  {
    file: 'quote-speakers',
    collection: 'quotes',
    field: 'speakers',
    owner: 'quote',
    ownerKey: 'id',
    column: 'person',
    refersTo: people,
  },
  {
    file: 'quote-insertions',
    collection: 'quotes',
    field: 'insertions',
    owner: 'quote',
    ownerKey: 'id',
    column: 'insertion',
  },
  {
    file: 'endnote-citations',
    collection: 'endnotes',
    field: 'citations',
    owner: 'endnote',
    ownerKey: 'number',
    column: 'source',
    refersTo: { resource: 'sources', fields: 'id' },
    item: (citation) => citation.source,
  },
  {
    file: 'source-authors',
    collection: 'sources',
    field: 'authors',
    owner: 'source',
    ownerKey: 'id',
    column: 'person',
    refersTo: people,
  },
  {
    file: 'person-name-variants',
    collection: 'people',
    field: 'nameVariants',
    owner: 'person',
    ownerKey: 'id',
    column: 'nameVariant',
  },
  {
    file: 'annotation-evidence',
    collection: 'annotations',
    field: 'evidence',
    owner: 'annotation',
    ownerKey: 'id',
    column: 'reportLink',
    item: (excerpt) => excerpt.reportLink,
    itemColumns: ['exact', 'prefix', 'suffix'],
  },
];

const distDir = freshDist();
const all: Record<string, Json | Json[]> = JSON.parse(readFileSync(join(distDir, 'json/all.json'), 'utf8'));
const recordsOf = (collection: string): Json[] => {
  const value = all[collection];
  return Array.isArray(value) ? value : [value];
};
const dataPackage = JSON.parse(readFileSync(join(distDir, 'datapackage.json'), 'utf8'));

const readCsv = (path: string, excel = false): string[][] =>
  parse(
    readFileSync(join(distDir, path), 'utf8'),
    excel ? { bom: true, record_delimiter: '\r\n' } : { record_delimiter: '\n' },
  );

/** The rows a list should give, from the published JSON: owner key, position from 1, item. */
function expectedRows(list: ListTable): string[][] {
  return recordsOf(list.collection).flatMap((record) =>
    (record[list.field] as Json[]).map((value, index) => [
      String(record[list.ownerKey]),
      String(index + 1),
      String(list.item ? list.item(value) : value),
      ...(list.itemColumns ?? []).map((key) => String(value[key] ?? '')),
    ]),
  );
}

describe('link tables', () => {
  it('there is one for every list field of every published record', () => {
    const listFields = collectionNames.flatMap((collection) =>
      Object.entries(collectionSchemas[collection].published.shape)
        .filter(([, schema]) => schema instanceof z.ZodArray)
        .map(([field]) => `${collection}.${field}`),
    );
    expect(lists.map((list) => `${list.collection}.${list.field}`).sort()).toEqual(listFields.sort());
  });

  for (const list of lists) {
    describe(`${list.file}.csv`, () => {
      it('holds every item of every record’s list, in order, one a row, in both flavours', () => {
        const header = [list.owner, 'position', list.column, ...(list.itemColumns ?? [])];
        const rows = expectedRows(list);
        expect(readCsv(`csv/${list.file}.csv`)).toEqual([header, ...rows]);
        const excel = readCsv(`csv-excel/${list.file}.csv`, true);
        expect(excel).toEqual([
          header,
          ...rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))),
        ]);
      });

      it('is described in datapackage.json with its record and position as primary key, and a foreign key to each side', () => {
        const resource = dataPackage.resources.find((candidate: Json) => candidate.name === list.file);
        expect(resource?.path).toBe(`csv/${list.file}.csv`);
        expect(resource.schema.primaryKey).toEqual([list.owner, 'position']);
        const ownerKey = { fields: list.owner, reference: { resource: list.collection, fields: list.ownerKey } };
        const itemKey = list.refersTo ? [{ fields: list.column, reference: list.refersTo }] : [];
        expect(resource.schema.foreignKeys).toEqual([ownerKey, ...itemKey]);
        const types = resource.schema.fields.map((field: Json) => field.type);
        expect(types[1]).toBe('integer');
        expect(types[0]).toBe(list.ownerKey === 'number' ? 'integer' : 'string');
      });
    });
  }

  it('an “Ibid.” endnote cites, row for row, what the note before it cites', () => {
    const notes = parseEndnotes(loadReport());
    const ibid = notes.filter((note) => note.ibid).map((note) => note.number);
    expect(ibid.length).toBeGreaterThan(0);
    const rows = readCsv('csv/endnote-citations.csv').slice(1);
    const cited = (number: number) =>
      rows.filter(([endnote]) => endnote === String(number)).map(([, position, source]) => [position, source]);
    for (const number of ibid) {
      expect(cited(number).length, `endnote ${number}`).toBeGreaterThan(0);
      expect(cited(number), `endnote ${number}`).toEqual(cited(number - 1));
    }
  });

  it('a quote’s speakers join to their names as quotes.csv shows them', () => {
    const [header, ...quotes] = readCsv('csv/quotes.csv');
    const names = new Map(
      readCsv('csv/people.csv')
        .slice(1)
        .map(([id, name]) => [id, name]),
    );
    const speakers = readCsv('csv/quote-speakers.csv').slice(1);
    for (const quote of quotes) {
      const joined = speakers.filter(([id]) => id === quote[0]).map(([, , person]) => names.get(person));
      expect(joined.join('; '), quote[0]).toBe(quote[header.indexOf('speakerNames')]);
    }
  });
});
