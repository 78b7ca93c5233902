import { join } from 'node:path';
import type { DataCollections } from '../lib/dataset.js';
import type { ScaleMemory, ScaleTime } from './budgets.js';
import { build, measureBuild, measureValidation } from './measureBuild.js';
import { measurePeakMemory } from './measureMemory.js';
import { recordCount, scaleData, writeData } from './syntheticData.js';

export interface ScaleMeasure {
  time: ScaleTime;
  memory: ScaleMemory;
  /** The synthetic data/ and the dist/ built from it, in the bench's folder; the caller removes them. */
  dataDir: string;
  distDir: string;
}

/** In a function of its own so that the records in memory can be collected before anything is timed. */
function writeScaledData(data: DataCollections, scale: number, dir: string): number {
  const scaled = scaleData(data, scale);
  writeData(scaled, dir);
  return recordCount(scaled);
}

/**
 * One scale of the bench: the data `scale` times over, written as data-<scale>x/ in the bench's folder, validated
 * and built `runs` times each (after one untimed build when `warmUp`: module loading and first compilation are not
 * per record), then built once in a process of its own for its peak memory.
 */
export async function measureScale(
  data: DataCollections,
  scale: number,
  benchDir: string,
  runs: number,
  warmUp = false,
): Promise<ScaleMeasure> {
  const dataDir = join(benchDir, `data-${scale}x`);
  const distDir = join(benchDir, `dist-${scale}x`);
  const records = writeScaledData(data, scale, dataDir);
  if (warmUp) await build(dataDir, distDir);
  const validateMs = await measureValidation(dataDir, runs);
  const buildMs = await measureBuild(dataDir, distDir, runs);
  const peakRssBytes = measurePeakMemory(dataDir, distDir);
  return {
    time: { scale, records, runs, validateMs, buildMs },
    memory: { scale, records, peakRssBytes },
    dataDir,
    distDir,
  };
}
