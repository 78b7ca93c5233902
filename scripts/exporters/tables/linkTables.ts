import { collectionSchemas, references } from '../../../schema/index.js';
import { collectionRecords } from '../../lib/collectionRecords.js';
import type { Dataset } from '../../lib/createDataset.js';
import type { Column, CsvCollection, RecordOf } from './column.js';
import type { CsvTable, ForeignKey } from './csvTable.js';
import { keyOf } from './keyOf.js';
import { linkTableName } from './linkTableName.js';

/** One item of a list: the record holding it, its place in the list from 1, and the item. */
export interface LinkRow {
  owner: string | number;
  position: number;
  value: string | number;
}

interface ListField<C extends CsvCollection> {
  collection: C;
  field: keyof RecordOf<C> & string;
  /** The column holding the items: the record name of the collection they refer to, or what one item is. */
  column: string;
  /** For a list that refers to nothing: what one item is. */
  description?: string;
  /** For a list of objects: the value each contributes. */
  item?: (item: never) => string | number;
}

const typeOfKey = (key: 'id' | 'number') => (key === 'number' ? 'integer' : 'string');

function linkColumn(
  name: string,
  type: Column<LinkRow>['type'],
  description: string,
  value: (row: LinkRow) => string | number,
): Column<LinkRow> {
  return { name, type, description, list: false, required: true, value };
}

/** The list field of a collection as a table with one row per item, keyed by its record and position. */
function linkTable<C extends CsvCollection>({ collection, field, column, description, item }: ListField<C>): CsvTable {
  const owner = collectionSchemas[collection].recordName;
  const ownerKey = keyOf(collection);
  const reference = references.find(
    (candidate) => candidate.from === collection && candidate.field.split('.')[0] === field,
  );
  const target = reference && reference.to !== '*' ? reference : undefined;
  // Stryker disable next-line StringLiteral: run only at module load, where every list table of today has a target or a description
  if (!target && !description) throw new Error(`${collection}.${field}: say what one item is`);
  const foreignKeys: ForeignKey[] = [{ field: owner, table: collection, key: ownerKey }];
  if (target) foreignKeys.push({ field: column, table: target.to, key: target.key });
  const columns = [
    linkColumn(
      owner,
      typeOfKey(ownerKey),
      `${ownerKey === 'id' ? 'Id' : 'Number'} of the ${owner}, in ${collection}.csv.`,
      (row) => row.owner,
    ),
    linkColumn(
      'position',
      'integer',
      `Place of the item in the ${owner}’s ${field}, from 1, in the order printed.`,
      (row) => row.position,
    ),
    target
      ? linkColumn(
          column,
          typeOfKey(target.key),
          `${target.key === 'id' ? 'Id' : 'Number'} of the ${column}, in ${target.to}.csv.`,
          (row) => row.value,
        )
      : linkColumn(
          column,
          'string',
          // Stryker disable next-line StringLiteral: the check above throws when there is neither target nor description
          description ?? '',
          (row) => row.value,
        ),
  ];
  return {
    name: linkTableName(collection, field),
    kind: 'list',
    description: `The ${field} of each ${owner}, one a row, in order: the ${field} of ${collection}.csv as a table.`,
    columns: columns as Column<unknown>[],
    rows: (dataset: Dataset) =>
      collectionRecords(dataset, collection).flatMap((record) =>
        (record[field] as never[]).map(
          (value, index): LinkRow => ({
            owner: record[ownerKey] as string | number,
            position: index + 1,
            value: item ? item(value) : value,
          }),
        ),
      ),
    primaryKey: [owner, 'position'],
    foreignKeys,
  };
}

/** Every list field of the published records, each as its own table, so that every link is a row with its keys. */
export const linkTables: CsvTable[] = [
  linkTable({ collection: 'report', field: 'authors', column: 'person' }),
  linkTable({ collection: 'takeaways', field: 'endnotes', column: 'endnote' }),
  linkTable({ collection: 'quotes', field: 'speakers', column: 'person' }),
  linkTable({
    collection: 'quotes',
    field: 'insertions',
    column: 'insertion',
    description: 'A bracketed editorial insertion in the quote’s text, without its brackets.',
  }),
  linkTable({
    collection: 'endnotes',
    field: 'citations',
    column: 'source',
    item: (citation: { source: string }) => citation.source,
  }),
  linkTable({ collection: 'sources', field: 'authors', column: 'person' }),
  linkTable({
    collection: 'people',
    field: 'nameVariants',
    column: 'nameVariant',
    description: 'Another spelling of the person’s name that the report uses.',
  }),
];
