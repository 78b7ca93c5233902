import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of a built dist/, as a path relative to it with forward slashes, in no particular order. */
export function distFiles(distDir: string): string[] {
  if (!existsSync(distDir)) throw new Error(`${distDir} does not exist: run npm run build first`);
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
