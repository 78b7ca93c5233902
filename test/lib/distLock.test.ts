import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { acquireDistLock, busyMessage } from '../../scripts/lib/distLock.js';
import { processAlive } from '../../scripts/lib/processAlive.js';

/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;
const distIn = () => join(mkdtempSync(join(tmpdir(), 'btv-lock-')), 'dist');
const refuse = (error: unknown) => new Error(`refused: ${(error as NodeJS.ErrnoException).code}`);

describe('processAlive', () => {
  it('knows this process and one of another user, not an exited one nor a number that is no pid', () => {
    expect(processAlive(process.pid)).toBe(true);
    // pid 1 belongs to another user here, or is this container's own first process
    expect(processAlive(1)).toBe(true);
    expect([deadPid(), 0, -1, 1.5, Number.NaN].map(processAlive)).toEqual([false, false, false, false, false]);
  });

  it('counts a process it may not signal as alive, and one that is gone as not', () => {
    const refusing = (code: string) =>
      vi.spyOn(process, 'kill').mockImplementation(() => {
        throw Object.assign(new Error(code), { code });
      });
    try {
      // another user's live build, as a build run without root sees it
      refusing('EPERM');
      expect(processAlive(4242)).toBe(true);
      refusing('ESRCH');
      expect(processAlive(4242)).toBe(false);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('acquireDistLock', () => {
  it('creates dist.lock holding the pid, and its release removes it', () => {
    const distDir = distIn();
    const lock = acquireDistLock(distDir, 0, refuse);
    expect(lock.held).toBe(true);
    expect(readFileSync(`${distDir}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    if (lock.held) lock.release();
    expect(existsSync(`${distDir}.lock`)).toBe(false);
  });

  it('releases only its own lock, which another build may have taken over', () => {
    const distDir = distIn();
    const lock = acquireDistLock(distDir, 0, refuse);
    writeFileSync(`${distDir}.lock`, '1\n');
    if (lock.held) lock.release();
    expect(readFileSync(`${distDir}.lock`, 'utf8')).toBe('1\n');
  });

  it('refuses at once while a live process holds it, naming that process', () => {
    const distDir = distIn();
    writeFileSync(`${distDir}.lock`, '1\n');
    expect(acquireDistLock(distDir, 0, refuse)).toEqual({ held: false, holder: 1 });
    expect(readFileSync(`${distDir}.lock`, 'utf8')).toBe('1\n');
  });

  it('takes over the lock of a process that is gone, or an empty one older than two seconds', () => {
    const distDir = distIn();
    writeFileSync(`${distDir}.lock`, `${deadPid()}\n`);
    expect(acquireDistLock(distDir, 0, refuse).held).toBe(true);
    expect(readFileSync(`${distDir}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    writeFileSync(`${distDir}.lock`, '');
    utimesSync(`${distDir}.lock`, new Date(Date.now() - 10_000), new Date(Date.now() - 10_000));
    expect(acquireDistLock(distDir, 0, refuse).held).toBe(true);
  });

  it('refuses a live process’s lock however old it is', () => {
    const distDir = distIn();
    writeFileSync(`${distDir}.lock`, '1\n');
    utimesSync(`${distDir}.lock`, new Date(Date.now() - 10_000), new Date(Date.now() - 10_000));
    expect(acquireDistLock(distDir, 0, refuse)).toEqual({ held: false, holder: 1 });
    expect(readFileSync(`${distDir}.lock`, 'utf8')).toBe('1\n');
  });

  it('waits for a live build to finish, then takes the lock', async () => {
    const distDir = distIn();
    writeFileSync(`${distDir}.lock`, '1\n');
    // another process ends the running build: it removes the lock while this one waits, blocked
    const other = spawn(process.execPath, [
      '-e',
      `setTimeout(() => require('node:fs').rmSync(${JSON.stringify(`${distDir}.lock`)}), 200)`,
    ]);
    const exited = new Promise((resolve) => other.on('exit', resolve));
    const lock = acquireDistLock(distDir, 60_000, refuse);
    await exited;
    expect(lock.held).toBe(true);
    expect(readFileSync(`${distDir}.lock`, 'utf8')).toBe(`${process.pid}\n`);
  });

  it('waits for an empty lock just created, which a build is writing its pid into', () => {
    const distDir = distIn();
    writeFileSync(`${distDir}.lock`, '');
    expect(acquireDistLock(distDir, 0, refuse)).toEqual({ held: false, holder: null });
  });

  it('refuses in words, removing nothing, a folder where the lock goes, new or old, which no build makes', () => {
    const distDir = distIn();
    mkdirSync(`${distDir}.lock`);
    const words = (error: unknown) => new Error(`refused: ${(error as Error).message}`);
    const refusal = 'refused: dist.lock is a folder, not a build’s lock; remove it';
    expect(() => acquireDistLock(distDir, 60_000, words)).toThrow(refusal);
    utimesSync(`${distDir}.lock`, new Date(Date.now() - 10_000), new Date(Date.now() - 10_000));
    expect(() => acquireDistLock(distDir, 0, words)).toThrow(refusal);
    expect(existsSync(`${distDir}.lock`)).toBe(true);
  });

  it('words an error creating the lock as the caller asks', () => {
    expect(() => acquireDistLock(join(distIn(), 'missing', 'dist'), 0, refuse)).toThrow('refused: ENOENT');
  });
});

describe('busyMessage', () => {
  it('names a folder whose name holds a dot whole', () => {
    expect(busyMessage('/x/my.dist', 7)).toBe(
      'another build (pid 7) is writing my.dist/; run this one when it has finished (or remove my.dist.lock if no build is running)',
    );
  });

  it('names the folder, the process and the lock file to remove if no build runs', () => {
    expect(busyMessage('/x/out', 42)).toBe(
      'another build (pid 42) is writing out/; run this one when it has finished (or remove out.lock if no build is running)',
    );
    expect(busyMessage('/x/dist', null)).toContain('another build (pid unknown) is writing dist/');
  });
});
