import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutputFile } from './outputFile.js';

/** Writes beside dist/ first and swaps it in whole, so a failure leaves dist/ as it was. */
export function writeDist(files: OutputFile[], distDir: string): void {
  const staging = `${distDir}.staging-${process.pid}`;
  const previous = `${distDir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    if (existsSync(distDir)) renameSync(distDir, previous);
    renameSync(staging, distDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(previous) && !existsSync(distDir)) renameSync(previous, distDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
