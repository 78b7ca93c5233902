import type { Column } from '../tables/column.js';
import type { CsvTable } from '../tables/csvTable.js';
import { identifier, literal, tableName } from './sqlNames.js';
import { storedColumns } from './storedColumns.js';

const sqlTypes: Record<Column<unknown>['type'], string> = { string: 'TEXT', integer: 'INTEGER', boolean: 'INTEGER' };

function columnSql(column: Column<unknown>, unique: boolean): string {
  const name = identifier(column.name);
  const allowed = column.type === 'boolean' ? ['0', '1'] : column.enum?.map(literal);
  return [
    name,
    sqlTypes[column.type],
    column.required ? 'NOT NULL' : '',
    unique ? 'UNIQUE' : '',
    allowed ? `CHECK (${name} IN (${allowed.join(', ')}))` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * CREATE TABLE with typed columns, the primary key and a foreign key to every table it refers to.
 * `referenced` holds "table.column" for every column some foreign key names, which SQLite wants unique.
 */
export function createTableSql(table: CsvTable, referenced: ReadonlySet<string>): string {
  const single = table.primaryKey.length === 1 ? table.primaryKey[0] : undefined;
  const lines = [
    ...storedColumns(table).map((column) =>
      columnSql(column, column.name !== single && referenced.has(`${table.name}.${column.name}`)),
    ),
    `PRIMARY KEY (${table.primaryKey.map(identifier).join(', ')})`,
    ...table.foreignKeys.map(
      (key) => `FOREIGN KEY (${identifier(key.field)}) REFERENCES ${tableName(key.table)} (${identifier(key.key)})`,
    ),
  ];
  return `CREATE TABLE ${tableName(table)} (\n  ${lines.join(',\n  ')}\n);`;
}
