import { describe, expect, it } from 'vitest';
import { unreleased } from '../../scripts/lib/release.js';

describe('unreleased', () => {
  it('names the dataset, its licence and the version, with no date, authors or repository', () => {
    expect(unreleased('1.2.3')).toEqual({
      version: '1.2.3',
      released: null,
      title: 'beijing-two-voices',
      authors: [],
      license: 'CC-BY-4.0',
      url: null,
    });
  });
});
