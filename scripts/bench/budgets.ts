import type { Measured } from './measureSize.js';

export interface ScaleTime {
  scale: number;
  records: number;
  runs: number;
  validateMs: number;
  buildMs: number;
}

/** Peak resident memory of one build in a fresh process. */
export interface ScaleMemory {
  scale: number;
  records: number;
  peakRssBytes: number;
}

export interface Budget {
  name: string;
  /** null when a figure it needs was not measured. */
  pass: boolean | null;
  detail: string;
}

/** Growth stays linear when time per record at the largest scale is within this factor of the 10× figure. */
export const linearGrowthFactor = 1.5;
/** A bundle importing only the quotes may weigh at most this much more than the quotes as minified JSON. */
export const bundleOverheadFactor = 1.25;

export const microsPerRecord = (ms: number, records: number) => (ms * 1000) / records;
export const kBPerRecord = (bytes: number, records: number) => bytes / 1000 / records;

type Step = 'validateMs' | 'buildMs';
const steps = [
  ['validation', 'validateMs'],
  ['build', 'buildMs'],
] as const;

/**
 * Time per record added between two scales. The fixed cost (module loading, compiling schemas, writing the
 * package's modules) cancels out, where in plain time per record it would hide superlinear growth.
 */
export function addedMicrosPerRecord(from: ScaleTime, to: ScaleTime, step: Step): number {
  return microsPerRecord(to[step] - from[step], to.records - from.records);
}

/** Peak memory per record added between two scales: the fixed cost (Node, modules, compiled schemas) cancels out. */
export function addedKBPerRecord(from: ScaleMemory, to: ScaleMemory): number {
  return kBPerRecord(to.peakRssBytes - from.peakRssBytes, to.records - from.records);
}

function withinFactor(
  name: string,
  [to, toLabel]: [number, string],
  [from, fromLabel]: [number, string],
  unit = 'µs',
): Budget {
  const ratio = to / from;
  return {
    name,
    pass: ratio <= linearGrowthFactor,
    detail: `${to.toFixed(1)} ${unit} ${toLabel} vs ${from.toFixed(1)} ${unit} ${fromLabel} (${ratio.toFixed(2)}×, limit ${linearGrowthFactor}×)`,
  };
}

/**
 * Time per record at the largest scale within the factor of the base scale's, both plainly and per record
 * added: from the scale below the largest to the largest, against from the base scale to the next one.
 */
export function linearGrowthBudgets(times: ScaleTime[], baseScale = 10): Budget[] {
  const sorted = [...times].sort((a, b) => a.scale - b.scale);
  const baseIndex = sorted.findIndex((time) => time.scale === baseScale);
  const last = sorted.length - 1;
  const plain = steps.map(([step, field]): Budget => {
    const name = `${step} time per record grows linearly`;
    if (baseIndex < 0 || baseIndex === last)
      return { name, pass: null, detail: `needs the ${baseScale}× scale and a larger one` };
    const [base, largest] = [sorted[baseIndex], sorted[last]];
    const at = (time: ScaleTime) => microsPerRecord(time[field], time.records);
    return withinFactor(name, [at(largest), `at ${largest.scale}×`], [at(base), `at ${baseScale}×`]);
  });
  const added = steps.map(([step, field]): Budget => {
    const name = `${step} time per added record grows linearly`;
    if (baseIndex < 0 || last - baseIndex < 2)
      return { name, pass: null, detail: `needs the ${baseScale}× scale and two larger ones` };
    const [base, next, below, largest] = [sorted[baseIndex], sorted[baseIndex + 1], sorted[last - 1], sorted[last]];
    return withinFactor(
      name,
      [addedMicrosPerRecord(below, largest, field), `from ${below.scale}× to ${largest.scale}×`],
      [addedMicrosPerRecord(base, next, field), `from ${base.scale}× to ${next.scale}×`],
    );
  });
  return [...plain, ...added];
}

/**
 * Peak memory per record at the largest scale within the factor of the base scale's, plainly and per record
 * added: from the scale below the largest to the largest, against from the scale below the base to the base.
 * The base is 100×, where the data, not Node and the modules, already holds most of the memory.
 */
export function linearMemoryBudgets(memories: ScaleMemory[], baseScale = 100): Budget[] {
  const sorted = [...memories].sort((a, b) => a.scale - b.scale);
  const baseIndex = sorted.findIndex((memory) => memory.scale === baseScale);
  const last = sorted.length - 1;
  const plainName = 'peak memory per record grows linearly';
  const addedName = 'peak memory per added record grows linearly';
  if (baseIndex < 1 || baseIndex === last) {
    const detail = `needs the ${baseScale}× scale, a smaller one and a larger one`;
    return [plainName, addedName].map((name) => ({ name, pass: null, detail }));
  }
  const [before, base, below, largest] = [sorted[baseIndex - 1], sorted[baseIndex], sorted[last - 1], sorted[last]];
  const at = (memory: ScaleMemory) => kBPerRecord(memory.peakRssBytes, memory.records);
  return [
    withinFactor(plainName, [at(largest), `at ${largest.scale}×`], [at(base), `at ${base.scale}×`], 'kB'),
    withinFactor(
      addedName,
      [addedKBPerRecord(below, largest), `from ${below.scale}× to ${largest.scale}×`],
      [addedKBPerRecord(before, base), `from ${before.scale}× to ${base.scale}×`],
      'kB',
    ),
  ];
}

export function bundleBudget(bundle: Measured, quotesJson: Measured): Budget {
  const name = 'quotes bundle within the minified quotes JSON';
  if ('notMeasured' in bundle) return { name, pass: null, detail: bundle.notMeasured };
  if ('notMeasured' in quotesJson) return { name, pass: null, detail: quotesJson.notMeasured };
  const ratio = bundle.bytes / quotesJson.bytes;
  return {
    name,
    pass: ratio <= bundleOverheadFactor,
    detail: `${bundle.bytes} B vs ${quotesJson.bytes} B (${ratio.toFixed(2)}×, limit ${bundleOverheadFactor}×)`,
  };
}

export function formatBudget({ name, pass, detail }: Budget): string {
  if (pass === null) return `– ${name}: not measured: ${detail}`;
  return `${pass ? '✔ pass' : '✖ FAIL'} ${name}: ${detail}`;
}
