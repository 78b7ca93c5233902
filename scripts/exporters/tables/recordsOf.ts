import type { Dataset } from '../../lib/createDataset.js';
import type { CsvCollection } from './column.js';

/** The records of a collection as rows: report.json's one object is one row. */
export function recordsOf(dataset: Dataset, collection: CsvCollection): Record<string, unknown>[] {
  const value: unknown = dataset[collection];
  return (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
}
