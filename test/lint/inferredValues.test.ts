import { describe, expect, it } from 'vitest';
import { inferredValues, isPrinted } from '../../scripts/lint/inferredValues.js';
import { type Collections, fixtureCollections, problemsOf, type Row, rows } from '../helpers/lintData.js';

const unprinted = (field: string, value: unknown) =>
  `✖ data/sources.json xi-jinping-2016-speech ${field}: ${JSON.stringify(value)}: none of the endnotes citing the source prints it; add an annotation of kind "inferred" on xi-jinping-2016-speech ${field} saying what the value was inferred from, or correct it to what the report prints`;

/** The fixture with its one source changed. */
function withSource(change: Row): Collections {
  const data = fixtureCollections();
  Object.assign(rows(data, 'sources')[0], change);
  return data;
}

describe('isPrinted', () => {
  it('finds a value only as a whole, between characters that are not letters or digits, or at either end', () => {
    expect(isPrinted('1', 'vol. 2019, no. 1.')).toBe(true);
    expect(isPrinted('1', '1')).toBe(true);
    expect(isPrinted('1', 'a1 b 2019')).toBe(false);
    expect(isPrinted('Speech', 'Speeches')).toBe(false);
    expect(isPrinted('Speech', 'aSpeech')).toBe(false);
    expect(isPrinted('Beijing', '(Beijing)')).toBe(true);
    expect(isPrinted('Beijing', 'Shanghai')).toBe(false);
  });
});

describe('inferredValues', () => {
  it('accepts the valid fixture, whose source prints every value in its endnote', () => {
    expect(problemsOf(inferredValues, fixtureCollections())).toEqual([]);
  });

  it('refuses each value no citing endnote prints, a date as the notes write it, and leaves nulls alone', () => {
    const data = withSource({ place: 'Shanghai', issued: '2016-04-26', pages: null, issue: '1', cnki: 'Speech' });
    expect(problemsOf(inferredValues, data)).toEqual([
      unprinted('issued', '2016-04-26'),
      unprinted('place', 'Shanghai'),
      unprinted('issue', '1'),
    ]);
    expect(problemsOf(inferredValues, withSource({ issued: '2016-04' }))).toEqual([unprinted('issued', '2016-04')]);
    expect(problemsOf(inferredValues, withSource({ issued: '2016' }))).toEqual([]);
  });

  it('lets a value pass that an annotation of kind "inferred" marks, on that record and field only', () => {
    const data = withSource({ place: 'Shanghai', url: 'https://example.org/' });
    const [annotation] = rows(data, 'annotations');
    data.annotations = [
      { ...annotation, id: 'a-1', target: 'xi-jinping-2016-speech', field: 'place', kind: 'inferred' },
      { ...annotation, id: 'a-2', target: 'xi-jinping-2016-speech', field: 'url', kind: 'text-artifact' },
      { ...annotation, id: 'a-3', target: 'endnote-1', field: 'url', kind: 'inferred' },
    ];
    expect(problemsOf(inferredValues, data)).toEqual([unprinted('url', 'https://example.org/')]);
  });

  it('counts an author printed by name or by Chinese name, and a person without either as not printed', () => {
    const data = fixtureCollections();
    const [xi] = rows(data, 'people');
    Object.assign(xi, { name: 'Someone Else' });
    expect(problemsOf(inferredValues, data)).toEqual([]);
    Object.assign(xi, { name: 'Xi Jinping', nameChinese: '某人' });
    expect(problemsOf(inferredValues, data)).toEqual([]);
    Object.assign(xi, { name: 'Someone Else' });
    expect(problemsOf(inferredValues, data)).toEqual([unprinted('authors', ['xi-jinping'])]);
    Object.assign(xi, { name: 'Xi Jinping' });
    Object.assign(rows(data, 'sources')[0], { authors: ['xi-jinping', 'ann-author'] });
    expect(problemsOf(inferredValues, data)).toEqual([unprinted('authors', ['xi-jinping', 'ann-author'])]);
    // an id of no person is the reference lint's to report
    Object.assign(rows(data, 'sources')[0], { authors: ['nobody'] });
    expect(problemsOf(inferredValues, data)).toEqual([]);
  });

  it('takes a person without a Chinese name for unprinted, even in a note that prints the word "null"', () => {
    const data = withSource({ authors: ['xi-jinping', 'ann-author'] });
    Object.assign(rows(data, 'endnotes')[0], {
      text: '习近平 [Xi Jinping] and null, “讲话” [Speech], (speech, Beijing, April 25, 2016).',
    });
    expect(problemsOf(inferredValues, data)).toEqual([unprinted('authors', ['xi-jinping', 'ann-author'])]);
  });

  it('looks for a value in the texts of the endnotes citing the source and nowhere else, however common the word', () => {
    expect(problemsOf(inferredValues, withSource({ place: 'here', cnki: 'was' }))).toEqual([
      unprinted('place', 'here'),
      unprinted('cnki', 'was'),
    ]);
  });

  it('reads an "Ibid." note as citing the works of the note before it, and only those', () => {
    const data = withSource({ place: 'Shanghai' });
    Object.assign(rows(data, 'endnotes')[1], { text: 'Ibid., Shanghai.' });
    expect(problemsOf(inferredValues, data)).toEqual([]);
    Object.assign(rows(data, 'endnotes')[1], { ibid: false });
    expect(problemsOf(inferredValues, data)).toEqual([unprinted('place', 'Shanghai')]);
  });

  it('compares only a date as the notes print it: a URL with hyphens is looked for as it is', () => {
    const url = 'https://example.org/a-b-c';
    const data = withSource({ url });
    Object.assign(rows(data, 'endnotes')[0], {
      text: `习近平 [Xi Jinping], “讲话” [Speech], (speech, Beijing, April 25, 2016), ${url}.`,
    });
    expect(problemsOf(inferredValues, data)).toEqual([]);
  });

  it('reads past a citation that is not an object, left to the schema lint', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'endnotes')[0], { citations: [null, { source: 'xi-jinping-2016-speech' }] });
    expect(problemsOf(inferredValues, data)).toEqual([]);
  });

  it('reads the endnotes and annotations only when every one parses, else a value would look unprinted', () => {
    const brokenNote = withSource({ place: 'Shanghai' });
    Object.assign(rows(brokenNote, 'endnotes')[1], { text: 3 });
    expect(problemsOf(inferredValues, brokenNote)).toEqual([]);
    const brokenAnnotation = withSource({ place: 'Shanghai' });
    Object.assign(rows(brokenAnnotation, 'annotations')[0], { kind: 'guessed' });
    expect(problemsOf(inferredValues, brokenAnnotation)).toEqual([]);
    expect(problemsOf(inferredValues, withSource({ place: 'Shanghai' }))).toEqual([unprinted('place', 'Shanghai')]);
  });

  it('says nothing of a source no endnote cites, nor without the sources file', () => {
    const data = withSource({ place: 'Shanghai' });
    Object.assign(rows(data, 'endnotes')[0], { citations: [] });
    expect(problemsOf(inferredValues, data)).toEqual([]);
    const { sources, ...withoutSources } = withSource({ place: 'Shanghai' });
    expect(problemsOf(inferredValues, withoutSources)).toEqual([]);
  });
});
