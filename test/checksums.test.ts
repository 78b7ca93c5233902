/** dist/SHA256SUMS lets anyone who downloads dist/ verify it with coreutils' sha256sum. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportChecksums } from '../scripts/exporters/checksums.js';
import { exporters } from '../scripts/exporters/index.js';
import { freshDist } from './helpers/freshDist.js';
import { itWith } from './helpers/optionalPrograms.js';

const distDir = freshDist();
const sums = readFileSync(join(distDir, 'SHA256SUMS'), 'utf8');
const lines = sums.split('\n').slice(0, -1);
const listed = lines.map((line) => line.slice(66));

const verify = (dir: string) =>
  spawnSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

describe('dist/SHA256SUMS', () => {
  it('is written by the last exporter, so that it sees every other file', () => {
    expect(exporters.at(-1)).toBe(exportChecksums);
  });

  itWith(['sha256sum'], 'passes sha256sum --check inside dist/', () => {
    const result = verify(distDir);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('lists every file of dist/ but itself, once', () => {
    const onDisk = filesBelow(distDir).filter((path) => path !== 'SHA256SUMS');
    expect([...listed].sort()).toEqual(onDisk.sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('has one "<hex>  <path>" line per file, LF-ended, sorted bytewise by path', () => {
    expect(sums.endsWith('\n')).toBe(true);
    expect(sums).not.toContain('\r');
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{64} {2}[^ ].*$/);
    const bytewise = [...listed].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(listed).toEqual(bytewise);
  });

  itWith(['sha256sum'], 'makes sha256sum fail when one byte of a copy changes', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'btv-sums-')), 'dist');
    cpSync(distDir, copy, { recursive: true });
    const victim = join(copy, listed[0]);
    const bytes = readFileSync(victim);
    bytes[0] ^= 1;
    writeFileSync(victim, bytes);
    const result = verify(copy);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain(`${listed[0]}: FAILED`);
  });
});
