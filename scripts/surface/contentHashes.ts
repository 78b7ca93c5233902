import { createHash } from 'node:crypto';
import { collectionNames } from '../../schema/index.js';

/** By collection, then record id, then field: a short hash of the field's published value. */
export type ContentHashes = Record<string, Record<string, Record<string, string>>>;

// 64 bits: enough to tell two values of one field apart, short enough to keep the snapshot readable
const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function hashFields(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([field, value]) => [field, hashOf(value)]));
}

/** The hashes of published records, held as dist/json/all.json holds them: the report one object, the rest arrays. */
export function contentHashes(published: Record<string, unknown>): ContentHashes {
  return Object.fromEntries(
    collectionNames.map((collection) => {
      const value = published[collection];
      const records = (Array.isArray(value) ? value : value ? [value] : []) as Record<string, unknown>[];
      return [collection, Object.fromEntries(records.map((record) => [String(record.id), hashFields(record)]))];
    }),
  );
}
