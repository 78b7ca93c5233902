import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processAlive } from './processAlive.js';

/**
 * Puts right what an interrupted build left beside dist/: its staging and previous folders, named by its pid.
 * When dist/ is missing (a crash between the two renames of the swap) the newest previous one becomes dist/ again.
 * Folders of a build still running are left alone. Returns the one line saying what was done, or null.
 */
export function recoverDist(distDir: string): string | null {
  const parent = dirname(distDir);
  const name = basename(distDir);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|previous)-(\\d+)$`);
  const leftovers = (existsSync(parent) ? readdirSync(parent) : [])
    .map((entry) => ({ entry, match: pattern.exec(entry) }))
    .filter(({ match }) => match !== null && !processAlive(Number(match[2])))
    .map(({ entry, match }) => ({ entry, kind: match?.[1], modified: statSync(join(parent, entry)).mtimeMs }));
  if (leftovers.length === 0) return null;
  const done: string[] = [];
  const newest = leftovers.filter(({ kind }) => kind === 'previous').sort((a, b) => b.modified - a.modified)[0];
  const restored = !existsSync(distDir) && newest !== undefined ? newest : undefined;
  if (restored) {
    renameSync(join(parent, restored.entry), distDir);
    done.push(`restored ${name}/ from ${restored.entry}`);
  }
  const removed = leftovers.filter((leftover) => leftover !== restored).map(({ entry }) => entry);
  for (const entry of removed) rmSync(join(parent, entry), { recursive: true, force: true });
  if (removed.length > 0) done.push(`removed ${removed.join(', ')}`);
  return `an earlier build was interrupted: ${done.join('; ')}`;
}
