import { type Annotation, collectionSchemas, references } from '../../../schema/index.js';
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
  /** The item itself, for the further columns of a list of objects. */
  item: unknown;
}

/** A further column of a list of objects: one more value of each item, after the column of the item. */
interface ItemColumn {
  name: string;
  /** The JSON field it carries, so that its description states its provenance instead of "derived". */
  field: string;
  description: string;
  required: boolean;
  format?: 'uri';
  value: (item: never) => string | null;
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
  /** For a list of objects: the further values of each item, a column each. */
  itemColumns?: ItemColumn[];
  /** What the order of the items follows, when not the report's. */
  order?: string;
}

type Excerpt = Annotation['evidence'][number];

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
function linkTable<C extends CsvCollection>(list: ListField<C>): CsvTable {
  const { collection, field, column, description, item, itemColumns = [], order = 'in the order printed' } = list;
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
      `Place of the item in the ${owner}’s ${field}, from 1, ${order}.`,
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
    ...itemColumns.map(
      ({ value, ...rest }): Column<LinkRow> => ({
        ...rest,
        type: 'string',
        list: false,
        value: (row) => value(row.item as never),
      }),
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
            item: value,
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
  linkTable({
    collection: 'annotations',
    field: 'evidence',
    column: 'reportLink',
    order: 'in the order the annotation gives them',
    description: 'The report’s url with a text fragment that selects the excerpt, with its prefix and suffix.',
    item: (excerpt: Excerpt) => excerpt.reportLink,
    itemColumns: [
      {
        name: 'exact',
        field: 'evidence.exact',
        description: 'The words of the report the note rests on, verbatim. Provenance: printed.',
        required: true,
        value: (excerpt: Excerpt) => excerpt.exact,
      },
      {
        name: 'prefix',
        field: 'evidence.prefix',
        description:
          'The words printed just before exact, when exact alone is not unique in the report; empty otherwise. Provenance: printed.',
        required: false,
        value: (excerpt: Excerpt) => excerpt.prefix,
      },
      {
        name: 'suffix',
        field: 'evidence.suffix',
        description:
          'The words printed just after exact, when exact and prefix are not unique in the report; empty otherwise. Provenance: printed.',
        required: false,
        value: (excerpt: Excerpt) => excerpt.suffix,
      },
    ],
  }),
];
