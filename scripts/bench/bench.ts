import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir, projectRoot } from '../lib/paths.js';
import { validateData } from '../validateData.js';
import {
  type Budget,
  bundleBudget,
  linearGrowthBudgets,
  linearMemoryBudgets,
  type ScaleMemory,
  type ScaleTime,
} from './budgets.js';
import { budgetLines, type ExporterTimes, exporterTable, memoryTable, scaleTable, sizeLines } from './formatReport.js';
import { describeMachine } from './machine.js';
import { build, measureBuild, measureExporters, measureValidation } from './measureBuild.js';
import { measurePeakMemory } from './measureMemory.js';
import { minifiedQuotesJson, packSize, quotesBundle } from './measureSize.js';
import { type JsonCollections, recordCount, scaleData, writeData } from './syntheticData.js';

const benchDir = join(projectRoot, '.bench');
/** Exporters are timed alone at these scales: the first shows where time goes, the second what grows too fast. */
const exporterScales = [100, 1000];

/** Medians of a few runs where runs are cheap; one run where a single one takes long. */
const runsAt = (scale: number) => (scale <= 10 ? 5 : scale <= 100 ? 3 : 1);

function scalesOption(): number[] {
  const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,10,100,1000' } } });
  const scales = values.scales
    .split(',')
    .map(Number)
    .sort((a, b) => a - b);
  if (scales.some((scale) => !Number.isInteger(scale) || scale < 1)) throw new Error('--scales takes e.g. 1,10,100');
  return scales;
}

/** In a function of its own so that the records in memory can be collected before anything is timed. */
function writeScaledData(data: JsonCollections, scale: number, dir: string): number {
  const scaled = scaleData(data, scale);
  writeData(scaled, dir);
  return recordCount(scaled);
}

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function main(): Promise<void> {
  const scales = scalesOption();
  const real = validateData(defaultDataDir);
  if (!real.ok) throw new Error(`data/ does not validate (${real.problems.length} problems); run npm run validate`);
  rmSync(benchDir, { recursive: true, force: true });
  mkdirSync(benchDir, { recursive: true });

  const times: ScaleTime[] = [];
  const memories: ScaleMemory[] = [];
  const exporterTimes = new Map<number, ExporterTimes>();
  for (const [index, scale] of scales.entries()) {
    const dataDir = join(benchDir, `data-${scale}x`);
    const distDir = join(benchDir, `dist-${scale}x`);
    const records = writeScaledData(real.data, scale, dataDir);
    if (index === 0) build(dataDir, distDir); // warm-up: module loading and first compilation are not per record
    const runs = runsAt(scale);
    const validateMs = measureValidation(dataDir, runs);
    const buildMs = measureBuild(dataDir, distDir, runs);
    times.push({ scale, records, runs, validateMs, buildMs });
    const peakRssBytes = measurePeakMemory(dataDir, distDir);
    memories.push({ scale, records, peakRssBytes });
    progress(
      `${scale}×: ${records} records, validate ${validateMs.toFixed(1)} ms, build ${buildMs.toFixed(1)} ms, peak RSS ${(peakRssBytes / 1e6).toFixed(1)} MB`,
    );
    if (exporterScales.includes(scale))
      exporterTimes.set(scale, { scale, records, times: measureExporters(dataDir, runsAt(scale)) });
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }
  rmSync(benchDir, { recursive: true, force: true });

  const pack = packSize();
  const bundle = await quotesBundle();
  const quotesJson = minifiedQuotesJson();
  const budgets: Budget[] = [
    ...linearGrowthBudgets(times),
    ...linearMemoryBudgets(memories),
    bundleBudget(bundle, quotesJson),
  ];

  const date = new Date().toISOString().slice(0, 10);
  const [small, large] = exporterScales.map((scale) => exporterTimes.get(scale));
  const lines = [`Taken ${date} on ${describeMachine()}.`, '', scaleTable(times), '', memoryTable(memories)];
  if (small) lines.push('', exporterTable(small, large));
  lines.push('', sizeLines(pack, bundle, quotesJson), '', budgetLines(budgets));
  console.log(lines.join('\n'));
  if (budgets.some((budget) => budget.pass === false)) process.exitCode = 1;
}

main().catch((error: Error) => {
  console.error(`✖ ${error.message}`);
  process.exit(1);
});
