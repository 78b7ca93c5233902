import type { Dataset } from '../lib/createDataset.js';
import type { OutputFile } from '../lib/outputFile.js';
import { exportChecksums } from './checksums.js';
import { exportCitations } from './citations.js';
import { exportCsv } from './csv.js';
import { exportDatapackage } from './datapackage.js';
import { exportExplorer } from './explorer.js';
import { exportJson } from './json.js';
import { exportJsonSchema } from './jsonSchema.js';
import { exportParquet } from './parquet.js';
import { exportSqlite } from './sqlite.js';
import type { Exporter } from './types.js';
import { exportTypeScript } from './typescript.js';
import { exportXlsx } from './xlsx.js';

/** In order: an exporter may describe the files of those before it. */
export const exporters: Exporter[] = [
  exportJson,
  exportJsonSchema,
  exportTypeScript,
  exportCitations,
  exportCsv,
  exportDatapackage, // hashes the CSV files
  exportSqlite,
  exportParquet,
  exportXlsx,
  exportExplorer, // offers the files above for download
  // exportChecksums stays last: it lists every file written before it
  exportChecksums,
];

export async function runExporters(dataset: Dataset): Promise<OutputFile[]> {
  const built = new Map<string, OutputFile['contents']>();
  for (const exporter of exporters) {
    for (const file of await exporter(dataset, built)) {
      if (built.has(file.path)) throw new Error(`two exporters write dist/${file.path}`);
      built.set(file.path, file.contents);
    }
  }
  // sorted so that the listing, and anything built from it, is stable; a Map's keys are unique, so never equal
  // Stryker disable next-line EqualityOperator: two paths are never equal, so a <= b orders them as a < b does
  return [...built].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, contents]) => ({ path, contents }));
}
