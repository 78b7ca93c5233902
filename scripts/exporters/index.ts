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

/**
 * Every exporter in turn on the dataset, each fed what those before it produced, as bytes: each text is encoded as
 * UTF-8 as soon as it is written, so that the files wait for the next exporters and for dist/ outside V8's heap,
 * which would otherwise hold every format of the data at once. `written`, when given, is told what each exporter
 * wrote as soon as it has (the bench times the exporters by it).
 */
export async function runExporters(
  dataset: Dataset,
  written: (exporter: Exporter, files: OutputFile[]) => void = () => {},
): Promise<OutputFile[]> {
  const built = new Map<string, OutputFile['contents']>();
  for (const exporter of exporters) {
    const files = await exporter(dataset, built);
    written(exporter, files);
    for (const file of files) {
      if (built.has(file.path)) throw new Error(`two exporters write dist/${file.path}`);
      built.set(file.path, typeof file.contents === 'string' ? Buffer.from(file.contents) : file.contents);
    }
  }
  // sorted so that the listing, and anything built from it, is stable; a Map's keys are unique, so never equal
  // Stryker disable next-line EqualityOperator: two paths are never equal, so a <= b orders them as a < b does
  return [...built].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, contents]) => ({ path, contents }));
}
