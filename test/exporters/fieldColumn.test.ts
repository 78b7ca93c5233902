/**
 * A CSV column made from a field's zod schema: typed, keyed and described from it; a field it cannot describe or
 * type is refused, by name.
 */

import { describe, expect, it } from 'vitest';
import { z } from 'zod/v3';
import { collectionSchemas, provenanceSentence, references } from '../../schema/index.js';
import type { Column } from '../../scripts/exporters/tables/column.js';
import { fieldColumn } from '../../scripts/exporters/tables/fieldColumn.js';

/** What a column declares of its cells, every key it has included: its value and description are tested apart. */
const declared = ({ value, description, ...rest }: Column<never>) => rest;
const idPattern = '[a-z0-9]+(-[a-z0-9]+)*';

describe('fieldColumn', () => {
  it.each([
    ['quotes', 'elided', { type: 'boolean', required: true }],
    ['themes', 'number', { type: 'integer', required: true }],
    ['quotes', 'takeaway', { type: 'integer', required: false }],
    ['quotes', 'text', { type: 'string', required: true }],
    ['quotes', 'attribution', { type: 'string', required: false }],
    ['quotes', 'voice', { type: 'string', required: true, enum: ['external', 'internal'] }],
    ['quotes', 'id', { type: 'string', required: true, pattern: idPattern }],
    ['quotes', 'sourceLink', { type: 'string', required: false, format: 'uri' }],
    ['quotes', 'speakers', { type: 'string', required: false, list: true }],
    ['report', 'authors', { type: 'string', required: true, list: true }],
  ] as const)('types %s.%s from its schema, and declares only what the schema says', (collection, name, expected) => {
    const column = fieldColumn(collection, name as never);
    expect(declared(column as Column<never>)).toStrictEqual({ name, list: false, field: name, ...expected });
  });

  it('declares the pattern and the format of a URL', () => {
    const { pattern, format } = fieldColumn('sources', 'url', { description: 'A URL.' });
    expect(format).toBe('uri');
    expect(pattern).toMatch(/^https\?:/);
  });

  it('says that a date is an ISO 8601 date at the precision known, and that a list joins its values', () => {
    const own = (collection: 'quotes' | 'sources', name: string) =>
      (collectionSchemas[collection].published.shape as Record<string, z.ZodTypeAny>)[name].description;
    expect(fieldColumn('quotes', 'date').description).toBe(
      `${own('quotes', 'date')} An ISO 8601 date at the precision known (YYYY, YYYY-MM or YYYY-MM-DD). ` +
        provenanceSentence('quotes', 'date'),
    );
    expect(fieldColumn('sources', 'title').description).toBe(
      `${own('sources', 'title')} ${provenanceSentence('sources', 'title')}`,
    );
    expect(fieldColumn('quotes', 'speakers').description).toMatch(
      new RegExp(`^${own('quotes', 'speakers')} Several values joined with "; "\\. Each value refers to people\\.csv`),
    );
  });

  it("reads the record's field, or takes the path and value it is given for a flattened one", () => {
    const quote = { id: 'q-1', elided: true } as never;
    expect(fieldColumn('quotes', 'elided').value(quote, {} as never)).toBe(true);
    const value = () => 'a; b';
    const column = fieldColumn('endnotes', 'citations', { field: 'citations.source', value });
    expect(column.field).toBe('citations.source');
    expect(column.value).toBe(value);
  });

  it('says what a field refers to: one record, a record of any collection, or records through a link table', () => {
    expect(fieldColumn('quotes', 'theme').description).toContain(' Refers to themes.csv by id. ');
    expect(fieldColumn('annotations', 'target').description).toContain(
      ' It may name a record of any collection, so it is not declared as a foreign key. ',
    );
    expect(fieldColumn('quotes', 'speakers').description).toContain(
      ' Each value refers to people.csv by id; a list in one cell cannot be a foreign key, so none is declared here: ' +
        'quote-speakers.csv holds one row per link, with its foreign keys. ',
    );
  });

  it("reads only its own collection's references", () => {
    // a reference added for this test only: no two collections share a field name that refers to different records
    references.unshift({ from: 'takeaways', field: 'text', to: 'people', key: 'id' });
    try {
      expect(fieldColumn('quotes', 'text').description).not.toContain('Refers to');
    } finally {
      references.shift();
    }
  });

  it('takes a pattern without its anchors, keeping a caret or a dollar that is not one', () => {
    // the schema with its id's pattern replaced, for this test only: no pattern of today's has either inside it
    const schemas = collectionSchemas as Record<string, unknown>;
    const quotes = collectionSchemas.quotes;
    const code = z
      .string()
      .regex(/[^a]\$b$/)
      .describe('A code.');
    schemas.quotes = { ...quotes, published: quotes.published.extend({ id: code }) };
    try {
      expect(fieldColumn('quotes', 'id').pattern).toBe('[^a]\\$b');
    } finally {
      schemas.quotes = quotes;
    }
  });

  it('asks how to flatten a list of objects', () => {
    expect(() => fieldColumn('endnotes', 'citations')).toThrow('endnotes.citations: say how to flatten it');
  });

  it('asks for a description where the schema has none', () => {
    expect(() => fieldColumn('report', 'publisher')).toThrow('report.publisher: describe the column');
  });

  it('refuses a field of a type that no CSV column type holds', () => {
    // a schema with a field added, for this test only: every field of today's schemas has a CSV type
    const schemas = collectionSchemas as Record<string, unknown>;
    const quotes = collectionSchemas.quotes;
    schemas.quotes = { ...quotes, published: quotes.published.extend({ weight: z.number().describe('A weight.') }) };
    try {
      expect(() => fieldColumn('quotes', 'weight' as never)).toThrow('quotes.weight: no CSV type for ZodNumber');
    } finally {
      schemas.quotes = quotes;
    }
  });
});
