import { buildDatabase } from './sqlite/buildDatabase.js';
import { databaseName, datasetteMetadata } from './sqlite/datasetteMetadata.js';
import type { SyncExporter } from './types.js';

/** dist/sqlite/: the dataset as one SQLite database, and Datasette's metadata.json describing it. */
export const exportSqlite: SyncExporter = (dataset) => [
  { path: `sqlite/${databaseName}.db`, contents: buildDatabase(dataset) },
  { path: 'sqlite/metadata.json', contents: `${JSON.stringify(datasetteMetadata(dataset), null, 2)}\n` },
];
