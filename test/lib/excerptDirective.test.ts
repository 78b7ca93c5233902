import { describe, expect, it } from 'vitest';
import { excerptDirective } from '../../scripts/lib/excerptDirective.js';

describe('excerptDirective', () => {
  it('selects the words alone when they need no context', () => {
    expect(excerptDirective({ exact: 'Read the full report', prefix: null, suffix: null })).toEqual({
      textStart: 'Read the full report',
    });
  });

  it('keeps a prefix and a suffix without the spaces beside the words, which a browser skips', () => {
    expect(excerptDirective({ exact: 'Telecommunications', prefix: 'Two Voices in ', suffix: ' and more' })).toEqual({
      prefix: 'Two Voices in',
      textStart: 'Telecommunications',
      suffix: 'and more',
    });
  });

  it('leaves out a prefix or suffix of spaces only', () => {
    expect(excerptDirective({ exact: 'words', prefix: ' ', suffix: ' ' })).toEqual({ textStart: 'words' });
  });
});
