import { describe, expect, it, vi } from 'vitest';
import * as zodToJsonSchema from 'zod-to-json-schema';
import { collectionNames, collectionSchemas } from '../../schema/index.js';
import { dataJsonSchema, publishedJsonSchema } from '../../scripts/lib/jsonSchemas.js';

// the real converter, open to the empty answer it gives for schemas it cannot read
vi.mock('zod-to-json-schema', async (importOriginal) => {
  const actual = await importOriginal<typeof import('zod-to-json-schema')>();
  return { ...actual, zodToJsonSchema: vi.fn(actual.zodToJsonSchema) };
});

type Schema = Record<string, unknown> & { items?: Record<string, unknown> };

describe('the JSON Schemas', () => {
  it('describe a data file: an array of records, or one object for report.json', () => {
    for (const name of collectionNames) {
      const schema = dataJsonSchema(name) as Schema;
      const record = collectionSchemas[name].single ? schema : (schema.items as Schema);
      expect(schema).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', title: `data/${name}.json` });
      expect(schema.type).toBe(collectionSchemas[name].single ? 'object' : 'array');
      expect(Object.keys(record.properties as object)).toEqual(Object.keys(collectionSchemas[name].record.shape));
      expect(record.additionalProperties).toBe(false);
      // only the outer schema names its draft
      expect(collectionSchemas[name].single || !('$schema' in record)).toBe(true);
    }
  });

  it('describe a published collection, with the fields the build derives', () => {
    const quotes = publishedJsonSchema('quotes') as Schema;
    expect(quotes).toMatchObject({ title: 'beijing-two-voices quotes', type: 'array' });
    expect(Object.keys(quotes.items?.properties as object)).toEqual(
      Object.keys(collectionSchemas.quotes.published.shape),
    );
    expect(Object.keys(quotes.items?.properties as object)).toContain('elided');
    expect(publishedJsonSchema('report')).toMatchObject({ title: 'beijing-two-voices report', type: 'object' });
  });

  it('refuse to come out empty, which would accept anything', () => {
    vi.mocked(zodToJsonSchema.zodToJsonSchema).mockReturnValueOnce({});
    expect(() => dataJsonSchema('themes')).toThrow(
      'JSON Schema for themes came out empty; is the schema written with zod/v3?',
    );
  });
});
