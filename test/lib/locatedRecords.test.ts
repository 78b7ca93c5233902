import { describe, expect, it } from 'vitest';
import { locatedRecords } from '../../scripts/lib/locatedRecords.js';

const file = (collection: 'themes' | 'report', value: unknown) => ({
  collection,
  file: '',
  text: '',
  value,
  damaged: [],
});

describe('locatedRecords', () => {
  it('gives each object of a file with its id, or its index when it has none', () => {
    const records = locatedRecords(file('themes', [{ id: 'a' }, 'not a record', null, [], { id: 3 }]));
    expect(records).toEqual([
      { record: { id: 'a' }, index: 0, label: 'a' },
      { record: { id: 3 }, index: 4, label: '[4]' },
    ]);
    expect(locatedRecords(file('report', { id: 'report' }))).toEqual([
      { record: { id: 'report' }, index: 0, label: 'report' },
    ]);
    expect(locatedRecords(file('themes', { id: 'a' }))).toEqual([]);
    expect(locatedRecords(file('report', [{ id: 'a' }]))).toEqual([]);
  });
});
