/**
 * readRelease, in process: the release from package.json and CITATION.cff, refused where the two disagree or name a
 * licence datapackage.json cannot list.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readRelease } from '../../scripts/lib/readRelease.js';
import { knownLicenses } from '../../scripts/lib/release.js';
import { root } from '../helpers/runScript.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with this package.json version (and these other fields) and this CITATION.cff. */
function project(version: string, cff: string, fields: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'btv-release-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'a-package', version, ...fields }));
  writeFileSync(join(dir, 'CITATION.cff'), cff);
  return dir;
}

const cff = (lines: string[]) => `${lines.join('\n')}\n`;

describe('readRelease', () => {
  it('is package.json’s name, version and licences with CITATION.cff’s date, title, abstract, authors, keywords, licence and repository', () => {
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const citation = parse(readFileSync(join(root, 'CITATION.cff'), 'utf8'));
    expect(readRelease(root)).toEqual({
      packageName: 'beijing-two-voices',
      version: packageJson.version,
      released: citation['date-released'],
      title: citation.title.trim(),
      abstract: citation.abstract,
      authors: [{ name: 'beijing-two-voices contributors' }],
      keywords: ['China', 'telecommunications', 'cyber policy', 'propaganda', 'dataset'],
      license: knownLicenses[0],
      licenses: knownLicenses,
      url: 'https://github.com/beijing-two-voices/beijing-two-voices',
    });
    // the package's home and the dataset's repository are one address
    expect(packageJson.homepage).toBe(citation['repository-code']);
  });

  it('names a person by given names, particle and family names, trims the title, and has no URL without a repository', () => {
    const dir = project(
      '1.2.3',
      cff([
        'version: 1.2.3',
        'date-released: 2030-01-31',
        'title: >-',
        '  A title',
        'authors:',
        '  - given-names: Ann',
        '    name-particle: van',
        '    family-names: Author',
        '  - family-names: Solo',
        '  - name: A team',
        'license: MIT',
      ]),
    );
    expect(readRelease(dir)).toEqual({
      packageName: 'a-package',
      version: '1.2.3',
      released: '2030-01-31',
      title: 'A title',
      abstract: '',
      authors: [
        { name: 'Ann van Author', givenNames: 'Ann', familyNames: 'Author' },
        { name: 'Solo', familyNames: 'Solo' },
        { name: 'A team' },
      ],
      keywords: [],
      license: knownLicenses[1],
      licenses: [knownLicenses[1]],
      url: null,
    });
  });

  it('lists the licences of package.json’s expression in datapackage.json’s order', () => {
    const lines = ['version: 1.0.0', 'date-released: 2030-01-31', 'title: T', 'authors: []', 'license: CC-BY-4.0'];
    const dir = project('1.0.0', cff(lines), { license: 'MIT AND CC-BY-4.0' });
    expect(readRelease(dir).licenses).toEqual(knownLicenses);
  });

  it.each([
    ['CITATION.cff', {}, 'license: GPL-3.0'],
    ['package.json', { license: 'MIT AND GPL-3.0' }, 'license: MIT'],
  ])('refuses a licence of %s that datapackage.json cannot list', (file, fields, license) => {
    const lines = ['version: 1.0.0', 'date-released: 2030-01-31', 'title: T', 'authors: []', license];
    const dir = project('1.0.0', cff(lines), fields);
    expect(() => readRelease(dir)).toThrow(
      new Error(`${file} names the licence GPL-3.0, which datapackage.json cannot list`),
    );
  });

  it.each([
    ['a folded title, which keeps its final line break', ['title: >', '  A title']],
    ['a quoted title with spaces around it', ['title: "  A title  "']],
  ])('trims %s', (_, title) => {
    const dir = project(
      '1.0.0',
      cff(['version: 1.0.0', 'date-released: 2030-01-31', ...title, 'authors: []', 'license: MIT']),
    );
    expect(readRelease(dir).title).toBe('A title');
  });

  it('refuses a CITATION.cff of another version than package.json, whose date would be another release’s', () => {
    const dir = project('9.9.9', readFileSync(join(root, 'CITATION.cff'), 'utf8'));
    expect(() => readRelease(dir)).toThrow(
      /^CITATION.cff cites version \d+\.\d+\.\d+, package.json is 9.9.9: run tsx scripts\/syncCitation.ts$/,
    );
  });

  it.each([
    ['no date', ['version: 1.0.0'], ''],
    ['a date and time', ['version: 1.0.0', 'date-released: "2030-01-31T10:00"'], '2030-01-31T10:00'],
    ['a month', ['version: 1.0.0', 'date-released: "2030-01"'], '2030-01'],
    ['text around a date', ['version: 1.0.0', 'date-released: "on 2030-01-31"'], 'on 2030-01-31'],
  ])('refuses %s as the release date', (_, lines, shown) => {
    const dir = project('1.0.0', cff([...lines, 'title: T', 'authors: []', 'license: MIT']));
    expect(() => readRelease(dir)).toThrow(`CITATION.cff's date-released "${shown}" is not a date`);
  });
});
