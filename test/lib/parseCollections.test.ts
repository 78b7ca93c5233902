import { describe, expect, it } from 'vitest';
import { parseCollections } from '../../scripts/lib/parseCollections.js';
import { fixtureCollections, lintInput, rows } from '../helpers/lintData.js';

describe('parseCollections', () => {
  it('parses every record of the valid fixture, each collection whole', () => {
    const data = fixtureCollections();
    const parsed = parseCollections(lintInput(data).fileOf);
    expect(parsed.quotes).toEqual({ records: data.quotes, whole: true });
    expect(parsed.report).toEqual({ records: [data.report], whole: true });
  });

  it('keeps the records that parse, in order, and says the collection is not whole', () => {
    const data = fixtureCollections();
    const [first, second] = rows(data, 'quotes');
    Object.assign(first, { voice: 'outer' });
    expect(parseCollections(lintInput(data).fileOf).quotes).toEqual({ records: [second], whole: false });
  });

  it('has no record of a file that could not be read, which is not whole', () => {
    const { people, ...withoutPeople } = fixtureCollections();
    expect(parseCollections(lintInput(withoutPeople).fileOf).people).toEqual({ records: [], whole: false });
  });

  it('has no record of a list collection whose file holds no list, which is not whole', () => {
    const data = fixtureCollections();
    const { fileOf } = lintInput(data);
    const quotes = fileOf.quotes;
    if (!quotes) throw new Error('the fixture has quotes');
    fileOf.quotes = { ...quotes, value: { quotes: quotes.value } };
    expect(parseCollections(fileOf).quotes).toEqual({ records: [], whole: false });
  });
});
