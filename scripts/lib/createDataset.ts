import type { z } from 'zod/v3';
import {
  type CollectionName,
  collectionSchemas,
  type Endnote,
  type endnoteRecord,
  type Person,
  type Quote,
  type quoteRecord,
  type Report,
  type Source,
  type Takeaway,
  type Theme,
} from '../../schema/index.js';
import type { DataCollections, Dataset } from './dataset.js';
import { type Release, unreleased } from './release.js';
import { ReportPage } from './reportPage.js';
import { sourceDirective } from './sourceLink.js';
import { textFragmentUrl } from './textFragment.js';

export type { Dataset };

type StoredEndnote = z.infer<typeof endnoteRecord>;
type StoredQuote = z.infer<typeof quoteRecord>;
type Links = 'reportLink' | 'sourceLink';
type UnlinkedEndnote = Omit<Endnote, Links>;
type UnlinkedQuote = Omit<Quote, Links>;

function publish<T>(collection: CollectionName, records: unknown[]): T[] {
  // parsing with the published schema also puts keys in schema order
  return records.map((record) => collectionSchemas[collection].published.parse(record) as T);
}

function resolveIbid(stored: StoredEndnote[]): UnlinkedEndnote[] {
  const published: UnlinkedEndnote[] = [];
  for (const note of stored) {
    const citations = note.ibid ? published[published.length - 1].citations : note.citations;
    published.push({ ...note, citations });
  }
  return published;
}

export function insertionsOf(text: string): string[] {
  return [...text.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]);
}

export function isElided(text: string): boolean {
  return text.includes('...') || text.includes('…');
}

/** Records by a key, the first one winning as with Array.find; a lookup per quote stays linear overall. */
function indexBy<T, K>(records: T[], key: (record: T) => K): Map<K, T> {
  const index = new Map<K, T>();
  for (const record of records) if (!index.has(key(record))) index.set(key(record), record);
  return index;
}

function deriveQuote(
  quote: StoredQuote,
  endnotes: Map<unknown, UnlinkedEndnote>,
  sources: Map<unknown, Source>,
): UnlinkedQuote {
  const note = endnotes.get(quote.endnote);
  const source = note ? note.citations[(quote.citation ?? 1) - 1].source : null;
  const date = sources.get(source)?.issued ?? null;
  return { ...quote, source, date, insertions: insertionsOf(quote.text), elided: isElided(quote.text) };
}

/** A quote from an English web page with a URL links to the quoted words there too. */
function sourceLinkOf(quote: UnlinkedQuote, sources: Map<unknown, Source>): string | null {
  const source = sources.get(quote.source);
  if (!source?.url || source.language !== 'en') return null;
  return textFragmentUrl(source.url, sourceDirective(quote.text));
}

/** Turns validated data into published records, deriving what data/ does not repeat. */
export function createDataset(data: DataCollections, version: string, release: Release = unreleased(version)): Dataset {
  if (release.version !== version) throw new Error(`the release is ${release.version}, not ${version}`);
  const report = collectionSchemas.report.published.parse(data.report) as Report;
  const sources = publish<Source>('sources', data.sources as unknown[]);
  const people = publish<Person>('people', data.people as unknown[]);
  const themes = publish<Theme>('themes', data.themes as unknown[]);
  const takeaways = data.takeaways as Omit<Takeaway, Links>[];
  const endnotes = resolveIbid(data.endnotes as StoredEndnote[]);
  const endnoteOf = indexBy<UnlinkedEndnote, unknown>(endnotes, (endnote) => endnote.number);
  const sourceOf = indexBy<Source, unknown>(sources, (candidate) => candidate.id);
  const quotes = (data.quotes as StoredQuote[]).map((quote) => deriveQuote(quote, endnoteOf, sourceOf));
  const page = new ReportPage({ report, people, takeaways, themes, quotes, endnotes });
  const withReportLink = <T extends { id: string }>(record: T) => ({
    ...record,
    reportLink: textFragmentUrl(report.url, page.directiveFor(record.id)),
  });
  return {
    version,
    release,
    report,
    themes,
    takeaways: publish('takeaways', takeaways.map(withReportLink)),
    quotes: publish(
      'quotes',
      quotes.map((quote) => ({ ...withReportLink(quote), sourceLink: sourceLinkOf(quote, sourceOf) })),
    ),
    endnotes: publish('endnotes', endnotes.map(withReportLink)),
    sources,
    people,
    annotations: publish('annotations', data.annotations as unknown[]),
  };
}
