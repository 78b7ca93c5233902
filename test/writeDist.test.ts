/** The swap into dist/: a build can die at any step, run beside another, or lack permissions, and lose nothing. */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { recoverDist } from '../scripts/lib/recoverDist.js';
import { swapSteps, writeDist } from '../scripts/lib/writeDist.js';
import { hasProgram, optionalProgramsRequired } from './helpers/optionalPrograms.js';
import { root, runScript, scratchProject, snapshotTree } from './helpers/runScript.js';
import { syntheticOutput } from './helpers/syntheticOutput.js';

/** A scratch project whose dist/ holds an earlier build's file, so that old and new dist/ differ. */
function projectWithOldDist() {
  const project = scratchProject();
  writeFileSync(join(project.distDir, 'previous-build.txt'), 'kept\n');
  return { ...project, parent: dirname(project.distDir), old: snapshotTree(project.distDir) };
}

/** What is beside dist/ but dist/ itself and the data. */
const besideDist = (parent: string) => readdirSync(parent).filter((entry) => entry !== 'dist' && entry !== 'data');

const writerArgs = (distDir: string) => ['--import', 'tsx', join(root, 'test/helpers/writeDistProcess.ts'), distDir];

function writeInChild(distDir: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, writerArgs(distDir), {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

let fresh: Record<string, string>;
beforeAll(() => {
  const reference = join(mkdtempSync(join(tmpdir(), 'btv-')), 'dist');
  writeDist(syntheticOutput(), reference);
  fresh = snapshotTree(reference);
});

describe('a build killed at any step of the swap', () => {
  const newDistFrom = new Set(['swapped', 'cleaned-up']);
  for (const step of swapSteps) {
    it(`${step}: the next run finds dist/ whole, old or new, and removes what the dead build left`, () => {
      const { distDir, parent, old } = projectWithOldDist();
      const crashed = writeInChild(distDir, { DIST_CRASH_AT: step });
      expect(crashed.signal).toBe('SIGKILL');
      const leftovers = besideDist(parent);
      expect(leftovers.length).toBeGreaterThan(0);

      const line = recoverDist(distDir);
      expect(snapshotTree(distDir)).toEqual(newDistFrom.has(step) ? fresh : old);
      // the lock of the dead build is taken over by the recovery, or, when only the lock is left, by the next build
      expect(besideDist(parent)).toEqual(step === 'cleaned-up' ? ['dist.lock'] : []);
      if (step === 'cleaned-up') expect(line).toBeNull();
      else if (step === 'dist-moved-aside')
        expect(line).toBe(
          `an earlier build was interrupted: restored dist/ from dist.previous-${crashed.pid}; removed dist.staging-${crashed.pid}`,
        );
      else
        expect(line).toBe(
          `an earlier build was interrupted: removed ${leftovers.filter((entry) => entry !== 'dist.lock').join(', ')}`,
        );

      writeDist(syntheticOutput(), distDir, { lockWaitMs: 0 });
      expect(snapshotTree(distDir)).toEqual(fresh);
      expect(besideDist(parent)).toEqual([]);
    });
  }

  it('npm run validate only reads: it leaves an interrupted build’s leftovers, and everything else, as they are', () => {
    const { dataDir, distDir, parent } = projectWithOldDist();
    writeInChild(distDir, { DIST_CRASH_AT: 'dist-moved-aside' });
    expect(existsSync(distDir)).toBe(false);
    const before = { listing: readdirSync(parent).sort(), files: snapshotTree(parent) };
    const validate = runScript('validate', ['--data', dataDir, '--dist', distDir]);
    expect(validate.status).toBe(0);
    expect(validate.stdout).toBe('✔ data/ is valid\n');
    expect({ listing: readdirSync(parent).sort(), files: snapshotTree(parent) }).toEqual(before);
    expect(before.listing.some((entry) => entry.startsWith('dist.previous-'))).toBe(true);
  });

  it('waits for no build and changes nothing while another build holds the lock', () => {
    const { distDir, parent } = projectWithOldDist();
    const crashed = writeInChild(distDir, { DIST_CRASH_AT: 'staging-written' });
    writeFileSync(`${distDir}.lock`, `${process.ppid}\n`);
    expect(recoverDist(distDir)).toBeNull();
    expect(besideDist(parent).sort()).toEqual(['dist.lock', `dist.staging-${crashed.pid}`]);
  });

  it('leaves alone what a build still running has beside dist/', () => {
    const { distDir, parent } = projectWithOldDist();
    const running = join(parent, `dist.staging-${process.pid}`);
    writeDist([{ path: 'x.txt', contents: 'x' }], running);
    expect(recoverDist(distDir)).toBeNull();
    expect(existsSync(running)).toBe(true);
  });
});

describe('dist.lock', () => {
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

  it('makes a build wait for a live one, then refuse in one line, leaving dist/ as it was', () => {
    const { distDir, parent, old } = projectWithOldDist();
    writeFileSync(`${distDir}.lock`, `${process.ppid}\n`);
    expect(() => writeDist(syntheticOutput(), distDir, { lockWaitMs: 300 })).toThrow(
      `another build (pid ${process.ppid}) is writing dist/; run this one when it has finished (or remove dist.lock if no build is running)`,
    );
    expect(snapshotTree(distDir)).toEqual(old);
    expect(besideDist(parent)).toEqual(['dist.lock']);
  });

  it('of a process that is gone is taken over, and removed when done', () => {
    const { distDir, parent } = projectWithOldDist();
    writeFileSync(`${distDir}.lock`, `${deadPid()}\n`);
    writeDist(syntheticOutput(), distDir, { lockWaitMs: 0 });
    expect(snapshotTree(distDir)).toEqual(fresh);
    expect(besideDist(parent)).toEqual([]);
  });

  it('left empty by a build killed as it created it is taken over once it is old', () => {
    const { distDir } = projectWithOldDist();
    writeFileSync(`${distDir}.lock`, '');
    utimesSync(`${distDir}.lock`, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    writeDist(syntheticOutput(), distDir, { lockWaitMs: 0 });
    expect(snapshotTree(distDir)).toEqual(fresh);
  });

  it('lets two builds started at once both succeed, one after the other', async () => {
    const { distDir, parent } = projectWithOldDist();
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, writerArgs(distDir), { cwd: root, stdio: 'ignore' });
        child.on('exit', resolve);
      });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect(snapshotTree(distDir)).toEqual(fresh);
    expect(besideDist(parent)).toEqual([]);
  });
});

