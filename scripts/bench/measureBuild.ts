import { performance } from 'node:perf_hooks';
import { runExporters } from '../exporters/index.js';
import { createDataset } from '../lib/createDataset.js';
import type { DataCollections } from '../lib/dataset.js';
import { projectRoot } from '../lib/paths.js';
import { formatProblem } from '../lib/problem.js';
import { readRelease } from '../lib/readRelease.js';
import { writeDist } from '../lib/writeDist.js';
import { annotationEvidence } from '../lint/annotationEvidence.js';
import { lints } from '../lint/index.js';
import { validateData } from '../validateData.js';

/** The release the build describes, read as `npm run build` reads it. */
const release = readRelease(projectRoot);

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

/** In a function of its own, so that the records as read are left to the collector once the dataset is made. */
function validatedDataset(dataDir: string) {
  const start = performance.now();
  const data = validated(dataDir);
  const validateMs = performance.now() - start;
  return { dataset: createDataset(data, release.version, release), validateMs };
}

export interface ExporterTime {
  name: string;
  ms: number;
  files: number;
  bytes: number;
}

export interface BuildTimes {
  /** Validating data/. */
  validateMs: number;
  /** What `npm run build` does: validating data/, exporting it and writing dist/. */
  buildMs: number;
  /** Each registered exporter, in build order, fed what the ones before it produced. */
  exporters: ExporterTime[];
}

/** What `npm run build` does, in process, timed as a whole and exporter by exporter. */
export async function measureBuild(dataDir: string, distDir: string): Promise<BuildTimes> {
  const start = performance.now();
  const { dataset, validateMs } = validatedDataset(dataDir);
  const times: ExporterTime[] = [];
  let exporterStart = performance.now();
  const files = await runExporters(dataset, (exporter, written) => {
    const bytes = written.reduce((sum, file) => sum + Buffer.byteLength(file.contents), 0);
    const name = exporter.name || `exporter ${times.length + 1}`;
    times.push({ name, ms: performance.now() - exporterStart, files: written.length, bytes });
    exporterStart = performance.now();
  });
  writeDist(files, distDir);
  return { validateMs, buildMs: performance.now() - start, exporters: times };
}
