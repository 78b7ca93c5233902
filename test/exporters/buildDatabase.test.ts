/** The SQLite database built in process from a dataset that breaks what the database holds to. */
import { describe, expect, it } from 'vitest';
import { buildDatabase } from '../../scripts/exporters/sqlite/buildDatabase.js';
import { datasetNow } from '../helpers/exportedNow.js';

describe('buildDatabase', () => {
  it('refuses a record whose reference names no record', () => {
    const dataset = datasetNow();
    dataset.takeaways[1].theme = 't-nowhere';
    expect(() => buildDatabase(dataset)).toThrow(
      new Error('the database breaks its foreign keys: [["takeaways",2,"themes",0]]'),
    );
  });

  it('refuses a single-valued field that holds a list', () => {
    const dataset = datasetNow();
    dataset.themes[0].heading = ['a', 'list'] as never;
    expect(() => buildDatabase(dataset)).toThrow(new Error('a list is stored in its own table'));
  });
});
