/** A CSV column made from a field's zod schema refuses a field it cannot describe or type, naming it. */

import { describe, expect, it } from 'vitest';
import { z } from 'zod/v3';
import { collectionSchemas } from '../../schema/index.js';
import { fieldColumn } from '../../scripts/exporters/csv/fieldColumn.js';

describe('fieldColumn', () => {
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
