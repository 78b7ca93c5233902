import { describe, expect, it } from 'vitest';
import type { Quote } from '../../schema/index.js';
import { PageRecords } from '../../scripts/exporters/explorer/page/pageRecords.js';
import { searchableText } from '../../scripts/exporters/explorer/page/searchableText.js';
import { datasetNow } from '../helpers/exportedNow.js';

describe('searchableText', () => {
  it('holds only the text for a quote with no attribution, audience, speaker or source', () => {
    const dataset = datasetNow();
    const quote = dataset.quotes.find((candidate) => candidate.id === 'q-12') as Quote;
    const bare = { ...quote, text: 'Words.', attribution: null, audience: null, speakers: [], source: null };
    expect(searchableText(bare, new PageRecords(dataset, {}))).toBe('Words. \n  \n ');
  });
});
