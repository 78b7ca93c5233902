import initSqlJs from 'sql.js';

/**
 * SQLite compiled to WebAssembly: no native build, no install script, the same engine on every machine, so the
 * same data gives the same database bytes. Loaded once, when the exporters are.
 */
export const sqlJs = await initSqlJs();
