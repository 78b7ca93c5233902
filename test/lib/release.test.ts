import { describe, expect, it } from 'vitest';
import { knownLicenses, unreleased } from '../../scripts/lib/release.js';

describe('unreleased', () => {
  it('names the package, the dataset, its licence and the version, with no date, authors or repository', () => {
    expect(unreleased('1.2.3')).toEqual({
      packageName: 'beijing-two-voices',
      version: '1.2.3',
      released: null,
      title: 'beijing-two-voices',
      abstract: '',
      authors: [],
      keywords: [],
      license: knownLicenses[0],
      licenses: [knownLicenses[0]],
      url: null,
    });
  });
});

describe('knownLicenses', () => {
  it('lists the data’s and the code’s licences with their addresses and titles, the data’s first', () => {
    expect(knownLicenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 International (the compilation and annotations)',
      },
      { name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License (the code)' },
    ]);
  });
});
