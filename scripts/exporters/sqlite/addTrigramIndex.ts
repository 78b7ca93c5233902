import { openDatabase } from './openDatabase.js';
import { createTrigramSql, type SearchRow } from './searchTable.js';
import { sqliteWasm } from './sqliteWasm.js';

/**
 * The database with the FTS5 trigram index added: sql.js, which builds the rest, has no FTS5, and SQLite's
 * WebAssembly build, which has it, has no FTS4. Two engines, because no WebAssembly build on npm has both modules:
 * sql.js 1.x lacks fts5; @sqlite.org/sqlite-wasm 3.50.4, node-sqlite3-wasm 0.8.60 and sql.js-fts5 1.4.0 lack fts4
 * (sql.js-fts5's fts5 has no trigram tokenizer either); wa-sqlite 1.0.0 lacks both (docs/dependencies.md).
 * The file is opened here as it is, the index written in one transaction and merged into one segment, and the file
 * rebuilt by VACUUM so that it is the same on every build.
 */
export function addTrigramIndex(database: Uint8Array, rows: SearchRow[]): Uint8Array {
  const db = openDatabase(database);
  try {
    db.exec(`${createTrigramSql} BEGIN;`);
    const insert = db.prepare('INSERT INTO search_trigram (text, collection, id, field) VALUES (?, ?, ?, ?)');
    // a row that fails leaves the statement to db.close(), which finalizes every statement still open
    for (const row of rows) insert.bind(row).stepReset();
    insert.finalize();
    db.exec("COMMIT; INSERT INTO search_trigram (search_trigram) VALUES ('optimize'); VACUUM;");
    return sqliteWasm.capi.sqlite3_js_db_export(db);
  } finally {
    db.close();
  }
}
