/**
 * datasetJsonLd on made-up metadata and a changed dataset: people and groups as creators, no temporal coverage
 * without dated quotes, an author not among the people by their id.
 */
import { describe, expect, it } from 'vitest';
import { datasetJsonLd } from '../../scripts/exporters/explorer/datasetJsonLd.js';
import type { Release } from '../../scripts/lib/release.js';
import { datasetNow } from '../helpers/exportedNow.js';

const authors: Release['authors'] = [
  { name: 'Ada van Lovelace', givenNames: 'Ada', familyNames: 'Lovelace' },
  { name: 'Wei', familyNames: 'Wei' },
  { name: 'A Group' },
];

/** The dataset of data/ as a made-up release. */
function madeUp() {
  const dataset = datasetNow();
  dataset.release = {
    ...dataset.release,
    title: 'A made-up dataset',
    abstract: 'Made up for a test.',
    authors,
    keywords: ['made', 'up'],
    url: 'https://example.org/repo',
  };
  return dataset;
}

describe('datasetJsonLd', () => {
  it('names a person by the release’s names, with the parts CITATION.cff gives, and a group as an organisation', () => {
    expect(datasetJsonLd(madeUp(), []).creator).toEqual([
      { '@type': 'Person', name: 'Ada van Lovelace', givenName: 'Ada', familyName: 'Lovelace' },
      { '@type': 'Person', name: 'Wei', familyName: 'Wei' },
      { '@type': 'Organization', name: 'A Group' },
    ]);
  });

  it('is the release’s title, abstract, licence address, keywords and home', () => {
    expect(datasetJsonLd(madeUp(), [])).toMatchObject({
      name: 'A made-up dataset',
      description: 'Made up for a test.',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      keywords: ['made', 'up'],
      url: 'https://example.org/repo',
    });
  });

  it('gives no temporal coverage when no quote is dated, and the years of the quotes when some are', () => {
    const dataset = datasetNow();
    const [first, second] = dataset.quotes;
    dataset.quotes = [
      { ...first, date: '2019-05-01' },
      { ...second, date: '2016' },
    ];
    expect(datasetJsonLd(dataset, []).temporalCoverage).toBe('2016/2019');
    dataset.quotes = dataset.quotes.map((quote) => ({ ...quote, date: null }));
    expect('temporalCoverage' in datasetJsonLd(dataset, [])).toBe(false);
  });

  it('names a report author who is not among the people by their id', () => {
    const dataset = datasetNow();
    const known = dataset.people.find((person) => person.id === dataset.report.authors[0]);
    dataset.report.authors = [dataset.report.authors[0], 'nobody-known'];
    expect(datasetJsonLd(dataset, []).isBasedOn.author).toEqual([
      { '@type': 'Person', name: known?.name },
      { '@type': 'Person', name: 'nobody-known' },
    ]);
  });
});
