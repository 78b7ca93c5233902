/**
 * datasetJsonLd on made-up metadata and a changed dataset: people and groups as creators, no temporal coverage
 * without dated quotes, an author not among the people by their id.
 */
import { describe, expect, it } from 'vitest';
import { datasetJsonLd } from '../../scripts/exporters/explorer/datasetJsonLd.js';
import type { DatasetMetadata } from '../../scripts/lib/datasetMetadata.js';
import { datasetNow } from '../helpers/exportedNow.js';

const metadata: DatasetMetadata = {
  packageName: 'made-up',
  title: 'A made-up dataset',
  abstract: 'Made up for a test.',
  authors: [
    { 'given-names': 'Ada', 'name-particle': 'van', 'family-names': 'Lovelace' },
    { 'given-names': 'Li', 'family-names': 'Wei' },
    { name: 'A Group' },
  ],
  keywords: [],
  license: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
  repository: 'https://example.org/repo',
};

describe('datasetJsonLd', () => {
  it('names a person by the parts CITATION.cff gives, and a group as an organisation', () => {
    expect(datasetJsonLd(datasetNow(), metadata, []).creator).toEqual([
      { '@type': 'Person', name: 'Ada van Lovelace', givenName: 'Ada', familyName: 'Lovelace' },
      { '@type': 'Person', name: 'Li Wei', givenName: 'Li', familyName: 'Wei' },
      { '@type': 'Organization', name: 'A Group' },
    ]);
  });

  it('gives no temporal coverage when no quote is dated, and the years of the quotes when some are', () => {
    const dataset = datasetNow();
    const [first, second] = dataset.quotes;
    dataset.quotes = [
      { ...first, date: '2019-05-01' },
      { ...second, date: '2016' },
    ];
    expect(datasetJsonLd(dataset, metadata, []).temporalCoverage).toBe('2016/2019');
    dataset.quotes = dataset.quotes.map((quote) => ({ ...quote, date: null }));
    expect('temporalCoverage' in datasetJsonLd(dataset, metadata, [])).toBe(false);
  });

  it('names a report author who is not among the people by their id', () => {
    const dataset = datasetNow();
    const known = dataset.people.find((person) => person.id === dataset.report.authors[0]);
    dataset.report.authors = [dataset.report.authors[0], 'nobody-known'];
    expect(datasetJsonLd(dataset, metadata, []).isBasedOn.author).toEqual([
      { '@type': 'Person', name: known?.name },
      { '@type': 'Person', name: 'nobody-known' },
    ]);
  });
});
