import { describe, expect, it } from 'vitest';
import { collectionRecords } from '../../scripts/lib/collectionRecords.js';
import { datasetNow } from '../helpers/exportedNow.js';

describe('collectionRecords', () => {
  it('gives a collection’s records as they are, and the report as a list of one', () => {
    const dataset = datasetNow();
    expect(collectionRecords(dataset, 'quotes')).toBe(dataset.quotes);
    expect(collectionRecords(dataset, 'report')).toEqual([dataset.report]);
  });
});
