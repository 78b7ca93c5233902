import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../lib/paths.js';
import type { BuildTimes } from './measureBuild.js';

export interface BuildMeasure extends BuildTimes {
  peakRssBytes: number;
}

/**
 * One build in a process of its own, timed, with its peak resident memory (RSS): no run inherits the heap, caches or
 * compiled code of another, so each figure is that build's alone, and a build of the largest scale is made once for
 * all its figures.
 */
export function measureBuildProcess(dataDir: string, distDir: string): BuildMeasure {
  const script = join(projectRoot, 'scripts/bench/buildProcess.ts');
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, '--data', dataDir, '--dist', distDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    // the figures are one line, but a failing build may say much
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the build of ${dataDir} failed in its own process: ${child.stderr.trim()}`);
  const measure = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}');
  if (typeof measure.peakRssBytes !== 'number' || typeof measure.buildMs !== 'number')
    throw new Error(`no figures reported for ${dataDir}: ${child.stdout}`);
  return measure;
}
