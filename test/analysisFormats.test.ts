/**
 * docs/analysis-formats.md: every example runs on a fresh build and prints what the page says it prints, and the
 * page lists every file of the formats it documents.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { freshDist } from './helpers/freshDist.js';
import { itWith } from './helpers/optionalPrograms.js';
import { fencedBlocks, statedOutput } from './helpers/readmeExamples.js';
import { root } from './helpers/runScript.js';

const page = readFileSync(join(root, 'docs/analysis-formats.md'), 'utf8');
const blocks = fencedBlocks(page);
// the examples name files as dist/…, relative to the folder holding dist/: here the fresh build's
const cwd = dirname(freshDist());
const printed = (stdout: string, code: string) => stdout.trimEnd().split('\n').slice(-statedOutput(code).length);

describe('docs/analysis-formats.md', () => {
  it('has Python and DuckDB examples, and no block of another language; what is not run says so', () => {
    expect(blocks.filter((block) => block.lang === 'python').length).toBeGreaterThan(2);
    expect(blocks.filter((block) => block.lang === 'sql').length).toBeGreaterThan(0);
    expect(blocks.filter((block) => !['python', 'sql', 'r'].includes(block.lang))).toEqual([]);
    const untested = blocks.filter((block) => block.lang === 'r' || /pyarrow|read_parquet\(/.test(block.code));
    for (const block of untested.filter((candidate) => candidate.lang !== 'sql')) {
      expect(block.code.startsWith('# untested: needs '), `line ${block.line}`).toBe(true);
    }
  });

  for (const block of blocks.filter(
    (candidate) => candidate.lang === 'python' && !candidate.code.startsWith('# untested'),
  )) {
    itWith(['python3'], `the Python of line ${block.line} prints what it says`, () => {
      const result = spawnSync('python3', ['-c', block.code], { cwd, encoding: 'utf8' });
      expect(result.stderr, `line ${block.line}`).toBe('');
      expect(statedOutput(block.code).length).toBeGreaterThan(0);
      expect(printed(result.stdout, block.code)).toEqual(statedOutput(block.code));
    });
  }

  for (const block of blocks.filter((candidate) => candidate.lang === 'sql')) {
    it(`DuckDB answers the SQL of line ${block.line} as it says`, async () => {
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      const code = block.code.replaceAll("'dist/", `'${freshDist().replaceAll("'", "''")}/`);
      try {
        const rows = (await connection.runAndReadAll(code)).getRows();
        const text = rows.map((row) => row.map(String).join(' | ')).join('\n');
        expect(printed(text, block.code)).toEqual(statedOutput(block.code));
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    });
  }

  it('lists every file of the formats it documents that the build writes', () => {
    const built = readFileSync(freshDist('SHA256SUMS'), 'utf8')
      .split('\n')
      .map((line) => line.slice(66))
      .filter((path) => /^(sqlite|parquet|xlsx)\/|^citations\/dataset\./.test(path));
    for (const path of built) {
      // the Parquet files, one per table, are named by their pattern
      const named =
        page.includes(`dist/${path}`) ||
        page.includes(path.split('/').pop() ?? path) ||
        (path.startsWith('parquet/') && page.includes('dist/parquet/<table>.parquet'));
      expect(named, path).toBe(true);
    }
  });
});
