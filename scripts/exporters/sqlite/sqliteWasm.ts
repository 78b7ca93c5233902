import sqlite3InitModule from '@sqlite.org/sqlite-wasm';

/**
 * SQLite's own WebAssembly build, with FTS5 (sql.js has only FTS4): no native build, no install script, the same
 * engine on every machine, so that the same data gives the same database bytes. Loaded once, when the exporters
 * are; its messages about browser storage, which Node lacks, are not printed.
 */
export const sqliteWasm = await sqlite3InitModule({ print: () => {}, printErr: () => {} });
