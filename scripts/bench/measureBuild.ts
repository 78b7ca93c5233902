import { readFileSync } from 'node:fs';
import { exporters, runExporters } from '../exporters/index.js';
import { createDataset, type Dataset } from '../lib/createDataset.js';
import type { DataCollections } from '../lib/dataset.js';
import type { OutputFile } from '../lib/outputFile.js';
import { formatProblem } from '../lib/problem.js';
import { writeDist } from '../lib/writeDist.js';
import { annotationEvidence } from '../lint/annotationEvidence.js';
import { lints } from '../lint/index.js';
import { validateData } from '../validateData.js';
import { timeRuns } from './timing.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/**
 * Every lint but the one that proves each excerpt of an annotation's evidence stands once in the report: the copies
 * repeat the report's words, so on their page no excerpt stands once, though each does in the one real report.
 */
export const syntheticLints = lints.filter((lint) => lint !== annotationEvidence);

function validated(dataDir: string): DataCollections {
  const validation = validateData(dataDir, syntheticLints);
  if (validation.ok) return validation.data;
  const shown = validation.problems.slice(0, 5).map(formatProblem).join('\n');
  throw new Error(`${dataDir} does not validate (${validation.problems.length} problems):\n${shown}`);
}

/** What `npm run build` does, in process. */
export async function build(dataDir: string, distDir: string): Promise<void> {
  writeDist(await runExporters(createDataset(validated(dataDir), version)), distDir);
}

export async function measureValidation(dataDir: string, runs: number): Promise<number> {
  return (await timeRuns(runs, () => validated(dataDir))).ms;
}

export async function measureBuild(dataDir: string, distDir: string, runs: number): Promise<number> {
  return (await timeRuns(runs, () => build(dataDir, distDir))).ms;
}

export interface ExporterTime {
  name: string;
  ms: number;
  files: number;
  bytes: number;
}

/** Each registered exporter alone, in order, fed what the ones before it produced, as runExporters does. */
export async function measureExporters(dataDir: string, runs: number): Promise<ExporterTime[]> {
  const dataset: Dataset = createDataset(validated(dataDir), version);
  const earlier = new Map<string, OutputFile['contents']>();
  const times: ExporterTime[] = [];
  for (const [index, exporter] of exporters.entries()) {
    const { ms, result } = await timeRuns(runs, () => exporter(dataset, earlier));
    for (const file of result) earlier.set(file.path, file.contents);
    const bytes = result.reduce((sum, file) => sum + Buffer.byteLength(file.contents), 0);
    times.push({ name: exporter.name || `exporter ${index + 1}`, ms, files: result.length, bytes });
  }
  return times;
}
