/** datasetMetadata, in process: the dataset's name, title, creators, keywords, licence and home, and the licences. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { datasetMetadata } from '../../scripts/lib/datasetMetadata.js';
import { licenses } from '../../scripts/lib/licenses.js';
import { root } from '../helpers/runScript.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with a package.json of this name and a CITATION.cff of these lines. */
function project(name: string, lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'btv-metadata-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name }));
  writeFileSync(join(dir, 'CITATION.cff'), `${lines.join('\n')}\n`);
  return dir;
}

const citation = ['title: A title', 'abstract: An abstract', 'authors:', '  - name: A team'];

describe('datasetMetadata', () => {
  it('is the project’s package name and CITATION.cff’s title, abstract, creators, keywords, licence and repository', () => {
    const cff = parse(readFileSync(join(root, 'CITATION.cff'), 'utf8'));
    expect(datasetMetadata()).toEqual({
      packageName: 'beijing-two-voices',
      title: cff.title,
      abstract: cff.abstract,
      authors: [{ name: 'beijing-two-voices contributors' }],
      keywords: ['China', 'telecommunications', 'cyber policy', 'propaganda', 'dataset'],
      license: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
      repository: 'https://github.com/beijing-two-voices/beijing-two-voices',
    });
  });

  it('has no keywords where CITATION.cff lists none, and gives the MIT licence its address', () => {
    const dir = project('a-package', [...citation, 'license: MIT', 'repository-code: https://example.org/repo']);
    expect(datasetMetadata(dir)).toEqual({
      packageName: 'a-package',
      title: 'A title',
      abstract: 'An abstract',
      authors: [{ name: 'A team' }],
      keywords: [],
      license: { name: 'MIT', path: 'https://opensource.org/licenses/MIT' },
      repository: 'https://example.org/repo',
    });
  });

  it('refuses a licence that datapackage.json does not list', () => {
    const dir = project('a-package', [...citation, 'license: GPL-3.0']);
    expect(() => datasetMetadata(dir)).toThrow(
      new Error("CITATION.cff's licence GPL-3.0 is not among those datapackage.json lists"),
    );
  });
});

describe('licenses', () => {
  it('lists the data’s and the code’s licences with their addresses and titles', () => {
    expect(licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 International (the compilation and annotations)',
      },
      { name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License (the code)' },
    ]);
  });
});
