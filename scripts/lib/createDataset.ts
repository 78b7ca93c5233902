import type { z } from 'zod/v3';
import {
  type CollectionName,
  collectionSchemas,
  type Endnote,
  type endnoteRecord,
  type Quote,
  type quoteRecord,
  type Report,
  type Source,
} from '../../schema/index.js';
import type { DataCollections, Dataset } from './dataset.js';

export type { Dataset };

type StoredEndnote = z.infer<typeof endnoteRecord>;
type StoredQuote = z.infer<typeof quoteRecord>;

function publish<T>(collection: CollectionName, records: unknown[]): T[] {
  // parsing with the published schema also puts keys in schema order
  return records.map((record) => collectionSchemas[collection].published.parse(record) as T);
}

function resolveIbid(stored: StoredEndnote[]): Endnote[] {
  const published: Endnote[] = [];
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

function deriveQuote(quote: StoredQuote, endnotes: Map<unknown, Endnote>, sources: Map<unknown, Source>): Quote {
  const note = endnotes.get(quote.endnote);
  const source = note ? note.citations[(quote.citation ?? 1) - 1].source : null;
  const date = sources.get(source)?.issued ?? null;
  return { ...quote, source, date, insertions: insertionsOf(quote.text), elided: isElided(quote.text) };
}

/** Turns validated data into published records, deriving what data/ does not repeat. */
export function createDataset(data: DataCollections, version: string): Dataset {
  const sources = publish<Source>('sources', data.sources as unknown[]);
  const endnotes = publish<Endnote>('endnotes', resolveIbid(data.endnotes as StoredEndnote[]));
  const endnoteOf = indexBy<Endnote, unknown>(endnotes, (endnote) => endnote.number);
  const sourceOf = indexBy<Source, unknown>(sources, (candidate) => candidate.id);
  const quotes = (data.quotes as StoredQuote[]).map((quote) => deriveQuote(quote, endnoteOf, sourceOf));
  return {
    version,
    report: collectionSchemas.report.published.parse(data.report) as Report,
    themes: publish('themes', data.themes as unknown[]),
    takeaways: publish('takeaways', data.takeaways as unknown[]),
    quotes: publish('quotes', quotes),
    endnotes,
    sources,
    people: publish('people', data.people as unknown[]),
    annotations: publish('annotations', data.annotations as unknown[]),
  };
}
