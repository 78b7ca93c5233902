/**
 * SHA256SUMS as the checksums exporter writes it: in process on files made up here, the lines sha256sum reads;
 * in this run's fresh build, every file of dist/ listed, and coreutils' sha256sum checking them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportChecksums } from '../../scripts/exporters/checksums.js';
import { datasetNow } from '../helpers/exportedNow.js';
import { freshDist } from '../helpers/freshDist.js';
import { itWith } from '../helpers/optionalPrograms.js';

const sha256 = (contents: string | Uint8Array) => createHash('sha256').update(contents).digest('hex');

describe('exportChecksums', () => {
  it('writes one "<hex>  <path>" line per earlier file, text or bytes, sorted bytewise, as sha256sum does', () => {
    const bytes = new Uint8Array([0, 1, 255]);
    const earlier = new Map<string, string | Uint8Array>([
      ['b.txt', 'abc'],
      ['é/x.csv', ''],
      ['B.bin', bytes],
      ['a b', 'two words'],
    ]);
    const [file, ...more] = exportChecksums(datasetNow(), earlier);
    expect(more).toEqual([]);
    expect(file.path).toBe('SHA256SUMS');
    expect(file.contents).toBe(
      [
        `${sha256(bytes)}  B.bin\n`,
        `${sha256('two words')}  a b\n`,
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  b.txt\n',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  é/x.csv\n',
      ].join(''),
    );
  });

  it('writes an empty file when nothing came before', () => {
    expect(exportChecksums(datasetNow(), new Map())).toEqual([{ path: 'SHA256SUMS', contents: '' }]);
  });

  it.each(['a\\b', 'a\nb', 'a\rb'])('refuses a path that sha256sum would have to escape: %j', (path) => {
    expect(() => exportChecksums(datasetNow(), new Map([[path, 'x']]))).toThrow(
      `cannot list ${JSON.stringify(path)} in SHA256SUMS`,
    );
  });
});

describe('dist/SHA256SUMS of the fresh build', () => {
  const distDir = freshDist();
  const listed = readFileSync(join(distDir, 'SHA256SUMS'), 'utf8')
    .split('\n')
    .slice(0, -1)
    .map((line) => line.slice(66));
  const verify = (dir: string) =>
    spawnSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });

  it('lists every file the build wrote to dist/ but itself, once', () => {
    const onDisk = readdirSync(distDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((path) => path !== 'SHA256SUMS');
    expect([...listed].sort()).toEqual(onDisk.sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  itWith(['sha256sum'], 'passes sha256sum --check inside dist/', () => {
    const result = verify(distDir);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  itWith(['sha256sum'], 'makes sha256sum fail when one byte of a copy changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'btv-sums-'));
    const copy = join(dir, 'dist');
    cpSync(distDir, copy, { recursive: true });
    const victim = join(copy, listed[0]);
    const bytes = readFileSync(victim);
    bytes[0] ^= 1;
    writeFileSync(victim, bytes);
    const result = verify(copy);
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain(`${listed[0]}: FAILED`);
  });
});
