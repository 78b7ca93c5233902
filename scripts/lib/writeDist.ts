import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { acquireDistLock, busyMessage } from './distLock.js';
import type { OutputFile } from './outputFile.js';

export interface WriteOptions {
  /** How long to wait for another build's lock before refusing. */
  lockWaitMs?: number;
}

/** The moments of the swap at which a crash can be simulated, by setting DIST_CRASH_AT to one of them. */
export const swapSteps = [
  'staging-half-written',
  'staging-written',
  'dist-moved-aside',
  'swapped',
  'cleaned-up',
] as const;
type SwapStep = (typeof swapSteps)[number];

/** Dies on the spot, as a power cut or `kill -9` would, when asked to at this step: nothing after it runs. */
function crashPoint(step: SwapStep): void {
  if (process.env.DIST_CRASH_AT === step) process.kill(process.pid, 'SIGKILL');
}

/** The old dist/ is removed after the swap, so every folder in it must be writable, checked before. */
function assertRemovable(dir: string): void {
  accessSync(dir, constants.W_OK | constants.X_OK);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) assertRemovable(join(dir, entry.name));
  }
}

/** Best effort: what cannot be removed now is a leftover that the next build's recovery removes. */
function removeQuietly(dir: string): void {
  try {
    // Stryker disable next-line BooleanLiteral: without force a folder already gone throws, which the catch passes over alike
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // reported by nothing: the build's outcome does not depend on it
  }
}

function cannotWrite(distDir: string, error: unknown): Error {
  return new Error(`cannot write ${basename(distDir)}/: ${(error as Error).message}`);
}

/**
 * Writes beside dist/ and swaps it in whole: whatever fails or crashes, dist/ is the old one or the new one.
 * Everything that can fail happens before the swap; after it, cleaning up is best effort.
 */
export function writeDist(files: OutputFile[], distDir: string, options: WriteOptions = {}): void {
  const lock = acquireDistLock(distDir, options.lockWaitMs ?? 60_000, (error) => cannotWrite(distDir, error));
  if (!lock.held) throw new Error(busyMessage(distDir, lock.holder));
  const staging = `${distDir}.staging-${process.pid}`;
  const previous = `${distDir}.previous-${process.pid}`;
  try {
    try {
      rmSync(staging, { recursive: true, force: true });
      files.forEach((file, index) => {
        if (index === Math.floor(files.length / 2)) crashPoint('staging-half-written');
        const path = join(staging, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.contents);
      });
      crashPoint('staging-written');
      if (existsSync(distDir)) assertRemovable(distDir);
    } catch (error) {
      removeQuietly(staging);
      throw cannotWrite(distDir, error);
    }
    swap(staging, distDir, previous);
    crashPoint('swapped');
    removeQuietly(previous);
    crashPoint('cleaned-up');
  } finally {
    lock.release();
  }
}

/** Two renames; if the second fails, the first is undone, so that dist/ is never missing for long. */
function swap(staging: string, distDir: string, previous: string): void {
  const hadDist = existsSync(distDir);
  try {
    if (hadDist) renameSync(distDir, previous);
    crashPoint('dist-moved-aside');
    renameSync(staging, distDir);
  } catch (error) {
    if (hadDist && !existsSync(distDir) && existsSync(previous)) renameSync(previous, distDir);
    removeQuietly(staging);
    throw cannotWrite(distDir, error);
  }
}
