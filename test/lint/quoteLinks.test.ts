import { describe, expect, it } from 'vitest';
import { quoteLinks } from '../../scripts/lint/quoteLinks.js';
import { type Collections, fixtureCollections, problemsOf, type Row, rows } from '../helpers/lintData.js';

/** The fixture with endnote 1 citing `works` works (endnote 2 is its "Ibid."), q-t1-1 its first, q-2 edited. */
function withCitations(works: number, quote: Row = {}): Collections {
  const data = fixtureCollections();
  const citations = Array.from({ length: works }, (_, i) => ({
    source: i === 0 ? 'xi-jinping-2016-speech' : `w-${i}`,
  }));
  Object.assign(rows(data, 'endnotes')[0], { citations });
  Object.assign(rows(data, 'quotes')[0], { citation: works > 1 ? 1 : null });
  Object.assign(rows(data, 'quotes')[1], quote);
  return data;
}

const problems = (data: Collections) => problemsOf(quoteLinks, { quotes: data.quotes, endnotes: data.endnotes });

describe('quoteLinks', () => {
  it('accepts the valid fixture', () => {
    expect(problems(fixtureCollections())).toEqual([]);
  });

  it('a quote in a takeaway names the takeaway, a quote of the table does not', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'quotes')[0], { takeaway: null });
    Object.assign(rows(data, 'quotes')[1], { takeaway: 1 });
    expect(problems(data)).toEqual([
      '✖ data/quotes.json q-t1-1 takeaway: a quote in a takeaway names the takeaway number',
      '✖ data/quotes.json q-2 takeaway: a quote of the two-voices table has takeaway null',
    ]);
  });

  it('leaves a quote of a note citing several works without a citation to the lint of citation choices', () => {
    expect(problems(withCitations(3, { citation: null }))).toEqual([]);
  });

  it('a citation number is one of the endnote’s works', () => {
    expect(problems(withCitations(3, { citation: 3 }))).toEqual([]);
    expect(problems(withCitations(3, { citation: 1 }))).toEqual([]);
    expect(problems(withCitations(3, { citation: 4 }))).toEqual([
      '✖ data/quotes.json q-2 citation: endnote 2 cites 3 works; use 1 to 3',
    ]);
    expect(problems(withCitations(2, { citation: 3 }))).toEqual([
      '✖ data/quotes.json q-2 citation: endnote 2 cites 2 works; use 1 to 2',
    ]);
  });

  it('a quote whose endnote cites one work leaves citation null', () => {
    expect(problems(withCitations(1, { citation: 1 }))).toEqual([
      '✖ data/quotes.json q-2 citation: endnote 2 cites 1 work; use null',
    ]);
  });

  it('a note that is not "Ibid." counts its own works, not those of the note before', () => {
    const data = withCitations(3, { citation: 2 });
    Object.assign(rows(data, 'endnotes')[1], { ibid: false, citations: [{ source: 'w-9' }] });
    expect(problems(data)).toEqual(['✖ data/quotes.json q-2 citation: endnote 2 cites 1 work; use null']);
  });

  it('leaves an unknown endnote to the reference lint, and works without endnotes.json', () => {
    expect(problems(withCitations(1, { endnote: 9, citation: 2 }))).toEqual([]);
    expect(problemsOf(quoteLinks, { quotes: withCitations(1, { citation: 2 }).quotes })).toEqual([]);
    expect(problemsOf(quoteLinks, { endnotes: fixtureCollections().endnotes })).toEqual([]);
  });

  it('counts citations only when every endnote parses: one that does not would shift what an "Ibid." note cites', () => {
    const data = withCitations(1, { citation: 1 });
    expect(problems(data)).toEqual(['✖ data/quotes.json q-2 citation: endnote 2 cites 1 work; use null']);
    Object.assign(rows(data, 'endnotes')[0], { citations: 'xi-jinping-2016-speech' });
    expect(problems(data)).toEqual([]);
  });

  it('checks each quote that parses, leaving one its schema refuses to the schema lint', () => {
    const data = withCitations(1, { citation: 1 });
    Object.assign(rows(data, 'quotes')[0], { takeaway: null, voice: 'outer' });
    expect(problems(data)).toEqual(['✖ data/quotes.json q-2 citation: endnote 2 cites 1 work; use null']);
  });
});
