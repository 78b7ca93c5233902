import { describe, expect, it } from 'vitest';
import type { Quote } from '../../schema/index.js';
import { filterOptions } from '../../scripts/exporters/explorer/page/filterOptions.js';
import { PageRecords } from '../../scripts/exporters/explorer/page/pageRecords.js';
import { datasetNow } from '../helpers/exportedNow.js';

describe('filterOptions', () => {
  it('offers the speakers of the two-voices table in English alphabetical order, each with a count', () => {
    const dataset = datasetNow();
    const template = dataset.quotes.find((quote) => quote.id === 'q-12') as Quote;
    dataset.quotes = [
      { ...template, id: 'q-a', speakers: ['xi-jinping'] },
      { ...template, id: 'q-b', speakers: ['emily-de-la-bruyere', 'xi-jinping'] },
      { ...template, id: 'q-c', speakers: ['rush-doshi'], context: 'takeaway' },
    ];
    expect(filterOptions(new PageRecords(dataset, {})).speakers.map(String)).toEqual([
      '<option value="emily-de-la-bruyere">Emily de La Bruyère (1)</option>',
      '<option value="xi-jinping">Xi Jinping (2)</option>',
    ]);
  });
});
