import type { CollectionName } from '../../schema/index.js';
import type { Dataset } from './dataset.js';

/** The published records of a collection as a list: report.json's one object is a list of one. */
export function collectionRecords(dataset: Dataset, collection: CollectionName): Record<string, unknown>[] {
  const value: unknown = dataset[collection];
  return (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
}
