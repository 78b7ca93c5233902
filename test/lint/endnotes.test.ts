import { describe, expect, it } from 'vitest';
import { contiguousNumbers } from '../../scripts/lint/contiguousNumbers.js';
import { ibidCitations } from '../../scripts/lint/ibidCitations.js';
import { fixtureCollections, problemsOf, rows } from '../helpers/lintData.js';

const citing = (source: string) => [{ source }];

describe('ibidCitations', () => {
  const endnotes = (...notes: Record<string, unknown>[]) =>
    problemsOf(ibidCitations, {
      endnotes: notes.map((note, i) => ({ id: `endnote-${i + 1}`, number: i + 1, text: 'x', ...note })),
    });

  it('accepts the valid fixture, a work cited and then its "Ibid."', () => {
    expect(problemsOf(ibidCitations, fixtureCollections())).toEqual([]);
    expect(endnotes({ citations: citing('a'), ibid: false }, { citations: [], ibid: true })).toEqual([]);
  });

  it('the first note cannot be "Ibid.", having no note before', () => {
    expect(endnotes({ citations: [], ibid: true })).toEqual([
      '✖ data/endnotes.json endnote-1 ibid: the first note cannot be "Ibid."',
    ]);
  });

  it('an "Ibid." note leaves its citations to the note before', () => {
    expect(endnotes({ citations: citing('a'), ibid: false }, { citations: citing('a'), ibid: true })).toEqual([
      '✖ data/endnotes.json endnote-2 citations: an "Ibid." note cites the work of the note before; leave its citations empty',
    ]);
  });

  it('a note that is not "Ibid." cites at least one work', () => {
    expect(endnotes({ citations: citing('a'), ibid: false }, { citations: [], ibid: false })).toEqual([
      '✖ data/endnotes.json endnote-2 citations: a note that is not "Ibid." cites at least one work',
    ]);
  });

  it('leaves records of the wrong shape to the schema lint, and works without endnotes.json', () => {
    expect(endnotes({ citations: null, ibid: true }, { citations: [], ibid: 'yes' })).toEqual([]);
    expect(problemsOf(ibidCitations, { quotes: fixtureCollections().quotes })).toEqual([]);
  });
});

describe('contiguousNumbers', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(contiguousNumbers, fixtureCollections())).toEqual([]);
  });

  it('numbers themes, takeaways and endnotes 1, 2, 3… in file order', () => {
    const data = fixtureCollections();
    const [theme] = rows(data, 'themes');
    data.themes = [theme, { ...theme, id: 'second', number: 3 }];
    Object.assign(rows(data, 'takeaways')[0], { number: 2 });
    rows(data, 'endnotes').reverse();
    expect(problemsOf(contiguousNumbers, data)).toEqual([
      '✖ data/themes.json second number: expected 2, found 3; numbers run from 1 without gaps, in file order',
      '✖ data/takeaways.json takeaway-1 number: expected 1, found 2; numbers run from 1 without gaps, in file order',
      '✖ data/endnotes.json endnote-2 number: expected 1, found 2; numbers run from 1 without gaps, in file order',
      '✖ data/endnotes.json endnote-1 number: expected 2, found 1; numbers run from 1 without gaps, in file order',
    ]);
  });

  it('leaves a number that is not a number to the schema lint, and missing files alone', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'themes')[0], { number: '2' });
    expect(problemsOf(contiguousNumbers, { themes: data.themes })).toEqual([]);
  });
});
