import { describe, expect, it } from 'vitest';
import type { Quote } from '../../schema/index.js';
import { PageRecords } from '../../scripts/exporters/explorer/page/pageRecords.js';
import { quoteCard, quoteLabel } from '../../scripts/exporters/explorer/page/quoteCard.js';
import { datasetNow } from '../helpers/exportedNow.js';

function unattributed() {
  const dataset = datasetNow();
  const quote = { ...(dataset.quotes.find((candidate) => candidate.id === 'q-12') as Quote), speakers: [] };
  return { quote, records: new PageRecords(dataset, {}) };
}

describe('quoteCard', () => {
  it('labels a quote without a speaker as unattributed', () => {
    const { quote } = unattributed();
    expect(quoteLabel(quote, [])).toBe('Unattributed, May 22, 2014');
    expect(quoteLabel({ ...quote, date: null }, [])).toBe('Unattributed');
  });

  it('shows no speaker line for a quote without a speaker', () => {
    const { quote, records } = unattributed();
    const html = quoteCard(quote, records).html;
    expect(html).toContain('aria-label="Quote: Unattributed, May 22, 2014"');
    expect(html).not.toContain('Speaker or author');
    expect(quoteCard({ ...quote, speakers: ['hong-lei'] }, records).html).toContain('Speaker or author');
  });
});
