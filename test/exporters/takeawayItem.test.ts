import { describe, expect, it } from 'vitest';
import type { Quote } from '../../schema/index.js';
import { PageRecords } from '../../scripts/exporters/explorer/page/pageRecords.js';
import { takeawayItem } from '../../scripts/exporters/explorer/page/takeawayItem.js';
import { datasetNow } from '../helpers/exportedNow.js';

describe('takeawayItem', () => {
  it('lists the quotes quoted in the takeaway, not a table quote that carries its number', () => {
    const dataset = datasetNow();
    const template = dataset.quotes.find((quote) => quote.id === 'q-12') as Quote;
    dataset.quotes = [
      { ...template, id: 'q-a', context: 'takeaway', takeaway: 1 },
      { ...template, id: 'q-b', context: 'contrast', takeaway: 1 },
      { ...template, id: 'q-c', context: 'takeaway', takeaway: 2 },
    ];
    const html = takeawayItem(dataset.takeaways[0], new PageRecords(dataset, {})).html;
    expect([...html.matchAll(/<article class="quote[^"]*" id="([^"]+)"/g)].map((found) => found[1])).toEqual(['q-a']);
    expect(html).toContain('<summary>1 quote in this takeaway</summary>');
  });
});