describe('a build that cannot write', () => {
  const isRoot = process.getuid?.() === 0;
  const ready = isRoot && hasProgram('setpriv');
  const reason = isRoot ? 'needs setpriv' : 'needs root, to run the build as user 65534 (nobody)';
  const itAsNobody = ready || optionalProgramsRequired ? it : it.skip;
  const title = (name: string) => (ready || optionalProgramsRequired ? name : `${name} [skipped: ${reason}]`);

  /** A project whose dist/ (or the folder holding it) nobody may write. */
  function readOnlyDist(readOnlyParent: boolean) {
    const project = projectWithOldDist();
    chmodSync(project.parent, 0o777);
    chmodSync(join(project.distDir, 'previous-build.txt'), 0o444);
    chmodSync(project.distDir, 0o555);
    if (readOnlyParent) chmodSync(project.parent, 0o555);
    return project;
  }

  /**
   * The writer in one file that user 65534 can read: the checkout may sit in a folder only root can enter (a clone
   * in a fresh mktemp -d folder), and the test is about dist/'s permissions, not the checkout's.
   */
  function readableWriter(): string {
    const dir = mkdtempSync(join(tmpdir(), 'btv-writer-'));
    chmodSync(dir, 0o755);
    const outfile = join(dir, 'writeDist.mjs');
    const entryPoints = [join(root, 'test/helpers/writeDistProcess.ts')];
    buildSync({ entryPoints, outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
    chmodSync(outfile, 0o644);
    return outfile;
  }

  /** Writes dist/ as user 65534, where permissions apply (root ignores them). */
  function writeAsNobody(distDir: string) {
    const writer = readableWriter();
    const args = ['--reuid', '65534', '--regid', '65534', '--clear-groups', process.execPath, writer, distDir];
    return spawnSync('setpriv', args, {
      cwd: dirname(writer),
      encoding: 'utf8',
      env: { ...process.env, HOME: tmpdir() },
    });
  }

  itAsNobody(
    title('with a folder deep inside dist/ read-only refuses before the swap, which could not remove it'),
    () => {
      if (!ready) throw new Error(`${reason} (REQUIRE_OPTIONAL_PROGRAMS=1)`);
      const project = projectWithOldDist();
      const inner = join(project.distDir, 'json', 'inner');
      mkdirSync(inner, { recursive: true });
      writeFileSync(join(inner, 'old.json'), '{}\n');
      // everything open to all but the innermost folder, whose file the old dist/ cannot lose
      for (const dir of [project.parent, project.distDir, join(project.distDir, 'json')]) chmodSync(dir, 0o777);
      chmodSync(inner, 0o555);
      const old = snapshotTree(project.distDir);
      const result = writeAsNobody(project.distDir);
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr.trim()).toMatch(/^✖ cannot write dist\/: EACCES: permission denied, access '[^']+inner'$/);
      expect(snapshotTree(project.distDir)).toEqual(old);
      expect(besideDist(project.parent)).toEqual([]);
    },
  );

  for (const readOnlyParent of [false, true]) {
    const where = readOnlyParent ? 'the folder holding dist/' : 'dist/';
    itAsNobody(title(`with ${where} read-only refuses in one line before the swap, leaving dist/ as it was`), () => {
      if (!ready) throw new Error(`${reason} (REQUIRE_OPTIONAL_PROGRAMS=1)`);
      const { distDir, parent, old } = readOnlyDist(readOnlyParent);
      const result = writeAsNobody(distDir);
      const lines = result.stderr.trim().split('\n');
      expect(result.status, result.stderr).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^✖ cannot write dist\/: EACCES: permission denied, \w+ '[^']+'$/);
      expect(snapshotTree(distDir)).toEqual(old);
      expect(besideDist(parent)).toEqual([]);
    });
  }
});
