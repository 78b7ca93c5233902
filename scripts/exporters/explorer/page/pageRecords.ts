import type { Annotation, Endnote, Person, Quote, Source } from '../../../../schema/index.js';
import type { Dataset } from '../../../lib/dataset.js';
import type { SourceCitation } from '../pageTypes.js';

/** The dataset as the page shows it: the records a quote links to, resolved, and each work's citation. */
export class PageRecords {
  readonly people: Map<string, Person>;
  readonly sources: Map<string, Source>;
  readonly endnotes: Map<number, Endnote>;

  constructor(
    readonly data: Dataset,
    /** By source id, and the report's by its id. */
    readonly citations: Record<string, SourceCitation>,
  ) {
    this.people = new Map(data.people.map((person) => [person.id, person]));
    this.sources = new Map(data.sources.map((source) => [source.id, source]));
    this.endnotes = new Map(data.endnotes.map((endnote) => [endnote.number, endnote]));
  }

  speakersOf(quote: Quote): Person[] {
    return quote.speakers.flatMap((id) => this.people.get(id) ?? []);
  }

  sourceOf(quote: Quote): Source | undefined {
    // Stryker disable next-line ConditionalExpression: a map keyed by ids has no null key, so get(null) gives undefined too
    return quote.source === null ? undefined : this.sources.get(quote.source);
  }

  endnoteOf(quote: Quote): Endnote | undefined {
    // Stryker disable next-line ConditionalExpression: a map keyed by numbers has no null key, so get(null) gives undefined too
    return quote.endnote === null ? undefined : this.endnotes.get(quote.endnote);
  }

  /** Notes on the records of these ids; null and undefined stand for a link a record does not have. */
  annotationsOn(...ids: (string | null | undefined)[]): Annotation[] {
    return this.data.annotations.filter((annotation) => ids.includes(annotation.target));
  }

  /** Notes on what the quote card shows: the quote, its endnote, its cited work and its speakers. */
  annotationsOfQuote(quote: Quote): Annotation[] {
    return this.annotationsOn(quote.id, this.endnoteOf(quote)?.id, quote.source, ...quote.speakers);
  }

  /** The annotation saying a value was inferred, when the report does not print it where the record comes from. */
  inferredNote(id: string, field: string): Annotation | undefined {
    return this.data.annotations.find(
      (annotation) => annotation.kind === 'inferred' && annotation.target === id && annotation.field === field,
    );
  }

  /** Whether a "Cite" button has anything to copy for this work. */
  canCite(id: string | null): boolean {
    const citation = id === null ? undefined : this.citations[id];
    return Boolean(citation?.bibtex || citation?.cslJson);
  }

  /** The quotes of the two-voices table, in report order. */
  contrastQuotes(): Quote[] {
    return this.data.quotes.filter((quote) => quote.context === 'contrast');
  }
}
