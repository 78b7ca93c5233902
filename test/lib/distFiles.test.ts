/** distFiles, in process: every file under a folder, by its path relative to it with forward slashes. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distFiles } from '../../scripts/lib/distFiles.js';

const dir = mkdtempSync(join(tmpdir(), 'btv-dist-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('distFiles', () => {
  it('lists the files at every depth, not the folders', () => {
    mkdirSync(join(dir, 'dist', 'csv', 'deep'), { recursive: true });
    mkdirSync(join(dir, 'dist', 'empty'));
    writeFileSync(join(dir, 'dist', 'SHA256SUMS'), '');
    writeFileSync(join(dir, 'dist', 'csv', 'quotes.csv'), 'id\n');
    writeFileSync(join(dir, 'dist', 'csv', 'deep', 'a b.txt'), 'x');
    expect(distFiles(join(dir, 'dist')).sort()).toEqual(['SHA256SUMS', 'csv/deep/a b.txt', 'csv/quotes.csv']);
  });

  it('says to build when there is no dist/', () => {
    const missing = join(dir, 'nowhere');
    expect(() => distFiles(missing)).toThrow(`${missing} does not exist: run npm run build first`);
  });
});
