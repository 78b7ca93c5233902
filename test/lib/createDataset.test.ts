import { describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas } from '../../schema/index.js';
import { exportJson } from '../../scripts/exporters/json.js';
import { createDataset } from '../../scripts/lib/createDataset.js';
import type { DataCollections } from '../../scripts/lib/dataset.js';
import { insertionsOf, isElided } from '../../scripts/lib/quoteText.js';
import { unreleased } from '../../scripts/lib/release.js';
import { type Collections, fixtureCollections, type Row, rows } from '../helpers/lintData.js';

const build = (data: Collections) => createDataset(data as DataCollections, '9.8.7');
const quote = (data: Collections, id: string) => build(data).quotes.find((candidate) => candidate.id === id);

/** The fixture with a second work, cited second by endnote 1 (and so by its "Ibid.", endnote 2). */
function withSecondWork(citation: number | null): Collections {
  const data = fixtureCollections();
  const [source] = rows(data, 'sources');
  data.sources = [source, { ...source, id: 'later-article', issued: '2019-07' }];
  Object.assign(rows(data, 'endnotes')[0], { citations: [{ source: source.id }, { source: 'later-article' }] });
  for (const stored of rows(data, 'quotes')) stored.citation = citation;
  return data;
}

describe('createDataset', () => {
  it('derives each quote’s insertions and ellipsis from its text, as the JSON users read shows', () => {
    // the fixture's q-2 reads "[China sought to] build trust ... and cooperate."; q-t1-1 has neither
    const [json] = exportJson(build(fixtureCollections()), new Map()).filter(
      (file) => file.path === 'json/quotes.json',
    );
    const published = JSON.parse(String(json.contents)) as Row[];
    expect(published.map(({ id, insertions, elided }) => ({ id, insertions, elided }))).toEqual([
      { id: 'q-t1-1', insertions: [], elided: false },
      { id: 'q-2', insertions: ['China sought to'], elided: true },
    ]);
  });

  it('finds insertions in brackets and ellipses of three dots or one character', () => {
    expect(insertionsOf('[He] said [that] it [] works')).toEqual(['He', 'that', '']);
    expect(insertionsOf('no insertion (here)')).toEqual([]);
    expect(['a … b', 'a ... b', 'a...', 'a .. b', 'a. b.'].map(isElided)).toEqual([true, true, true, false, false]);
  });

  it('names the cited work and its date, through an "Ibid." note too', () => {
    const data = fixtureCollections();
    expect(quote(data, 'q-t1-1')).toMatchObject({ endnote: 1, source: 'xi-jinping-2016-speech', date: '2016-04-25' });
    expect(quote(data, 'q-2')).toMatchObject({ endnote: 2, source: 'xi-jinping-2016-speech', date: '2016-04-25' });
  });

  it('names the work a quote’s citation number picks when its endnote cites several', () => {
    expect(quote(withSecondWork(2), 'q-2')).toMatchObject({ source: 'later-article', date: '2019-07' });
    expect(quote(withSecondWork(1), 'q-2')).toMatchObject({ source: 'xi-jinping-2016-speech', date: '2016-04-25' });
  });

  it('leaves a quote undecided, with no source, date or link, when its endnote cites several works and it names none', () => {
    const onEnglishPages = (data: Collections) => {
      for (const source of rows(data, 'sources'))
        Object.assign(source, { url: 'https://example.org/', language: 'en' });
      return data;
    };
    expect(quote(onEnglishPages(withSecondWork(null)), 'q-2')).toMatchObject({
      endnote: 2,
      citation: null,
      source: null,
      date: null,
      sourceLink: null,
    });
    // the same quote with a number links to its work's page
    expect(quote(onEnglishPages(withSecondWork(1)), 'q-2')?.sourceLink).toMatch(/^https:\/\/example\.org\/#:~:text=/);
  });

  it('looks a record up as Array.find would: of two sources with one id, the first', () => {
    const data = fixtureCollections();
    const [source] = rows(data, 'sources');
    data.sources = [source, { ...source, issued: '2019-07' }];
    expect(quote(data, 'q-2')).toMatchObject({ source: 'xi-jinping-2016-speech', date: '2016-04-25' });
  });

  it('gives a quote without an endnote no source and no date', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'quotes')[1], { endnote: null });
    expect(quote(data, 'q-2')).toMatchObject({ source: null, date: null });
  });

  it('gives an "Ibid." note the works of the note before it', () => {
    const { endnotes } = build(withSecondWork(1));
    expect(endnotes.map(({ number, citations }) => ({ number, citations }))).toEqual([
      { number: 1, citations: [{ source: 'xi-jinping-2016-speech' }, { source: 'later-article' }] },
      { number: 2, citations: [{ source: 'xi-jinping-2016-speech' }, { source: 'later-article' }] },
    ]);
  });

  it('publishes every collection with its records’ keys in schema order, and the version', () => {
    const data = fixtureCollections();
    const reversed = (record: Row) => Object.fromEntries(Object.entries(record).reverse());
    const scrambled = Object.fromEntries(
      Object.entries(data).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.map(reversed) : reversed(value as Row),
      ]),
    ) as Collections;
    const dataset = build(scrambled);
    expect(dataset.version).toBe('9.8.7');
    expect(dataset.report).toEqual(data.report);
    for (const name of ['themes', 'sources', 'people'] as const) expect(dataset[name], name).toEqual(data[name]);
    // an annotation's excerpt gains only its derived link into the report
    expect(dataset.annotations).toEqual(
      rows(data, 'annotations').map((annotation) => ({
        ...annotation,
        evidence: (annotation.evidence as Row[]).map((excerpt) => ({
          ...excerpt,
          reportLink: expect.stringMatching(/#:~:text=/),
        })),
      })),
    );
    expect(rows(data, 'annotations').some((annotation) => (annotation.evidence as Row[]).length > 0)).toBe(true);
    // a takeaway gains only its derived link into the report
    expect(dataset.takeaways).toEqual(
      rows(data, 'takeaways').map((takeaway) => ({ ...takeaway, reportLink: expect.stringMatching(/#:~:text=/) })),
    );
    for (const name of collectionNames) {
      const records = ([] as Row[]).concat(dataset[name] as Row | Row[]);
      for (const record of records)
        expect(Object.keys(record), name).toEqual(Object.keys(collectionSchemas[name].published.shape));
    }
  });

  it('refuses a release of another version than the one it builds', () => {
    const data = fixtureCollections() as DataCollections;
    expect(() => createDataset(data, '9.8.7', unreleased('9.8.6'))).toThrow('the release is 9.8.6, not 9.8.7');
    expect(createDataset(data, '9.8.7', unreleased('9.8.7')).release.version).toBe('9.8.7');
  });

  it('refuses data the published schemas refuse, rather than publish it', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'people')[0], { name: '' });
    expect(() => build(data)).toThrow();
    const report = fixtureCollections();
    Object.assign(report.report as Row, { url: 'no url' });
    expect(() => build(report)).toThrow();
  });
});
