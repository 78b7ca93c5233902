import type { SqlValue } from 'sql.js';
import type { Dataset } from '../../lib/createDataset.js';
import { releaseMeta } from '../../lib/releaseMeta.js';
import type { Cell } from '../tables/column.js';
import { csvFiles } from '../tables/csvFiles.js';
import { createTableSql } from './createTableSql.js';
import { createReleaseSql, releaseColumns } from './releaseTable.js';
import { createSearchSql, createTrigramSql, searchRows } from './searchTable.js';
import { sqlJs } from './sqlJs.js';
import { identifier, tableName } from './sqlNames.js';
import { storedColumns } from './storedColumns.js';
import { userVersion } from './userVersion.js';
import { viewSql } from './viewSql.js';

function sqlValue(cell: Cell): SqlValue {
  // sql.js itself binds a boolean as 1 or 0: so skipping this line (the condition made false) stores the same value,
  // a mutant left alive and not marked, as a mark would hide the condition made true, which stores text as 1
  // Stryker disable next-line StringLiteral: sql.js itself binds a boolean as 1 or 0, so the stored value is the same
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell === 'object' && cell !== null) throw new Error('a list is stored in its own table');
  return cell;
}

function insert(db: import('sql.js').Database, table: string, columns: string[], rows: SqlValue[][]): void {
  const statement = db.prepare(
    `INSERT INTO ${table} (${columns.map(identifier).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows) statement.run(row);
  statement.free();
}

/**
 * The dataset as one SQLite file: every CSV table typed and keyed, a view per collection with the CSV's readable
 * columns, two full-text indexes, and the release it belongs to (the table `dataset`, and PRAGMA user_version).
 * The foreign keys are checked when the rows are in, and the file is rebuilt by VACUUM so that its pages are
 * laid out the same on every build.
 */
export function buildDatabase(dataset: Dataset): Uint8Array {
  const db = new sqlJs.Database();
  try {
    // foreign keys are checked once every row is in: enforced row by row, a record inserted before the one it
    // refers to would have SQLite scan its unindexed referring columns for every later parent, quadratic in size
    // a build that fails is thrown away whole, so it needs no journal; a cache of a gigabyte, and VACUUM's copy in
    // memory, keep even the file of a thousand times the data in memory, rather than written out and read back page
    // by page, so that the time per row stays flat
    db.run(
      // Stryker disable next-line StringLiteral: settings of speed alone (4096 is sql.js's page size already): VACUUM writes the same file without them
      'PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1048576; PRAGMA temp_store = MEMORY;',
    );
    const referenced = new Set(csvFiles.flatMap((table) => table.foreignKeys.map((key) => `${key.table}.${key.key}`)));
    for (const table of csvFiles) db.run(createTableSql(table, referenced));
    db.run('BEGIN;');
    for (const table of csvFiles) {
      const columns = storedColumns(table);
      const rows = table.rows(dataset).map((row) => columns.map((column) => sqlValue(column.value(row, dataset))));
      insert(
        db,
        tableName(table),
        columns.map((column) => column.name),
        rows,
      );
    }
    db.run('COMMIT;');
    const broken = db.exec('PRAGMA foreign_key_check;');
    if (broken.length > 0) throw new Error(`the database breaks its foreign keys: ${JSON.stringify(broken[0].values)}`);
    for (const table of csvFiles) if (table.kind === 'records') db.run(viewSql(table));
    // in one transaction each: a full-text index writes its segments once, not once per text, and 'optimize'
    // merges them into one, so that the file is the same on every build
    const searched = searchRows(dataset);
    for (const [sql, index] of [
      [createSearchSql, 'search'],
      [createTrigramSql, 'search_trigram'],
    ]) {
      db.run(`${sql} BEGIN;`);
      insert(db, index, ['text', 'collection', 'id', 'field'], searched);
      db.run(`COMMIT; INSERT INTO ${index} (${index}) VALUES ('optimize');`);
    }
    const meta = releaseMeta(dataset);
    const releaseFields = Object.keys(releaseColumns) as (keyof typeof releaseColumns)[];
    db.run(createReleaseSql);
    insert(db, 'dataset', releaseFields, [releaseFields.map((name) => meta[name])]);
    db.run(`PRAGMA user_version = ${userVersion(dataset.version)}; VACUUM;`);
    return db.export();
  } finally {
    db.close();
  }
}
