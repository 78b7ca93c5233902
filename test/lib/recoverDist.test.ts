import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverDist } from '../../scripts/lib/recoverDist.js';

const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

/** A folder holding the given folders, each with a file naming it, modified the given seconds ago. */
function folderWith(entries: Record<string, number>): string {
  const parent = mkdtempSync(join(tmpdir(), 'btv-recover-'));
  for (const [entry, age] of Object.entries(entries)) {
    mkdirSync(join(parent, entry));
    writeFileSync(join(parent, entry, 'from.txt'), entry);
    const time = new Date(Date.now() - age * 1000);
    utimesSync(join(parent, entry), time, time);
  }
  return parent;
}

const from = (dir: string) => readFileSync(join(dir, 'from.txt'), 'utf8');

describe('recoverDist', () => {
  it('does nothing, and says nothing, when no build left anything', () => {
    const parent = folderWith({ dist: 0, 'dist.other-1': 0 });
    expect(recoverDist(join(parent, 'dist'))).toBeNull();
    expect(recoverDist(join(parent, 'missing', 'dist'))).toBeNull();
    expect(readdirSync(parent).sort()).toEqual(['dist', 'dist.other-1']);
  });

  it('leaves the lock alone when there is nothing to put right, even one a dead build left', () => {
    const lockOfDeadBuild = `${deadPid()}\n`;
    const parent = folderWith({ dist: 0 });
    writeFileSync(join(parent, 'dist.lock'), lockOfDeadBuild);
    expect(recoverDist(join(parent, 'dist'))).toBeNull();
    expect(readFileSync(join(parent, 'dist.lock'), 'utf8')).toBe(lockOfDeadBuild);
  });

  it('removes what a dead build left beside a whole dist/, keeping dist/', () => {
    const pid = deadPid();
    const parent = folderWith({ dist: 0, [`dist.staging-${pid}`]: 0, [`dist.previous-${pid}`]: 0 });
    expect(recoverDist(join(parent, 'dist'))).toBe(
      `an earlier build was interrupted: removed dist.previous-${pid}, dist.staging-${pid}`,
    );
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(from(join(parent, 'dist'))).toBe('dist');
  });

  it('restores a missing dist/ from the newest previous one, removing the older', () => {
    const [older, newer] = [deadPid(), deadPid()];
    const parent = folderWith({ [`out.previous-${older}`]: 60, [`out.previous-${newer}`]: 5 });
    expect(recoverDist(join(parent, 'out'))).toBe(
      `an earlier build was interrupted: restored out/ from out.previous-${newer}; removed out.previous-${older}`,
    );
    expect(readdirSync(parent)).toEqual(['out']);
    expect(from(join(parent, 'out'))).toBe(`out.previous-${newer}`);
  });

  it('leaves a running build’s folders, and folders of another name, alone', () => {
    const pid = deadPid();
    const entries = [`dist.staging-${process.pid}`, `distXstaging-${pid}`, `dist.staging-${pid}x`, `dist.copy-${pid}`];
    const parent = folderWith(Object.fromEntries(entries.map((entry) => [entry, 0])));
    expect(recoverDist(join(parent, 'dist'))).toBeNull();
    expect(readdirSync(parent).sort()).toEqual([...entries].sort());
  });

  it('leaves everything for later while a live build holds the lock', () => {
    const pid = deadPid();
    const parent = folderWith({ [`dist.previous-${pid}`]: 0 });
    writeFileSync(join(parent, 'dist.lock'), '1\n');
    expect(recoverDist(join(parent, 'dist'))).toBeNull();
    expect(readdirSync(parent).sort()).toEqual(['dist.lock', `dist.previous-${pid}`]);
  });

  it('leaves everything for later, and does not fail, when it cannot take the lock', () => {
    const pid = deadPid();
    // an old folder where the lock goes: taking it over fails, as removing a file does
    const parent = folderWith({ [`dist.previous-${pid}`]: 0, 'dist.lock': 60 });
    expect(recoverDist(join(parent, 'dist'))).toBeNull();
    expect(readdirSync(parent).sort()).toEqual(['dist.lock', `dist.previous-${pid}`]);
  });

  it('restores a previous folder, never a staging one, even when the staging one is newer', () => {
    const pid = deadPid();
    const parent = folderWith({ [`dist.previous-${pid}`]: 60, [`dist.staging-${pid}`]: 5 });
    expect(recoverDist(join(parent, 'dist'))).toBe(
      `an earlier build was interrupted: restored dist/ from dist.previous-${pid}; removed dist.staging-${pid}`,
    );
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(from(join(parent, 'dist'))).toBe(`dist.previous-${pid}`);
  });

  it('restores the newest of several previous folders, whatever order they are listed in', () => {
    const [a, b, c] = [deadPid(), deadPid(), deadPid()];
    for (const ages of [
      [5, 30, 60],
      [30, 5, 60],
      [60, 30, 5],
    ]) {
      const parent = folderWith({
        [`out.previous-${a}`]: ages[0],
        [`out.previous-${b}`]: ages[1],
        [`out.previous-${c}`]: ages[2],
      });
      const newest = [a, b, c][ages.indexOf(5)];
      expect(recoverDist(join(parent, 'out'))).toMatch(`restored out/ from out.previous-${newest};`);
      expect(from(join(parent, 'out'))).toBe(`out.previous-${newest}`);
      expect(readdirSync(parent)).toEqual(['out']);
    }
  });

  it('only removes leftovers when dist/ is missing and nothing was ever swapped in', () => {
    const pid = deadPid();
    const parent = folderWith({ [`dist.staging-${pid}`]: 0 });
    expect(recoverDist(join(parent, 'dist'))).toBe(`an earlier build was interrupted: removed dist.staging-${pid}`);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('takes a dot in the folder’s name literally', () => {
    const pid = deadPid();
    const entries = [`my.dist.previous-${pid}`, `myXdist.previous-${pid}`, `myXdist.staging-${pid}`];
    const parent = folderWith(Object.fromEntries(entries.map((entry, index) => [entry, index])));
    expect(recoverDist(join(parent, 'my.dist'))).toBe(
      `an earlier build was interrupted: restored my.dist/ from my.dist.previous-${pid}`,
    );
    expect(readdirSync(parent).sort()).toEqual(['my.dist', `myXdist.previous-${pid}`, `myXdist.staging-${pid}`]);
    expect(recoverDist(join(parent, 'myXdist'))).toBe(
      `an earlier build was interrupted: restored myXdist/ from myXdist.previous-${pid}; removed myXdist.staging-${pid}`,
    );
  });

  it('takes other characters that regular expressions treat specially literally', () => {
    const pid = deadPid();
    const name = 'out(1)+[a]$';
    const entries = [`${name}.staging-${pid}`, `out1.staging-${pid}`, `outt.staging-${pid}`];
    const parent = folderWith(Object.fromEntries(entries.map((entry) => [entry, 0])));
    expect(recoverDist(join(parent, name))).toBe(`an earlier build was interrupted: removed ${name}.staging-${pid}`);
    expect(readdirSync(parent).sort()).toEqual([`out1.staging-${pid}`, `outt.staging-${pid}`]);
  });
});
