import type { z } from 'zod/v3';
import {
  annotationRecord,
  type CollectionName,
  collectionSchemas,
  endnoteRecord,
  personRecord,
  quoteRecord,
  reportRecord,
  sourceRecord,
  takeawayRecord,
  themeRecord,
} from '../../schema/index.js';
import type { DataFile } from './dataFile.js';
import type { StoredRecord } from './dataset.js';

/**
 * The records of a collection that its zod record schema parses, typed, in file order; `whole` when every one of
 * them does. A lint may look a record up among the parsed ones (one that failed is the schema lint's problem),
 * but reads a collection in order, or counts on a record being there, only when it is whole.
 */
export interface Parsed<T> {
  records: T[];
  whole: boolean;
}

export type ParsedCollections = { [C in CollectionName]: Parsed<StoredRecord<C>> };

/** Parses each loaded file's records with their schema; a file that could not be read has none, and is not whole. */
export function parseCollections(fileOf: Partial<Record<CollectionName, DataFile>>): ParsedCollections {
  const parse = <T>(collection: CollectionName, schema: z.ZodType<T>): Parsed<T> => {
    const file = fileOf[collection];
    if (!file) return { records: [], whole: false };
    const values = collectionSchemas[collection].single ? [file.value] : file.value;
    // a list collection's file that holds no list has no record to parse, and is not whole: the schema lint says why
    if (!Array.isArray(values)) return { records: [], whole: false };
    const records = values.flatMap((value) => {
      const result = schema.safeParse(value);
      return result.success ? [result.data] : [];
    });
    return { records, whole: records.length === values.length };
  };
  return {
    report: parse('report', reportRecord),
    themes: parse('themes', themeRecord),
    takeaways: parse('takeaways', takeawayRecord),
    quotes: parse('quotes', quoteRecord),
    endnotes: parse('endnotes', endnoteRecord),
    sources: parse('sources', sourceRecord),
    people: parse('people', personRecord),
    annotations: parse('annotations', annotationRecord),
  };
}
