import {
  addedKBPerRecord,
  addedMicrosPerRecord,
  type Budget,
  formatBudget,
  kBPerRecord,
  microsPerRecord,
  type ScaleMemory,
  type ScaleTime,
} from './budgets.js';
import type { ExporterTime } from './measureBuild.js';
import type { Measured, PackSize } from './measureSize.js';

export interface ExporterTimes {
  scale: number;
  records: number;
  times: ExporterTime[];
}

const table = (head: string[], rows: (string | number)[][]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const ms = (value: number) => value.toFixed(1);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const shown = (figure: Measured) => ('bytes' in figure ? kB(figure.bytes) : `not measured: ${figure.notMeasured}`);
const slowestOf = (times: ExporterTime[]) => times.reduce((max, time) => (time.ms > max.ms ? time : max));

export function scaleTable(times: ScaleTime[]): string {
  const head = ['Scale', 'Records', 'Validate ms', 'Build ms', 'Validate µs/record', 'Build µs/record'];
  return table(
    [...head, 'Validate µs/added record', 'Build µs/added record', 'Runs'],
    times.map((time, index) => [
      `${time.scale}×`,
      time.records,
      ms(time.validateMs),
      ms(time.buildMs),
      microsPerRecord(time.validateMs, time.records).toFixed(1),
      microsPerRecord(time.buildMs, time.records).toFixed(1),
      index === 0 ? '' : addedMicrosPerRecord(times[index - 1], time, 'validateMs').toFixed(1),
      index === 0 ? '' : addedMicrosPerRecord(times[index - 1], time, 'buildMs').toFixed(1),
      time.runs,
    ]),
  );
}

export function memoryTable(memories: ScaleMemory[]): string {
  return [
    'Peak memory (RSS) of one build, each scale in a fresh process:',
    '',
    table(
      ['Scale', 'Records', 'Peak RSS MB', 'kB/record', 'kB/added record'],
      memories.map((memory, index) => [
        `${memory.scale}×`,
        memory.records,
        (memory.peakRssBytes / 1e6).toFixed(1),
        kBPerRecord(memory.peakRssBytes, memory.records).toFixed(1),
        index === 0 ? '' : addedKBPerRecord(memories[index - 1], memory).toFixed(1),
      ]),
    ),
  ].join('\n');
}

/** Where build time goes at one scale and, given a larger one, how each exporter's time per record grows. */
export function exporterTable(small: ExporterTimes, large?: ExporterTimes): string {
  const total = small.times.reduce((sum, time) => sum + time.ms, 0);
  const growth = (index: number) =>
    microsPerRecord(large?.times[index].ms ?? 0, large?.records ?? 1) /
    microsPerRecord(small.times[index].ms, small.records);
  const largeHead = large ? [`ms at ${large.scale}×`, `µs/record at ${large.scale}× ÷ at ${small.scale}×`] : [];
  const lines = [
    `Each exporter alone, in build order, fed what those before it produced (${small.records} records at ${small.scale}×):`,
    '',
    table(
      ['Exporter', `ms at ${small.scale}×`, 'Share', 'Files', 'Output', ...largeHead],
      small.times.map((time, index) => [
        `\`${time.name}\``,
        ms(time.ms),
        `${((time.ms / total) * 100).toFixed(0)}%`,
        time.files,
        kB(time.bytes),
        ...(large ? [ms(large.times[index].ms), `${growth(index).toFixed(1)}×`] : []),
      ]),
    ),
    '',
  ];
  for (const { scale, times } of large ? [small, large] : [small]) {
    const slowest = slowestOf(times);
    lines.push(`Slowest exporter at ${scale}×: \`${slowest.name}\`, ${ms(slowest.ms)} ms.  `);
  }
  return lines.join('\n');
}

export function sizeLines(pack: PackSize, bundle: Measured, quotesJson: Measured): string {
  return [
    `- Packed tarball: ${kB(pack.size)} (${kB(pack.unpackedSize)} unpacked, ${pack.entryCount} files)`,
    `- \`import { quotes } from 'beijing-two-voices'\` bundled and minified (esbuild, node, esm): ${shown(bundle)}`,
    `- \`dist/json/quotes.json\` minified: ${shown(quotesJson)}`,
  ].join('\n');
}

/** Two trailing spaces: a Markdown line break, so the lines stay apart when pasted into the README. */
export const budgetLines = (budgets: Budget[]) => budgets.map((budget) => `${formatBudget(budget)}  `).join('\n');
