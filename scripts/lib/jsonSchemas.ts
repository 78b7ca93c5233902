import type { z } from 'zod/v3';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { type CollectionName, collectionSchemas, provenanceSentence } from '../../schema/index.js';

export type JsonSchema = Record<string, unknown>;

/** Each property's description says where its values come from, as schema/provenance.ts declares. */
function withProvenance(collection: CollectionName, properties: Record<string, JsonSchema>): void {
  for (const [field, property] of Object.entries(properties)) {
    const own = typeof property.description === 'string' ? `${property.description} ` : '';
    property.description = `${own}${provenanceSentence(collection, field)}`;
  }
}

function forRecords(collection: CollectionName, record: z.AnyZodObject, title: string): JsonSchema {
  const item = zodToJsonSchema(record, { $refStrategy: 'none', target: 'jsonSchema7' }) as JsonSchema;
  delete item.$schema;
  if (!('properties' in item)) {
    // zod-to-json-schema answers {} for schemas it cannot read (zod 4), which would accept anything
    throw new Error(`JSON Schema for ${collection} came out empty; is the schema written with zod/v3?`);
  }
  withProvenance(collection, item.properties as Record<string, JsonSchema>);
  const schema = collectionSchemas[collection].single ? item : { type: 'array', items: item };
  return { $schema: 'http://json-schema.org/draft-07/schema#', title, ...schema };
}

/** The JSON Schema of a collection's file as stored in data/. */
export function dataJsonSchema(collection: CollectionName): JsonSchema {
  return forRecords(collection, collectionSchemas[collection].record, `data/${collection}.json`);
}

/** The JSON Schema of a collection as published in dist/json/. */
export function publishedJsonSchema(collection: CollectionName): JsonSchema {
  return forRecords(collection, collectionSchemas[collection].published, `beijing-two-voices ${collection}`);
}
