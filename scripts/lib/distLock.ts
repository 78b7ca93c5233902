import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { processAlive } from './processAlive.js';

const sleeper = new Int32Array(new SharedArrayBuffer(4));
// Stryker disable next-line ArrowFunction: without the wait, the loop polls the same lock sooner, to the same outcome
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function tryCreate(lockFile: string, failed: (error: unknown) => Error): boolean {
  try {
    const descriptor = openSync(lockFile, 'wx');
    writeSync(descriptor, `${process.pid}\n`);
    closeSync(descriptor);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw failed(error);
    // no build makes anything but a file there, and a folder cannot be taken over as a file can
    if (isFolder(lockFile)) throw failed(new Error(`${basename(lockFile)} is a folder, not a build’s lock; remove it`));
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
    // Stryker disable next-line BlockStatement: statSync fails only if the lock just found was removed since, a race no test can stage; undefined is then as falsy as false
  } catch {
    // Stryker disable next-line BooleanLiteral: statSync fails only if the lock just found was removed since, a race no test can stage
    return false;
  }
}

/** The pid in the lock; null when it is gone or, just created, holds no pid yet. */
function holder(lockFile: string): number | null {
  try {
    // Stryker disable next-line StringLiteral: without an encoding the Buffer is read by parseInt as the same text
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isNaN(pid) ? null : pid;
    // Stryker disable next-line BlockStatement: the read fails only if the lock found a moment ago is gone; undefined then is as falsy as null, and the takeover removes nothing
  } catch {
    return null;
  }
}

/** A lock without a pid is being written now, or was left by a build killed in between: then it is old. */
function isEmptyAndOld(lockFile: string): boolean {
  try {
    return (
      holder(lockFile) === null &&
      // Stryker disable next-line EqualityOperator: >= differs only at exactly 2000 ms, which no test can time; the mark also hides <=, which the tests of an empty lock, fresh and old, kill
      Date.now() - statSync(lockFile).mtimeMs > 2000
    );
    // Stryker disable next-line BlockStatement: statSync fails only if the lock was removed since it was read; undefined is then as falsy as false, and the takeover removes nothing and tries again
  } catch {
    // Stryker disable next-line BooleanLiteral: statSync fails only if the lock was removed since it was read, and the takeover then removes nothing and tries again
    return false;
  }
}

export type DistLock = { held: true; release: () => void } | { held: false; holder: number | null };

/**
 * Takes dist.lock, a file created exclusively and holding the pid, so that two processes never change dist/ at
 * once. A lock whose process is gone is taken over; a live one is waited for, up to waitMs. An error creating the
 * lock (a read-only folder) is thrown as `failed` words it. The release never throws.
 */
export function acquireDistLock(distDir: string, waitMs: number, failed: (error: unknown) => Error): DistLock {
  const lockFile = `${distDir}.lock`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryCreate(lockFile, failed)) break;
    const pid = holder(lockFile);
    if ((pid !== null && !processAlive(pid)) || isEmptyAndOld(lockFile)) {
      // taken over only if it still names the dead process, so that two builds do not both take it
      // Stryker disable next-line ConditionalExpression,ObjectLiteral,BooleanLiteral: the lock read a moment before changes only if another build takes it over in between, a race no test can stage
      if (holder(lockFile) === pid) rmSync(lockFile, { force: true });
      continue;
    }
    // Stryker disable next-line EqualityOperator: the same outcome, one millisecond apart
    if (Date.now() >= deadline) return { held: false, holder: pid };
    sleep(100);
  }
  const release = () => {
    try {
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: the lock was read just before; it is gone only if another process removed it in between
      if (holder(lockFile) === process.pid) rmSync(lockFile, { force: true });
    } catch {
      // a lock left behind names a dead process, which the next build takes over
    }
  };
  return { held: true, release };
}

/** The plain refusal when another build holds the lock. */
export function busyMessage(distDir: string, holderPid: number | null): string {
  const name = basename(distDir);
  return `another build (pid ${holderPid ?? 'unknown'}) is writing ${name}/; run this one when it has finished (or remove ${name}.lock if no build is running)`;
}
