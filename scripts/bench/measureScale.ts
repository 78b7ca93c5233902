import { join } from 'node:path';
import type { DataCollections } from '../lib/dataset.js';
import type { ScaleMemory, ScaleTime } from './budgets.js';
import type { ExporterTime } from './measureBuild.js';
import { measureBuildProcess } from './measureBuildProcess.js';
import { recordCount, scaleData, writeData } from './syntheticData.js';
import { median } from './timing.js';

export interface ScaleMeasure {
  time: ScaleTime;
  memory: ScaleMemory;
  /** Each exporter's time, the median of the runs. */
  exporters: ExporterTime[];
  /** The synthetic data/ and the dist/ built from it, in the bench's folder; the caller removes them. */
  dataDir: string;
  distDir: string;
}

/** In a function of its own so that the records in memory can be collected before anything is measured. */
function writeScaledData(data: DataCollections, scale: number, dir: string): number {
  const scaled = scaleData(data, scale);
  writeData(scaled, dir);
  return recordCount(scaled);
}

/**
 * One scale of the bench: the data `scale` times over, written as data-<scale>x/ in the bench's folder, and built
 * `runs` times, each in a fresh process that times validation, the build and each exporter, and takes its peak
 * memory: the medians of the runs.
 */
export function measureScale(data: DataCollections, scale: number, benchDir: string, runs: number): ScaleMeasure {
  const dataDir = join(benchDir, `data-${scale}x`);
  const distDir = join(benchDir, `dist-${scale}x`);
  const records = writeScaledData(data, scale, dataDir);
  const measures = Array.from({ length: runs }, () => measureBuildProcess(dataDir, distDir));
  const of = (figure: (measure: (typeof measures)[number]) => number) => median(measures.map(figure));
  return {
    time: {
      scale,
      records,
      runs,
      validateMs: of((measure) => measure.validateMs),
      buildMs: of((measure) => measure.buildMs),
    },
    memory: { scale, records, peakRssBytes: of((measure) => measure.peakRssBytes) },
    exporters: measures[0].exporters.map((exporter, index) => ({
      ...exporter,
      ms: of((measure) => measure.exporters[index].ms),
    })),
    dataDir,
    distDir,
  };
}
