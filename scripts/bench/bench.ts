/**
 * `npm run bench`: times validation, the build and each exporter on the data 1, 10, 100 and 1000 times over, and
 * measures peak memory, each run one build in a fresh process; at the default scales it writes the figures into
 * docs/performance.md. Its budgets are reported; since
 * load on a shared machine moves timings, a budget that fails makes it exit 1 only with --strict.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir, projectRoot } from '../lib/paths.js';
import { validateData } from '../validateData.js';
import { type Budget, linearGrowthBudgets, linearMemoryBudgets, type ScaleMemory, type ScaleTime } from './budgets.js';
import { budgetLines, type ExporterTimes, exporterTable, memoryTable, scaleTable } from './formatReport.js';
import { describeMachine } from './machine.js';
import { measureScale } from './measureScale.js';
import { writeMarkedBlock } from './writeMarkedBlock.js';

const benchDir = join(projectRoot, '.bench');
const defaultScales = '1,10,100,1000';
/** Exporters' times shown at these scales: the first shows where time goes, the second what grows too fast. */
const exporterScales = [100, 1000];

/** Medians of a few runs where runs are cheap; one run where a single one takes long. */
const runsAt = (scale: number) => (scale <= 10 ? 5 : scale <= 100 ? 3 : 1);

function options(): { scales: number[]; strict: boolean; write: boolean } {
  const { values } = parseArgs({
    options: { scales: { type: 'string', default: defaultScales }, strict: { type: 'boolean', default: false } },
  });
  const scales = values.scales
    .split(',')
    .map(Number)
    .sort((a, b) => a - b);
  if (scales.some((scale) => !Number.isInteger(scale) || scale < 1)) throw new Error('--scales takes e.g. 1,10,100');
  // figures at other scales are a developer's probe, not the ones the docs compare
  return { scales, strict: values.strict, write: values.scales === defaultScales };
}

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function main(): Promise<void> {
  const { scales, strict, write } = options();
  const real = validateData(defaultDataDir);
  if (!real.ok) throw new Error(`data/ does not validate (${real.problems.length} problems); run npm run validate`);
  rmSync(benchDir, { recursive: true, force: true });
  mkdirSync(benchDir, { recursive: true });

  const times: ScaleTime[] = [];
  const memories: ScaleMemory[] = [];
  const exporterTimes = new Map<number, ExporterTimes>();
  for (const scale of scales) {
    const { time, memory, exporters, dataDir, distDir } = measureScale(real.data, scale, benchDir, runsAt(scale));
    times.push(time);
    memories.push(memory);
    progress(
      `${scale}×: ${time.records} records, validate ${time.validateMs.toFixed(1)} ms, build ${time.buildMs.toFixed(1)} ms, peak RSS ${(memory.peakRssBytes / 1e6).toFixed(1)} MB`,
    );
    if (exporterScales.includes(scale)) exporterTimes.set(scale, { scale, records: time.records, times: exporters });
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }
  rmSync(benchDir, { recursive: true, force: true });

  const budgets: Budget[] = [...linearGrowthBudgets(times), ...linearMemoryBudgets(memories)];
  const date = new Date().toISOString().slice(0, 10);
  const [small, large] = exporterScales.map((scale) => exporterTimes.get(scale));
  const lines = [`Taken ${date} on ${describeMachine()}.`, '', scaleTable(times), '', memoryTable(memories)];
  if (small) lines.push('', exporterTable(small, large));
  lines.push('', budgetLines(budgets));
  const report = `${lines.join('\n')}\n`;
  console.log(report);
  if (write) {
    writeMarkedBlock(join(projectRoot, 'docs/performance.md'), 'bench', report);
    // its tables aligned as the formatter wants them, so that npm run lint passes on the file as written
    spawnSync(join(projectRoot, 'node_modules/.bin/biome'), ['format', '--write', 'docs/performance.md'], {
      cwd: projectRoot,
      stdio: 'ignore',
    });
    progress('written to docs/performance.md');
  }
  const failed = budgets.filter((budget) => budget.pass === false).length;
  if (failed > 0)
    progress(
      strict
        ? `✖ ${failed} budget(s) failed (--strict)`
        : `${failed} budget(s) failed; timings move with the machine's load: rerun on an idle machine, or with --strict to fail on them`,
    );
  if (failed > 0 && strict) process.exitCode = 1;
}

main().catch((error: Error) => {
  console.error(`✖ ${error.message}`);
  process.exit(1);
});
