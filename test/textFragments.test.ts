/**
 * The links into the report: each published quote, takeaway and endnote has one whose text directive, matched
 * as the specification says over the report as a browser shows it, selects exactly its words, once.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quote, Source } from '../schema/index.js';
import { createDataset, type Dataset } from '../scripts/lib/createDataset.js';
import { wordSpans } from '../scripts/lib/textFragment.js';
import { validateData } from '../scripts/validateData.js';
import { loadReport } from './helpers/report.js';
import { root } from './helpers/runScript.js';
import { findAll, type Page, parseTextDirective, renderPage, withoutSuperscripts } from './helpers/textDirective.js';

// built here from data/, as the build does, so that a change to the derivation fails these tests before dist/ is
// rebuilt (CI checks that the committed dist/ is what the build gives); built afresh inside each test that reads it,
// so that mutation testing, which runs only the tests that reach a mutant, runs each of them
function dataset(): Dataset {
  const validation = validateData(join(root, 'data'));
  if (!validation.ok) throw new Error('data/ does not validate');
  return createDataset(validation.data, '0.0.0');
}
const linkedIn = ({ takeaways, quotes, endnotes }: Dataset): { id: string; text: string; reportLink: string }[] => [
  ...takeaways,
  ...quotes,
  ...endnotes,
];

const page: Page = renderPage(loadReport());

const matchesOf = (url: string) => findAll(page, parseTextDirective(url));

describe('the matching, as a browser does it', () => {
  it('finds a phrase wherever it stands, ignoring case, and only at word boundaries', () => {
    expect(matchesOf('x#:~:text=controllable').length).toBeGreaterThan(1);
    expect(matchesOf('x#:~:text=ontrollable')).toEqual([]);
    expect(matchesOf('x#:~:text=BEIJING%20CALLS%20FOREIGN')).toHaveLength(1);
  });

  it('takes a prefix only right before the start, and a range from start to end', () => {
    expect(matchesOf('x#:~:text=Xi-,argued%20that')).toHaveLength(1);
    expect(matchesOf('x#:~:text=Huawei-,argued%20that')).toEqual([]);
    const [range] = matchesOf('x#:~:text=Beijing%20calls,pure');
    expect(page.text.slice(range.start, range.end)).toBe(
      'Beijing calls foreign security concerns over Huawei “lame excuse[s]” and pure',
    );
  });

  it('sees the superscript numbers a reader sees, so a directive across one fails', () => {
    expect(matchesOf('x#:~:text=national%20security.%E2%80%9D%20Accordingly')).toEqual([]);
    expect(matchesOf('x#:~:text=national%20security.%E2%80%9D5%20Accordingly')).toHaveLength(1);
  });

  it('refuses a directive whose terms are not percent-encoded', () => {
    expect(() => parseTextDirective('x#:~:text=military-civil%20fusion')).toThrow(/percent-encoded/);
  });
});

describe('every quote, takeaway and endnote links to its words in the report', () => {
  it('through the report’s URL and a text directive', () => {
    const built = dataset();
    const linked = linkedIn(built);
    expect(linked.length).toBeGreaterThan(0);
    for (const record of linked)
      expect(record.reportLink.startsWith(`${built.report.url}#:~:text=`), record.id).toBe(true);
  });

  it('whose directive selects exactly the record’s words, once', () => {
    for (const record of linkedIn(dataset())) {
      const matches = matchesOf(record.reportLink);
      expect(matches, `${record.id}: ${decodeURIComponent(record.reportLink)}`).toHaveLength(1);
      expect(withoutSuperscripts(page, matches[0]), record.id).toBe(record.text);
    }
  });
});

describe('each link is as short as it can be', () => {
  const wordsIn = (text: string) => wordSpans(text).length;

  it('names a passage of up to ten words whole, and a longer one by its first and last three to eight words', () => {
    const linked = linkedIn(dataset());
    const long = linked.filter((record) => wordsIn(record.text) > 10);
    const ranges = long.filter((record) => parseTextDirective(record.reportLink).textEnd !== undefined);
    // whole only where the passage, with all the prefix it can have, stands twice
    expect(ranges.length).toBeGreaterThan(long.length / 2);
    for (const record of linked) {
      const { textStart, textEnd } = parseTextDirective(record.reportLink);
      if (textEnd === undefined) {
        expect(textStart, record.id).toBe(record.text);
        continue;
      }
      expect(wordsIn(record.text), record.id).toBeGreaterThan(10);
      expect(wordsIn(textStart), record.id).toBeGreaterThanOrEqual(3);
      expect(wordsIn(textStart), record.id).toBeLessThanOrEqual(8);
      expect(wordsIn(textEnd), record.id).toBe(wordsIn(textStart));
      expect(record.text.startsWith(textStart) && record.text.endsWith(textEnd), record.id).toBe(true);
      expect(wordsIn(textStart) * 2, record.id).toBeLessThanOrEqual(wordsIn(record.text));
    }
  });
});

describe('a quote from an English web page links to its words there too', () => {
  const isEnglishPage = (source: Source | undefined) => source?.language === 'en' && source.url !== null;
  const sourceIn = (sources: Source[]) => (quote: Quote) => sources.find((source) => source.id === quote.source);

  it('through the source’s URL, starting and ending in the quote’s own words, not the report’s insertions', () => {
    const { quotes, sources } = dataset();
    const sourceOf = sourceIn(sources);
    const withLink = quotes.filter((quote) => isEnglishPage(sourceOf(quote)));
    expect(withLink.length).toBeGreaterThan(0);
    for (const quote of withLink) {
      expect(quote.sourceLink?.startsWith(`${sourceOf(quote)?.url}#:~:text=`), quote.id).toBe(true);
      const { prefix, textStart, textEnd, suffix } = parseTextDirective(quote.sourceLink ?? '');
      expect(prefix ?? suffix, quote.id).toBeUndefined();
      const ownWords = quote.text.split(/\[[^\]]*\]|\.\.\.|…/);
      expect(
        ownWords.some((run) => run.includes(textStart)),
        `${quote.id} ${textStart}`,
      ).toBe(true);
      if (textEnd)
        expect(
          ownWords.some((run) => run.includes(textEnd)),
          `${quote.id} ${textEnd}`,
        ).toBe(true);
      const from = quote.text.indexOf(textStart);
      expect(quote.text.indexOf(textEnd ?? textStart, from), quote.id).toBeGreaterThanOrEqual(from);
    }
  });

  it('and no other quote has one', () => {
    const { quotes, sources } = dataset();
    const sourceOf = sourceIn(sources);
    for (const quote of quotes.filter((candidate) => !isEnglishPage(sourceOf(candidate)))) {
      expect(quote.sourceLink, quote.id).toBeNull();
    }
  });
});
