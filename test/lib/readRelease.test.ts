/** readRelease, in process: the release from package.json and CITATION.cff, refused where the two disagree. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readRelease } from '../../scripts/lib/readRelease.js';
import { root } from '../helpers/runScript.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with this package.json version and this CITATION.cff. */
function project(version: string, cff: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'btv-release-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ version }));
  writeFileSync(join(dir, 'CITATION.cff'), cff);
  return dir;
}

const cff = (lines: string[]) => `${lines.join('\n')}\n`;

describe('readRelease', () => {
  it('is package.json’s version with CITATION.cff’s date, title, authors, licence and repository', () => {
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const citation = parse(readFileSync(join(root, 'CITATION.cff'), 'utf8'));
    expect(readRelease(root)).toEqual({
      version: packageJson.version,
      released: citation['date-released'],
      title: citation.title.trim(),
      authors: citation.authors.map((author: { name: string }) => author.name),
      license: citation.license,
      url: citation['repository-code'],
    });
  });

  it('names a person by given and family names, trims the title, and has no URL without a repository', () => {
    const dir = project(
      '1.2.3',
      cff([
        'version: 1.2.3',
        'date-released: 2030-01-31',
        'title: >-',
        '  A title',
        'authors:',
        '  - given-names: Ann',
        '    family-names: Author',
        '  - family-names: Solo',
        '  - name: A team',
        'license: MIT',
      ]),
    );
    expect(readRelease(dir)).toEqual({
      version: '1.2.3',
      released: '2030-01-31',
      title: 'A title',
      authors: ['Ann Author', 'Solo', 'A team'],
      license: 'MIT',
      url: null,
    });
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
