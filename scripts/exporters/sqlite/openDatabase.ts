import type { Database } from '@sqlite.org/sqlite-wasm';
import { sqliteWasm } from './sqliteWasm.js';

/** A database file's bytes opened, writable, in memory with SQLite's WebAssembly build (which has FTS5). */
export function openDatabase(database: Uint8Array): Database {
  const { capi, oo1, wasm } = sqliteWasm;
  // Stryker disable next-line StringLiteral: an empty name opens a private temporary database, which the bytes below replace as they do an in-memory one
  const db = new oo1.DB(':memory:', 'c');
  // a view of the bytes as a plain Uint8Array: the copy into WebAssembly memory takes the heap by the array's
  // constructor, which a Node Buffer's is not
  const bytes = wasm.allocFromTypedArray(new Uint8Array(database.buffer, database.byteOffset, database.byteLength));
  const flags = capi.SQLITE_DESERIALIZE_FREEONCLOSE | capi.SQLITE_DESERIALIZE_RESIZEABLE;
  db.checkRc(capi.sqlite3_deserialize(db, 'main', bytes, database.byteLength, database.byteLength, flags));
  return db;
}
