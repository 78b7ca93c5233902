/**
 * Every file that can hold it names the release it belongs to, from package.json's version and CITATION.cff's
 * date-released (never the clock), and dist/citations/ cites the dataset itself at that version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportCitations } from '../scripts/exporters/citations.js';
import { exportCsv } from '../scripts/exporters/csv.js';
import { exportDatapackage } from '../scripts/exporters/datapackage.js';
import { exportJson } from '../scripts/exporters/json.js';
import { createDataset } from '../scripts/lib/createDataset.js';
import type { DataCollections } from '../scripts/lib/dataset.js';
import { freshDist } from './helpers/freshDist.js';
import { fixtureCollections } from './helpers/lintData.js';
import { releasedFixture } from './helpers/releasedFixture.js';
import { root } from './helpers/runScript.js';

const read = (...path: string[]) => readFileSync(freshDist(...path), 'utf8');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cff = parse(readFileSync(join(root, 'CITATION.cff'), 'utf8'));

const fixture = releasedFixture;
const contentsOf = (files: { path: string; contents: string | Uint8Array }[], path: string) =>
  String(files.find((file) => file.path === path)?.contents);

describe('dist/json/all.json', () => {
  it('starts with meta: the version, release date, licence and citations of the release', () => {
    const all = JSON.parse(read('json', 'all.json'));
    expect(Object.keys(all)[0]).toBe('meta');
    expect(all.meta).toMatchObject({
      name: packageJson.name,
      version: packageJson.version,
      released: cff['date-released'],
      license: cff.license,
    });
    expect(all.meta.datasetCitation).toContain(`(Version ${packageJson.version}) [Data set]`);
    expect(all.meta.datasetCitation.startsWith(`${cff.authors[0].name}. (${cff['date-released'].slice(0, 4)}).`)).toBe(
      true,
    );
  });

  it('in process: meta says the release the dataset was built for', () => {
    const all = JSON.parse(contentsOf(exportJson(fixture(), new Map()), 'json/all.json'));
    expect(all.meta).toEqual({
      name: 'beijing-two-voices',
      version: '3.4.5',
      released: '2031-02-03',
      license: 'CC-BY-4.0',
      datasetCitation: 'Someone. (2031). A title (Version 3.4.5) [Data set]. https://example.org/repo',
      reportCitation: expect.stringContaining('“'),
    });
  });
});

describe('dist/datapackage.json', () => {
  it('is created on the release date, at midnight UTC', () => {
    expect(JSON.parse(read('datapackage.json')).created).toBe(`${cff['date-released']}T00:00:00Z`);
  });

  it('in process: created comes from the release, and a dataset outside a release has none', () => {
    const dataset = fixture();
    const earlier = new Map(exportCsv(dataset, new Map()).map((file) => [file.path, file.contents]));
    expect(JSON.parse(contentsOf(exportDatapackage(dataset, earlier), 'datapackage.json')).created).toBe(
      '2031-02-03T00:00:00Z',
    );
    const unreleased = createDataset(fixtureCollections() as DataCollections, '3.4.5');
    expect(JSON.parse(contentsOf(exportDatapackage(unreleased, earlier), 'datapackage.json'))).not.toHaveProperty(
      'created',
    );
  });
});

describe('dist/citations/dataset.*', () => {
  it('cites the dataset as a CSL-JSON dataset at its version and release date', () => {
    const [item] = JSON.parse(read('citations', 'dataset.csl.json'));
    const [year, month, day] = cff['date-released'].split('-').map(Number);
    expect(item).toEqual({
      id: 'beijing-two-voices',
      'citation-key': 'beijing-two-voices',
      type: 'dataset',
      language: 'en',
      author: [{ literal: cff.authors[0].name }],
      // the version in the title, which every style prints; the whole kept from a style's changes of case
      title: `<span class="nocase">${cff.title.trim()} (Version ${packageJson.version})</span>`,
      issued: { 'date-parts': [[year, month, day]] },
      URL: cff['repository-code'],
    });
  });

  it('as a biblatex @dataset and a RIS DATA record, each with the version in its title only', () => {
    const bib = read('citations', 'dataset.bib');
    expect(bib).toMatch(
      /^@dataset\{beijing-two-voices,\n\tauthor = .*\n\ttitle = \{\{beijing-two-voices: .*\(\{Version\} [^)]*\)\}\},\n/,
    );
    expect(bib).toContain(`({Version} ${packageJson.version})}},\n`);
    expect(bib).not.toContain('\tversion = ');
    const ris = read('citations', 'dataset.ris').split('\n');
    expect(ris[0]).toBe('TY  - DATA');
    expect(ris).toContain(`TI  - ${cff.title.trim()} (Version ${packageJson.version})`);
    expect(ris.filter((line) => line.startsWith('ET  - '))).toEqual([]);
    expect(ris).toContain(`DA  - ${cff['date-released'].replaceAll('-', '/').replace(/\/0/g, '/')}/`);
  });

  it('in process: written for a released dataset, not for one outside a release', () => {
    const paths = (dataset: ReturnType<typeof fixture>) => exportCitations(dataset, new Map()).map((file) => file.path);
    expect(paths(fixture())).toEqual(expect.arrayContaining(['citations/dataset.csl.json', 'citations/dataset.bib']));
    const unreleased = createDataset(fixtureCollections() as DataCollections, '3.4.5');
    expect(paths(unreleased).filter((path) => path.includes('dataset'))).toEqual([]);
  });
});
