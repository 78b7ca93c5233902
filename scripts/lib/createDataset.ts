import {
  type Endnote,
  publishedAnnotation,
  publishedEndnote,
  publishedPerson,
  publishedQuote,
  publishedReport,
  publishedSource,
  publishedTakeaway,
  publishedTheme,
  type Quote,
  type Source,
} from '../../schema/index.js';
import type { DataCollections, Dataset, StoredRecord } from './dataset.js';
import { excerptDirective } from './excerptDirective.js';
import { insertionsOf, isElided } from './quoteText.js';
import { type Release, unreleased } from './release.js';
import { ReportPage } from './reportPage.js';
import { resolveIbid } from './resolveIbid.js';
import { sourceDirective } from './sourceLink.js';
import { textFragmentUrl } from './textFragment.js';

export type { Dataset };

type Links = 'reportLink' | 'sourceLink';
type UnlinkedEndnote = Omit<Endnote, Links>;
type UnlinkedQuote = Omit<Quote, Links>;

/** Records by a key, the first one winning as with Array.find; a lookup per quote stays linear overall. */
function indexBy<T, K>(records: T[], key: (record: T) => K): Map<K, T> {
  const index = new Map<K, T>();
  for (const record of records) if (!index.has(key(record))) index.set(key(record), record);
  return index;
}

function deriveQuote(
  quote: StoredRecord<'quotes'>,
  endnotes: Map<number | null, UnlinkedEndnote>,
  sources: Map<string | null, Source>,
): UnlinkedQuote {
  const note = endnotes.get(quote.endnote);
  // a note citing several works with no citation chosen leaves the source undecided, and with it date and link
  const decided = quote.citation !== null || note?.citations.length === 1;
  const source = note && decided ? note.citations[(quote.citation ?? 1) - 1].source : null;
  const date = sources.get(source)?.issued ?? null;
  return { ...quote, source, date, insertions: insertionsOf(quote.text), elided: isElided(quote.text) };
}

/** A quote from an English web page with a URL links to the quoted words there too. */
function sourceLinkOf(quote: UnlinkedQuote, sources: Map<string | null, Source>): string | null {
  const source = sources.get(quote.source);
  if (!source?.url || source.language !== 'en') return null;
  return textFragmentUrl(source.url, sourceDirective(quote.text));
}

/**
 * Turns validated data into published records, deriving what data/ does not repeat. Parsing with the published
 * schemas also puts keys in schema order.
 */
export function createDataset(data: DataCollections, version: string, release: Release = unreleased(version)): Dataset {
  if (release.version !== version) throw new Error(`the release is ${release.version}, not ${version}`);
  const report = publishedReport.parse(data.report);
  const sources = data.sources.map((source) => publishedSource.parse(source));
  const people = data.people.map((person) => publishedPerson.parse(person));
  const themes = data.themes.map((theme) => publishedTheme.parse(theme));
  const cited = resolveIbid(data.endnotes);
  const endnotes = data.endnotes.map((note, index): UnlinkedEndnote => ({ ...note, citations: cited[index] }));
  const endnoteOf = indexBy<UnlinkedEndnote, number | null>(endnotes, (endnote) => endnote.number);
  const sourceOf = indexBy<Source, string | null>(sources, (candidate) => candidate.id);
  const quotes = data.quotes.map((quote) => deriveQuote(quote, endnoteOf, sourceOf));
  const page = new ReportPage({ report, people, takeaways: data.takeaways, themes, quotes, endnotes });
  const withReportLink = <T extends { id: string }>(record: T) => ({
    ...record,
    reportLink: textFragmentUrl(report.url, page.directiveFor(record.id)),
  });
  return {
    version,
    release,
    report,
    themes,
    takeaways: data.takeaways.map((takeaway) => publishedTakeaway.parse(withReportLink(takeaway))),
    quotes: quotes.map((quote) =>
      publishedQuote.parse({ ...withReportLink(quote), sourceLink: sourceLinkOf(quote, sourceOf) }),
    ),
    endnotes: endnotes.map((endnote) => publishedEndnote.parse(withReportLink(endnote))),
    sources,
    people,
    annotations: data.annotations.map((annotation) =>
      publishedAnnotation.parse({
        ...annotation,
        evidence: annotation.evidence.map((excerpt) => ({
          ...excerpt,
          reportLink: textFragmentUrl(report.url, excerptDirective(excerpt)),
        })),
      }),
    ),
  };
}
