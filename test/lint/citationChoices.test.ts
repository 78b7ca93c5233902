import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../schema/index.js';
import { citationChoices } from '../../scripts/lint/citationChoices.js';
import { type Collections, fixtureCollections, problemsOf, type Row, rows } from '../helpers/lintData.js';
import { readCollection } from '../helpers/runScript.js';

/** The fixture with endnote 1 citing two works (endnote 2, q-2's, is its "Ibid."), q-2 edited, and annotations added. */
function withChoice(quote: Row, ...annotations: Row[]): Collections {
  const data = fixtureCollections();
  Object.assign(rows(data, 'endnotes')[0], {
    citations: [{ source: 'xi-jinping-2016-speech' }, { source: 'other-work' }],
  });
  // q-t1-1 cites endnote 1 too: its choice is left open, as it should be
  Object.assign(rows(data, 'quotes')[0], { citation: null });
  rows(data, 'annotations').push(
    { id: 'a-open', target: 'q-t1-1', field: 'citation', kind: 'undecided', note: 'Either work.', evidence: [] },
    ...annotations.map((annotation, i) => ({
      id: `a-${i}`,
      field: 'citation',
      note: 'Words.',
      evidence: [],
      ...annotation,
    })),
  );
  Object.assign(rows(data, 'quotes')[1], quote);
  return data;
}

const problems = (data: Collections) => problemsOf(citationChoices, data);

describe('citationChoices', () => {
  it('accepts the valid fixture, whose notes cite one work each', () => {
    expect(problems(fixtureCollections())).toEqual([]);
  });

  it('accepts a choice evidenced by an annotation of kind "inferred", and one left open with kind "undecided"', () => {
    expect(problems(withChoice({ citation: 2 }, { target: 'q-2', kind: 'inferred' }))).toEqual([]);
    expect(problems(withChoice({ citation: null }, { target: 'q-2', kind: 'undecided' }))).toEqual([]);
  });

  it('refuses a citation chosen without evidence, which the build would turn into a source, date and link', () => {
    expect(problems(withChoice({ citation: 1 }))).toEqual([
      '✖ data/quotes.json q-2 citation: endnote 2 cites 2 works and the report does not print which one this quote is from; add an annotation of kind "inferred" on q-2 citation quoting the report’s words that decide it, or set citation to null and add one of kind "undecided" naming the candidates',
    ]);
    // evidence about another field or another quote is no evidence for this one
    expect(problems(withChoice({ citation: 1 }, { target: 'q-2', kind: 'inferred', field: 'speakers' }))).toHaveLength(
      1,
    );
    expect(problems(withChoice({ citation: 1 }, { target: 'q-t1-1', kind: 'inferred' }))).toHaveLength(1);
    expect(problems(withChoice({ citation: 1 }, { target: 'q-2', kind: 'translation-variant' }))).toHaveLength(1);
  });

  it('refuses a choice left open without an annotation naming the candidates', () => {
    expect(problems(withChoice({ citation: null }))).toEqual([
      '✖ data/quotes.json q-2 citation: endnote 2 cites 2 works and no citation is chosen, so source, date and sourceLink are null; add an annotation of kind "undecided" on q-2 citation naming the candidate works, or choose one with an annotation of kind "inferred" quoting the report’s words that decide it',
    ]);
  });

  it('refuses a citation on a quote whose annotation says the choice is open', () => {
    expect(
      problems(withChoice({ citation: 2 }, { target: 'q-2', kind: 'undecided' }, { target: 'q-2', kind: 'inferred' })),
    ).toEqual([
      '✖ data/quotes.json q-2 citation: an annotation of kind "undecided" says no work is chosen; set citation to null',
    ]);
  });

  it('reports every quote at once, and judges nothing without the notes or the annotations', () => {
    const data = withChoice({ citation: 1 });
    Object.assign(rows(data, 'quotes')[0], { citation: 2 });
    expect(problems(data)).toHaveLength(2);
    expect(problemsOf(citationChoices, { quotes: data.quotes, endnotes: data.endnotes })).toEqual([]);
    expect(problemsOf(citationChoices, { quotes: data.quotes, annotations: data.annotations })).toEqual([]);
  });
});

describe('citationChoices on the dataset', () => {
  const dataDir = new URL('../../data', import.meta.url).pathname;
  const dataset = () =>
    Object.fromEntries(collectionNames.map((name) => [name, readCollection<unknown>(dataDir, name)])) as Collections;

  it('accepts data/ as it is, and refuses the guess 2.0.0 published for “politics.”', () => {
    expect(problems(dataset())).toEqual([]);
    const guessed = dataset();
    Object.assign(rows(guessed, 'quotes').find((quote) => quote.id === 'q-t4-2') as Row, { citation: 1 });
    expect(problems(guessed)).toEqual([
      '✖ data/quotes.json q-t4-2 citation: an annotation of kind "undecided" says no work is chosen; set citation to null',
    ]);
    rows(guessed, 'annotations').splice(
      rows(guessed, 'annotations').findIndex((note) => note.id === 'a-q-t4-2-citation-undecided'),
      1,
    );
    expect(problems(guessed)).toEqual([
      '✖ data/quotes.json q-t4-2 citation: endnote 4 cites 2 works and the report does not print which one this quote is from; add an annotation of kind "inferred" on q-t4-2 citation quoting the report’s words that decide it, or set citation to null and add one of kind "undecided" naming the candidates',
    ]);
  });
});
