import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { acquireDistLock } from './distLock.js';
import { processAlive } from './processAlive.js';

interface Leftover {
  entry: string;
  kind: string;
  modified: number;
}

/** Staging and previous folders beside dist/ whose build is no longer running. */
function leftoversOf(distDir: string): Leftover[] {
  const parent = dirname(distDir);
  const escaped = basename(distDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}\\.(staging|previous)-(\\d+)$`);
  // Stryker disable next-line ArrayDeclaration: an invented entry matches no leftover's name
  return (existsSync(parent) ? readdirSync(parent) : []).flatMap((entry) => {
    const match = pattern.exec(entry);
    if (!match || processAlive(Number(match[2]))) return [];
    return [{ entry, kind: match[1], modified: statSync(join(parent, entry)).mtimeMs }];
  });
}

/**
 * Puts right what an interrupted build left beside dist/: its staging and previous folders, named by its pid.
 * When dist/ is missing (a crash between the two renames of the swap) the newest previous one becomes dist/ again.
 * It works under dist.lock, so never while a build is swapping; when it cannot have the lock at once (a build is
 * running, or the folder is read-only) it leaves everything for a later run. Returns the one line saying what it did.
 */
export function recoverDist(distDir: string): string | null {
  if (leftoversOf(distDir).length === 0) return null;
  let lock: ReturnType<typeof acquireDistLock>;
  try {
    // Stryker disable next-line ArrowFunction: whatever acquireDistLock throws here is caught and passed over
    lock = acquireDistLock(distDir, 0, (error) => error as Error);
  } catch {
    return null;
  }
  if (!lock.held) return null;
  try {
    const parent = dirname(distDir);
    const leftovers = leftoversOf(distDir);
    const done: string[] = [];
    const newest = leftovers.filter(({ kind }) => kind === 'previous').sort((a, b) => b.modified - a.modified)[0];
    const restored = existsSync(distDir) ? undefined : newest;
    if (restored) {
      renameSync(join(parent, restored.entry), distDir);
      done.push(`restored ${basename(distDir)}/ from ${restored.entry}`);
    }
    const removed = leftovers.filter((leftover) => leftover !== restored).map(({ entry }) => entry);
    // Stryker disable next-line BooleanLiteral: each leftover was listed just before, so it is there unless another process removes it in between
    for (const entry of removed) rmSync(join(parent, entry), { recursive: true, force: true });
    if (removed.length > 0) done.push(`removed ${removed.join(', ')}`);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: under the lock each leftover found is restored or removed, so done is empty only if another process removed them all in between
    return done.length > 0 ? `an earlier build was interrupted: ${done.join('; ')}` : null;
  } finally {
    lock.release();
  }
}
