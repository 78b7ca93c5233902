import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../lib/paths.js';

/**
 * Peak resident memory (RSS) of one build in a process of its own, so that no scale inherits the heap, caches
 * or compiled code of another and each peak is that build's alone.
 */
export function measurePeakMemory(dataDir: string, distDir: string): number {
  const script = join(projectRoot, 'scripts/bench/peakMemory.ts');
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, '--data', dataDir, '--dist', distDir], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`the build of ${dataDir} failed in its own process: ${child.stderr.trim()}`);
  const { peakRssBytes } = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}');
  if (typeof peakRssBytes !== 'number') throw new Error(`no peak memory reported for ${dataDir}: ${child.stdout}`);
  return peakRssBytes;
}
