import { initSqlJs } from 'fts5-sql-bundle';
import type { SqlJsStatic } from 'sql.js';

/**
 * SQLite compiled to WebAssembly: no native build, no install script, the same engine on every machine, so the
 * same data gives the same database bytes. It is sql.js built with both full-text modules, FTS4 (the `search`
 * index sql.js users query) and FTS5 with its trigram tokenizer (`search_trigram`), so that one engine writes the
 * whole file; its own typings are loose, and sql.js's describe the same API. Loaded once, when the exporters are.
 */
export const sqlJs = (await initSqlJs()) as unknown as SqlJsStatic;
