import { describe, expect, it } from 'vitest';
import type { Annotation, Quote } from '../../schema/index.js';
import { PageRecords } from '../../scripts/exporters/explorer/page/pageRecords.js';
import { datasetNow } from '../helpers/exportedNow.js';

function recordsNow(citations: PageRecords['citations'] = {}) {
  const dataset = datasetNow();
  const quote = dataset.quotes.find((candidate) => candidate.id === 'q-12') as Quote;
  return { dataset, quote, records: new PageRecords(dataset, citations) };
}

const note = (id: string, target: string) =>
  ({ id, target, field: null, kind: 'text-artifact', note: 'A note.' }) as Annotation;

describe('PageRecords', () => {
  it('names the speakers of a quote it knows, and skips an id it does not', () => {
    const { quote, records } = recordsNow();
    expect(records.speakersOf({ ...quote, speakers: ['no-such-person', 'hong-lei'] }).map((p) => p.name)).toEqual([
      'Hong Lei',
    ]);
  });

  it('gives the notes on a quote with neither endnote nor source: its own and its speakers’', () => {
    const { dataset, quote } = recordsNow();
    // the speaker's note first in the data: the notes come in the data's order, not by the ids asked for
    dataset.annotations = [note('a-2', 'hong-lei'), note('a-1', quote.id), note('a-3', 'q-13')];
    const records = new PageRecords(dataset, {});
    const bare = { ...quote, endnote: null, source: null };
    expect(records.annotationsOfQuote(bare).map((annotation) => annotation.id)).toEqual(['a-2', 'a-1']);
  });

  it('gives no quotes and no takeaways for a theme or takeaway that has none', () => {
    const { records } = recordsNow();
    expect(records.contrastQuotesOn('no-such-theme')).toEqual([]);
    expect(records.takeawaysOn('no-such-theme')).toEqual([]);
    expect(records.quotesInTakeaway(99)).toEqual([]);
    expect(records.contrastQuotesOn('indigenization').map((quote) => quote.id)).toContain('q-16');
  });

  it('can cite a work with a BibTeX or a CSL-JSON citation, and nothing for no work', () => {
    const { records } = recordsNow({
      bib: { bibtex: '@misc{x}', cslJson: null },
      csl: { bibtex: null, cslJson: '{}' },
      none: { bibtex: null, cslJson: null },
      null: { bibtex: '@misc{x}', cslJson: '{}' },
    });
    expect(['bib', 'csl', 'none', 'absent', null].map((id) => records.canCite(id))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
