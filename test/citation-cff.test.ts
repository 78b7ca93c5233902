import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freshText } from './helpers/freshText.js';
import { documentationPage, markdownSection, readme } from './helpers/readmeExamples.js';
import { root } from './helpers/runScript.js';

interface Person {
  'given-names'?: string;
  'name-particle'?: string;
  'family-names'?: string;
  name?: string;
}

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const packageJson = JSON.parse(read('package.json'));
const cffText = read('CITATION.cff');
const cff = parse(cffText);
const report = JSON.parse(read('data/report.json'));
const people: { id: string; name: string }[] = JSON.parse(read('data/people.json'));
const fullName = (person: Person) =>
  [person['given-names'], person['name-particle'], person['family-names']].filter(Boolean).join(' ');

const readmeSection = (heading: string) => markdownSection(readme(), heading);
const citationsSection = (heading: string) => markdownSection(documentationPage('docs/citations.md'), heading);

describe('CITATION.cff', () => {
  it('is CFF 1.2.0 describing a dataset, with the keys the format requires', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.type).toBe('dataset');
    for (const key of ['message', 'title']) expect(typeof cff[key], key).toBe('string');
    expect(cff.authors).toEqual([{ name: `${packageJson.name} contributors` }]);
  });

  it('cites the version in package.json', () => {
    expect(cff.version).toBe(packageJson.version);
  });

  it('states the data licence of package.json and the repository it names', () => {
    const spdx = packageJson.license.split(/\s+(?:AND|OR|WITH)\s+|[()]/).filter(Boolean);
    expect(spdx).toContain(cff.license);
    expect(cff.license).toMatch(/^CC-/);
    expect(cff['repository-code']).toBe(packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
  });

  it('references the report as data/report.json describes it', () => {
    const [reference] = cff.references;
    const [year, month] = report.issued.split('-').map(Number);
    expect(reference.type).toBe('report');
    expect(reference.title).toBe(report.title);
    expect(reference.authors.map(fullName)).toEqual(
      report.authors.map((id: string) => people.find((person) => person.id === id)?.name),
    );
    expect(reference.institution.name).toBe(report.publisher);
    expect({ year: reference.year, month: reference.month }).toEqual({ year, month });
    expect(reference.url).toBe(report.url);
  });
});

describe('the version users see', () => {
  it('is the same in package.json, package-lock.json, CITATION.cff and dist/datapackage.json', () => {
    const lock = JSON.parse(read('package-lock.json'));
    const dataPackage = JSON.parse(freshText('datapackage.json'));
    const cited = /\(Version ([^)]*)\)/.exec(readmeSection('Pin and cite a release'))?.[1];
    expect([lock.version, lock.packages[''].version, cff.version, dataPackage.version, cited]).toEqual(
      Array(5).fill(packageJson.version),
    );
  });
});

describe('scripts/syncCitation.ts, run by npm run version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'btv-cff-'));
  const cffPath = join(dir, 'CITATION.cff');
  const readmePath = join(dir, 'README.md');
  writeFileSync(readmePath, read('README.md'));
  const docsDir = join(dir, 'docs');
  cpSync(join(root, 'docs'), docsDir, { recursive: true });
  const sync = (version: string, date: string) => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: packageJson.name, version }));
    const args = ['--cff', cffPath, '--readme', readmePath, '--docs', docsDir, '--package', join(dir, 'package.json')];
    args.push('--date', date);
    return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/syncCitation.ts'), ...args], {
      encoding: 'utf8',
    });
  };

  it('sets a new version and its release date, changing no other line', () => {
    writeFileSync(cffPath, cffText);
    expect(sync('9.8.7', '2030-01-02').status).toBe(0);
    const synced = readFileSync(cffPath, 'utf8');
    expect(parse(synced)).toEqual({ ...cff, version: '9.8.7', 'date-released': '2030-01-02' });
    const changed = synced.split('\n').filter((line) => !cffText.split('\n').includes(line));
    expect(changed).toEqual(['version: "9.8.7"', 'date-released: "2030-01-02"']);
    // and the README's example reference of the dataset and the versions it pins, and nothing else of it
    const changedLines = (synced: string, original: string) =>
      synced.split('\n').filter((line) => !original.split('\n').includes(line));
    const readmeChanged = changedLines(readFileSync(readmePath, 'utf8'), read('README.md'));
    expect(readmeChanged.filter((line) => line.includes('(Version 9.8.7)'))).toHaveLength(1);
    for (const pinned of [
      'npm install beijing-two-voices@9.8.7',
      'cdn.jsdelivr.net/npm/beijing-two-voices@9.8.7/dist/',
    ])
      expect(
        readmeChanged.filter((line) => line.includes(pinned)),
        pinned,
      ).toHaveLength(1);
    expect(readmeChanged).toHaveLength(3);
    // in docs/ too, where the same version goes back to the released one: only versions changed
    for (const page of readdirSync(docsDir)) {
      const original = read(`docs/${page}`);
      const synced = readFileSync(join(docsDir, page), 'utf8');
      expect(synced.replaceAll('9.8.7', packageJson.version), page).toBe(original);
    }
    expect(readFileSync(join(docsDir, 'files.md'), 'utf8')).toContain('beijing-two-voices@9.8.7/dist/csv/quotes.csv');
    expect(readFileSync(join(docsDir, 'citations.md'), 'utf8')).toContain('(Version 9.8.7)');
  });

  it('leaves the file as it is when it already cites the version, whatever the day', () => {
    writeFileSync(cffPath, cffText);
    sync('9.8.7', '2030-01-02');
    const released = readFileSync(cffPath, 'utf8');
    expect(sync('9.8.7', '2031-05-06').status).toBe(0);
    expect(readFileSync(cffPath, 'utf8')).toBe(released);
    expect(sync('9.9.0', '2031-05-06').status).toBe(0);
    expect(parse(readFileSync(cffPath, 'utf8'))['date-released']).toBe('2031-05-06');
  });
});

describe('“How to cite” of docs/citations.md', () => {
  it('gives the full reference of the report and points to CITATION.cff', () => {
    const section = citationsSection('How to cite');
    const names = report.authors.map((id: string) => people.find((person) => person.id === id)?.name as string);
    for (const part of [...names.slice(1), report.publisher, '2021', report.url, 'CITATION.cff']) {
      expect(section).toContain(part);
    }
    // the reference inverts the first author's name
    const [given, ...family] = names[0].split(' ');
    expect(section).toContain(`${family.join(' ')}, ${given}`);
    expect(section).toContain(report.title.replace(/“([^”]*)”/g, '‘$1’'));
  });
});
