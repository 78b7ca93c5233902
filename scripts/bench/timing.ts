import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median milliseconds of `runs` calls; the last call's result is kept for callers that need it. */
export async function timeRuns<T>(runs: number, run: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result: result as T };
}
