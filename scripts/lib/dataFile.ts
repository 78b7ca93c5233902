import type { CollectionName } from '../../schema/index.js';

/** One file of data/ as read and parsed, before any lint. */
export interface DataFile {
  collection: CollectionName;
  /** As shown in messages: relative to the project when inside it. */
  file: string;
  text: string;
  value: unknown;
  /** Values the loader could not keep (a duplicate key's first value, a value too deep or too long), by record. */
  damaged: { record: string; field: string | null }[];
}
