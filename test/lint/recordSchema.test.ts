import { describe, expect, it } from 'vitest';
import { recordSchema } from '../../scripts/lint/recordSchema.js';
import { fixtureCollections, problemsOf, rows } from '../helpers/lintData.js';

describe('recordSchema', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(recordSchema, fixtureCollections())).toEqual([]);
  });

  it('names a record by its index when it has no id, or is not an object', () => {
    const { themes } = fixtureCollections() as { themes: Record<string, unknown>[] };
    expect(problemsOf(recordSchema, { themes: [...themes, 'ambition', { ...themes[0], id: 7 }] })).toEqual([
      '✖ data/themes.json [1]: expected object, found string',
      '✖ data/themes.json [2] id: expected string, found number',
    ]);
  });

  it('says which field is missing, of the wrong type, or null where it may not be', () => {
    const data = fixtureCollections();
    const [quote] = rows(data, 'quotes');
    delete quote.voice;
    Object.assign(quote, { takeaway: '1', speakers: null });
    expect(problemsOf(recordSchema, { quotes: data.quotes })).toEqual([
      '✖ data/quotes.json q-t1-1 voice: missing required field',
      '✖ data/quotes.json q-t1-1 takeaway: expected number, found string',
      '✖ data/quotes.json q-t1-1 speakers: expected array, found null',
    ]);
  });

  it('lists the allowed values of an enum', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'quotes')[1], { voice: 'outer', context: 'table' });
    expect(problemsOf(recordSchema, { quotes: data.quotes })).toEqual([
      '✖ data/quotes.json q-2 voice: invalid value "outer"; expected "external" or "internal"',
      '✖ data/quotes.json q-2 context: invalid value "table"; expected "contrast" or "takeaway"',
    ]);
  });

  it('names each unknown field, nested ones by their path', () => {
    const data = fixtureCollections();
    const [endnote] = rows(data, 'endnotes');
    Object.assign(endnote, { page: 3, note: 'x' });
    Object.assign((endnote.citations as Record<string, unknown>[])[0], { page: '12' });
    const unknown = 'unknown field; the endnote schema has no such field (remove it, or add it to the schema first)';
    expect(problemsOf(recordSchema, { endnotes: data.endnotes })).toEqual([
      `✖ data/endnotes.json endnote-1 citations[0].page: ${unknown}`,
      `✖ data/endnotes.json endnote-1 page: ${unknown}`,
      `✖ data/endnotes.json endnote-1 note: ${unknown}`,
    ]);
  });

  it('reports every other zod problem with its message: ids, dates, URLs, numbers, empty texts', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'quotes')[0], { id: 'Q 1', takeaway: 0, endnote: 1.5, text: '' });
    Object.assign(rows(data, 'sources')[0], { issued: '2016-13-01', url: 'not a url', language: 'Chinese' });
    Object.assign(data.report as Record<string, unknown>, { authors: [] });
    expect(problemsOf(recordSchema, { report: data.report, quotes: data.quotes, sources: data.sources })).toEqual([
      '✖ data/report.json report authors: Array must contain at least 1 element(s)',
      '✖ data/quotes.json Q 1 id: ids are lowercase words joined by hyphens, e.g. "q-12"',
      '✖ data/quotes.json Q 1 text: String must contain at least 1 character(s)',
      '✖ data/quotes.json Q 1 takeaway: Number must be greater than 0',
      '✖ data/quotes.json Q 1 endnote: expected integer, found float',
      '✖ data/sources.json xi-jinping-2016-speech issued: "2016-13-01" is not a calendar date; dates are ISO 8601 at the precision known: "2016", "2016-04" or "2016-04-25"',
      '✖ data/sources.json xi-jinping-2016-speech url: "not a url" is not an absolute http: or https: URL (write the whole address, from http:// or https://)',
      '✖ data/sources.json xi-jinping-2016-speech language: a BCP 47 language tag such as "zh" or "en"',
    ]);
  });
});
