import { describe, expect, it } from 'vitest';
import type { z } from 'zod/v3';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { type CollectionName, collectionNames, collectionSchemas, provenanceSentence } from '../../schema/index.js';
import { dataJsonSchema, type JsonSchema, publishedJsonSchema } from '../../scripts/lib/jsonSchemas.js';

/** The properties of a collection's record in a JSON Schema, the array's items or report.json's one object. */
const propertiesOf = (schema: JsonSchema) =>
  ((schema.items ?? schema) as JsonSchema).properties as Record<string, JsonSchema>;

/** Each field's description as the zod schema alone gives it, undefined where it has none. */
function ownDescriptions(record: z.AnyZodObject): Map<string, unknown> {
  const properties = propertiesOf(zodToJsonSchema(record, { $refStrategy: 'none', target: 'jsonSchema7' }));
  return new Map(Object.entries(properties).map(([field, property]) => [field, property.description]));
}

describe('the JSON Schemas’ descriptions', () => {
  const cases = collectionNames.flatMap((name: CollectionName) => [
    { name, schema: dataJsonSchema(name), record: collectionSchemas[name].record },
    { name, schema: publishedJsonSchema(name), record: collectionSchemas[name].published },
  ]);

  it('end each property’s own description with where its values come from, or are only that', () => {
    let described = 0;
    let undescribed = 0;
    for (const { name, schema, record } of cases) {
      const own = ownDescriptions(record);
      for (const [field, property] of Object.entries(propertiesOf(schema))) {
        const sentence = provenanceSentence(name, field);
        const description = own.get(field);
        if (typeof description === 'string') described++;
        else undescribed++;
        expect(property.description, `${name}.${field}`).toBe(
          typeof description === 'string' ? `${description} ${sentence}` : sentence,
        );
      }
    }
    // both kinds occur, so that each way of writing a description is checked
    expect({ described: described > 0, undescribed: undescribed > 0 }).toEqual({ described: true, undescribed: true });
  });
});
