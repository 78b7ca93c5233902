import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeDist } from '../../scripts/lib/writeDist.js';
import { snapshotTree } from '../helpers/runScript.js';

// the real file system, with renameSync open to a failure injected by a test
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

const dirs: string[] = [];
afterEach(() => {
  vi.mocked(fs.renameSync).mockClear();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** <tmp>/dist, holding the given files when there are any, and the folder around it. */
function scratchDist(files: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(join(tmpdir(), 'btv-dist-'));
  dirs.push(dir);
  const distDir = join(dir, 'dist');
  for (const [path, contents] of Object.entries(files)) {
    fs.mkdirSync(join(distDir, path, '..'), { recursive: true });
    fs.writeFileSync(join(distDir, path), contents);
  }
  return { dir, distDir };
}

/** Runs the test with the move of the staging folder into place failing, as across file systems. */
function whenStagingCannotMove(test: () => void): void {
  const actual = vi.mocked(fs.renameSync).getMockImplementation() as typeof fs.renameSync;
  vi.mocked(fs.renameSync).mockImplementation((from, to) => {
    if (String(from).includes('.staging-')) throw new Error('EXDEV: cross-device link not permitted');
    actual(from, to);
  });
  try {
    test();
  } finally {
    vi.mocked(fs.renameSync).mockImplementation(actual);
  }
}

const text = (contents: string) => Buffer.from(contents).toString('base64');
const newFiles = [
  { path: 'json/quotes.json', contents: '[]\n' },
  { path: 'csv/deep/er/quotes.csv', contents: new Uint8Array([0xef, 0xbb, 0xbf, 0x61]) },
];

describe('writeDist', () => {
  it('writes every file, folders included, text and bytes alike', () => {
    const { dir, distDir } = scratchDist();
    writeDist(newFiles, distDir);
    expect(snapshotTree(distDir)).toEqual({ 'csv/deep/er/quotes.csv': '77u/YQ==', 'json/quotes.json': text('[]\n') });
    expect(fs.readdirSync(dir)).toEqual(['dist']);
  });

  it('replaces an existing dist/ whole: files the build no longer makes are gone', () => {
    const { dir, distDir } = scratchDist({ 'json/quotes.json': 'old', 'json/removed.json': 'old', 'stale.txt': 'x' });
    writeDist(newFiles, distDir);
    expect(Object.keys(snapshotTree(distDir))).toEqual(['csv/deep/er/quotes.csv', 'json/quotes.json']);
    expect(fs.readFileSync(join(distDir, 'json/quotes.json'), 'utf8')).toBe('[]\n');
    // neither the staging folder nor the previous dist/ is left beside it
    expect(fs.readdirSync(dir)).toEqual(['dist']);
  });

  it('leaves dist/ as it was when a file cannot be written, and cleans up', () => {
    const { dir, distDir } = scratchDist({ 'json/quotes.json': 'old' });
    const before = snapshotTree(distDir);
    // a file where a folder must go
    const clash = [...newFiles, { path: 'json/quotes.json/inside', contents: 'x' }];
    // the error says what went wrong, not something the clean-up tripped over
    expect(() => writeDist(clash, distDir)).toThrow(/EEXIST/);
    expect(snapshotTree(distDir)).toEqual(before);
    expect(fs.readdirSync(dir)).toEqual(['dist']);
  });

  it('leaves dist/ as it was when a build writes nothing at all', () => {
    const { dir, distDir } = scratchDist({ 'json/quotes.json': 'old' });
    const before = snapshotTree(distDir);
    expect(() => writeDist([], distDir)).toThrow(/ENOENT/);
    expect(snapshotTree(distDir)).toEqual(before);
    expect(fs.readdirSync(dir)).toEqual(['dist']);
  });

  it('creates no dist/ when the first build fails', () => {
    const { dir, distDir } = scratchDist();
    expect(() => writeDist([...newFiles, { path: 'json/quotes.json/inside', contents: 'x' }], distDir)).toThrow(
      /EEXIST/,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('puts the previous dist/ back when the new one cannot be moved in', () => {
    const { dir, distDir } = scratchDist({ 'json/quotes.json': 'old', 'stale.txt': 'x' });
    const before = snapshotTree(distDir);
    whenStagingCannotMove(() => expect(() => writeDist(newFiles, distDir)).toThrow('EXDEV'));
    expect(snapshotTree(distDir)).toEqual(before);
    expect(fs.readdirSync(dir)).toEqual(['dist']);
  });

  it('leaves dist/ and a leftover of this process in place when dist/ cannot be moved aside', () => {
    // a non-empty dist.previous-<pid> makes the first rename fail (ENOTEMPTY), before anything was moved
    const { dir, distDir } = scratchDist({ 'json/quotes.json': 'old' });
    const leftover = `${distDir}.previous-${process.pid}`;
    fs.mkdirSync(leftover);
    fs.writeFileSync(join(leftover, 'kept.txt'), 'leftover');
    const before = snapshotTree(dir);
    expect(() => writeDist(newFiles, distDir)).toThrow(/^cannot write dist\/: /);
    expect(snapshotTree(dir)).toEqual(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['dist', basename(leftover)]);
  });

  it('puts no leftover in place of a dist/ that was not there when the new one cannot be moved in', () => {
    const { dir, distDir } = scratchDist();
    const leftover = `${distDir}.previous-${process.pid}`;
    fs.mkdirSync(leftover);
    whenStagingCannotMove(() => expect(() => writeDist(newFiles, distDir)).toThrow('cannot write dist/: EXDEV'));
    expect(fs.readdirSync(dir)).toEqual([basename(leftover)]);
  });

  it('removes a staging folder left by an earlier failed build of the same process', () => {
    const { dir, distDir } = scratchDist();
    const leftover = `${distDir}.staging-${process.pid}`;
    fs.mkdirSync(join(leftover, 'json'), { recursive: true });
    fs.writeFileSync(join(leftover, 'json/old.json'), 'old');
    writeDist(newFiles, distDir);
    expect(Object.keys(snapshotTree(distDir))).toEqual(['csv/deep/er/quotes.csv', 'json/quotes.json']);
    expect(fs.readdirSync(dir)).toEqual(['dist']);
  });
});
