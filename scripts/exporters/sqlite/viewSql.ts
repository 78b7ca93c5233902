import { type CollectionName, collectionNames } from '../../../schema/index.js';
import type { Column } from '../tables/column.js';
import type { CsvTable } from '../tables/csvTable.js';
import { linkTableName } from '../tables/linkTableName.js';
import { linkTables } from '../tables/linkTables.js';
import { identifier, literal, tableName, viewName } from './sqlNames.js';

function linkTableOf(collection: string, field: string): CsvTable {
  const name = linkTableName(collection as CollectionName, field);
  const found = linkTables.find((table) => table.name === name);
  if (!found) throw new Error(`no link table ${name}`);
  return found;
}

/**
 * The items of a record's list in order, joined with "; " as in the CSV; `through` names the column, in the
 * table the link table's foreign key refers to, whose readable value stands instead of the id. The inner ORDER BY
 * sets the order in which group_concat sees the rows, in every SQLite version.
 */
function listSql(collection: string, field: string, through?: { column: string }): string {
  const link = linkTableOf(collection, field);
  const [owner, , item] = link.columns.map((column) => identifier(column.name));
  const ownerKey = identifier(link.foreignKeys[0].key);
  const target = link.foreignKeys.find((key) => key.field === link.columns[2].name);
  const value = through && target ? `x.${identifier(through.column)}` : `l.${item}`;
  const join = through && target ? ` JOIN ${tableName(target.table)} x ON x.${identifier(target.key)} = l.${item}` : '';
  return (
    `(SELECT group_concat(value, '; ') FROM (SELECT ${value} AS value FROM ${tableName(link)} l${join}` +
    ` WHERE l.${owner} = t.${ownerKey} ORDER BY l."position"))`
  );
}

const lookup = (table: string, column: string, key: string) =>
  `(SELECT ${identifier(column)} FROM ${tableName(table)} WHERE id = t.${identifier(key)})`;

/** The collection holding the record an annotation is about. */
const collectionOfTarget = () =>
  `CASE ${collectionNames
    .map((name) => `WHEN EXISTS (SELECT 1 FROM ${tableName(name)} WHERE id = t.target) THEN ${literal(name)}`)
    .join(' ')} END`;

/** The fields that annotations of kind "inferred" mark on the row's record, in the annotations' order. */
const inferredFieldsSql = () =>
  `(SELECT group_concat(field, '; ') FROM (SELECT field FROM ${tableName('annotations')}` +
  ` WHERE kind = 'inferred' AND target = t.id AND field IS NOT NULL ORDER BY rowid))`;

/**
 * The SQL of each joined column of the CSV files, by "table.column". Made when a view is, not when the module
 * loads: a few strings per view, and code that runs when it is called is code its tests can reach.
 */
const joinedSql = (): Record<string, string> => ({
  ...Object.fromEntries(collectionNames.map((name) => [`${name}.inferredFields`, inferredFieldsSql()])),
  'report.authorNames': listSql('report', 'authors', { column: 'name' }),
  'takeaways.themeHeading': lookup('themes', 'heading', 'theme'),
  'quotes.themeHeading': lookup('themes', 'heading', 'theme'),
  'quotes.speakerNames': listSql('quotes', 'speakers', { column: 'name' }),
  'quotes.sourceTitle': lookup('sources', 'title', 'source'),
  'quotes.sourceTitleEnglish': lookup('sources', 'titleEnglish', 'source'),
  'quotes.sourceUrl': lookup('sources', 'url', 'source'),
  'endnotes.citationTitles': listSql('endnotes', 'citations', { column: 'title' }),
  'sources.authorNames': listSql('sources', 'authors', { column: 'name' }),
  'annotations.targetCollection': collectionOfTarget(),
});

function columnSql(table: CsvTable, column: Column<unknown>, joined: Record<string, string>): string {
  const name = identifier(column.name);
  if (column.field && column.list) return `${listSql(table.name, column.field)} AS ${name}`;
  // stored as 1 or 0, written as the CSV writes it, so that the view's cells are the CSV's
  if (column.field && column.type === 'boolean')
    return `CASE WHEN t.${name} IS NULL THEN NULL WHEN t.${name} THEN 'true' ELSE 'false' END AS ${name}`;
  if (column.field) return `t.${name}`;
  const sql = joined[`${table.name}.${column.name}`];
  if (!sql) throw new Error(`${table.name}.csv: say how the database's view joins ${column.name}`);
  return `${sql} AS ${name}`;
}

/**
 * A view with the columns and cells of the table's CSV file: lists joined, linked records' readable values looked
 * up, and booleans as "true" and "false".
 */
export function viewSql(table: CsvTable): string {
  const joined = joinedSql();
  const columns = table.columns.map((column) => columnSql(table, column, joined));
  return `CREATE VIEW ${viewName(table)} AS SELECT\n  ${columns.join(',\n  ')}\nFROM ${tableName(table)} t ORDER BY t.rowid;`;
}
