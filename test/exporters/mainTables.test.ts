/** The columns of the CSV tables that look records up in the dataset, given records that are not in it. */
import { describe, expect, it } from 'vitest';
import type { Column } from '../../scripts/exporters/tables/column.js';
import { csvColumns } from '../../scripts/exporters/tables/mainTables.js';
import { datasetNow } from '../helpers/exportedNow.js';

const columnOf = (collection: 'annotations' | 'people', name: string) =>
  csvColumns(collection).find((column) => column.name === name) as Column<unknown>;

describe('the CSV tables’ joined columns', () => {
  it('refuse a target that no record has, naming it', () => {
    const targetCollection = columnOf('annotations', 'targetCollection');
    expect(() => targetCollection.value({ target: 'q-nowhere' }, datasetNow())).toThrow('no record has id "q-nowhere"');
  });

  it('list as inferred only fields that an annotation of kind "inferred" names', () => {
    const dataset = datasetNow();
    const [person] = dataset.people;
    const [annotation] = dataset.annotations;
    dataset.annotations = [{ ...annotation, target: person.id, kind: 'inferred', field: null }];
    expect(columnOf('people', 'inferredFields').value(person, dataset)).toEqual([]);
  });
});
