/** The SQLite database built in process from a dataset that breaks what the database holds to. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDatabase } from '../../scripts/exporters/sqlite/buildDatabase.js';
import { sqlJs } from '../../scripts/exporters/sqlite/sqlJs.js';
import { datasetNow } from '../helpers/exportedNow.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('buildDatabase', () => {
  it('refuses a record whose reference names no record, and closes the database it was building', () => {
    const close = vi.spyOn(sqlJs.Database.prototype, 'close');
    const dataset = datasetNow();
    dataset.takeaways[1].theme = 't-nowhere';
    expect(() => buildDatabase(dataset)).toThrow(
      new Error('the database breaks its foreign keys: [["takeaways",2,"themes",0]]'),
    );
    expect(close).toHaveBeenCalledOnce();
  });

  it('refuses a single-valued field that holds a list', () => {
    const dataset = datasetNow();
    dataset.themes[0].heading = ['a', 'list'] as never;
    expect(() => buildDatabase(dataset)).toThrow(new Error('a list is stored in its own table'));
  });
});
