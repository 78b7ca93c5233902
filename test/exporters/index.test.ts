/**
 * runExporters, on exporters made up here: each sees what those before it wrote, no two write one path, and the
 * files come out sorted bytewise by path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exporters, runExporters } from '../../scripts/exporters/index.js';
import type { Exporter } from '../../scripts/exporters/types.js';
import { datasetNow } from '../helpers/exportedNow.js';
import { root } from '../helpers/runScript.js';

const real = [...exporters];
afterEach(() => {
  exporters.splice(0, exporters.length, ...real);
});

/** Runs runExporters with these exporters in place of the real ones. */
function runWith(...made: Exporter[]) {
  exporters.splice(0, exporters.length, ...made);
  return runExporters(datasetNow());
}

describe('runExporters', () => {
  it('gives every file as bytes, sorted bytewise by path, each exporter seeing those written before it', async () => {
    const seen: string[][] = [];
    const first: Exporter = (_, built) => {
      seen.push([...built.keys()]);
      return [
        { path: 'b/x.csv', contents: 'b' },
        { path: 'B.txt', contents: new Uint8Array([1]) },
      ];
    };
    // an asynchronous exporter is awaited before the next one runs
    const second: Exporter = async (_, built) => {
      seen.push([...built.keys()]);
      return [
        { path: 'a.json', contents: String(built.get('b/x.csv')) },
        { path: 'b-c', contents: '' },
      ];
    };
    const third: Exporter = (_, built) => {
      seen.push([...built.keys()]);
      return [];
    };
    const written: string[][] = [];
    exporters.splice(0, exporters.length, first, second, third);
    const files = await runExporters(datasetNow(), (exporter, made) =>
      written.push([exporter.name, ...made.map((file) => file.path)]),
    );
    expect(seen).toEqual([[], ['b/x.csv', 'B.txt'], ['b/x.csv', 'B.txt', 'a.json', 'b-c']]);
    expect(written).toEqual([['first', 'b/x.csv', 'B.txt'], ['second', 'a.json', 'b-c'], ['third']]);
    expect(files).toEqual([
      { path: 'B.txt', contents: new Uint8Array([1]) },
      { path: 'a.json', contents: Buffer.from('b') },
      { path: 'b-c', contents: Buffer.from('') },
      { path: 'b/x.csv', contents: Buffer.from('b') },
    ]);
    expect(files.map((file) => file.contents instanceof Uint8Array)).toEqual([true, true, true, true]);
  });

  it('gives the dataset to every exporter', async () => {
    const versions: string[] = [];
    await runWith((dataset) => {
      versions.push(dataset.version);
      return [];
    });
    expect(versions).toEqual([datasetNow().version]);
  });

  it('refuses two exporters writing one path, naming it', async () => {
    const one: Exporter = () => [{ path: 'csv/quotes.csv', contents: 'x' }];
    await expect(runWith(one, one)).rejects.toThrow('two exporters write dist/csv/quotes.csv');
  });
});

describe('the exporters', () => {
  it('each have tests of their own here, which call them in process (an import alone does not count)', () => {
    const folder = join(root, 'test', 'exporters');
    const shared = ['committedDist.test.ts', 'index.test.ts'];
    const tests = readdirSync(folder)
      .filter((name) => name.endsWith('.test.ts') && !shared.includes(name))
      .map((name) => readFileSync(join(folder, name), 'utf8').replace(/^import [^;]*;$/gm, ''));
    const untested = real.filter(({ name }) => !tests.some((text) => new RegExp(`\\b${name}\\b`).test(text)));
    expect(untested.map(({ name }) => name)).toEqual([]);
  });
});
