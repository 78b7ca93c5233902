import type { Annotation, Endnote, Person, Quote, Source, Takeaway, Theme } from '../../../../schema/index.js';
import type { Dataset } from '../../../lib/dataset.js';
import { groupBy } from '../../../lib/groupBy.js';
import type { SourceCitation } from '../pageTypes.js';

/**
 * The dataset as the page shows it: the records a quote links to, resolved, and each work's citation. Each link is
 * looked up in a map made once, so that the page costs time in proportion to the records.
 */
export class PageRecords {
  readonly people: Map<string, Person>;
  readonly sources: Map<string, Source>;
  readonly endnotes: Map<number, Endnote>;
  readonly themes: Map<string, Theme>;
  /** The quotes of the two-voices table, in report order. */
  readonly contrastQuotes: Quote[];
  /** Each note with its place in the data, by the id of the record it is on. */
  private readonly notesByTarget: Map<string | null | undefined, [number, Annotation][]>;
  private readonly contrastByTheme: Map<string, Quote[]>;
  private readonly takeawaysByTheme: Map<string, Takeaway[]>;
  private readonly quotesByTakeaway: Map<number | null, Quote[]>;

  constructor(
    readonly data: Dataset,
    /** By source id, and the report's by its id. */
    readonly citations: Record<string, SourceCitation>,
  ) {
    this.people = new Map(data.people.map((person) => [person.id, person]));
    this.sources = new Map(data.sources.map((source) => [source.id, source]));
    this.endnotes = new Map(data.endnotes.map((endnote) => [endnote.number, endnote]));
    this.themes = new Map(data.themes.map((theme) => [theme.id, theme]));
    this.contrastQuotes = data.quotes.filter((quote) => quote.context === 'contrast');
    this.notesByTarget = groupBy<[number, Annotation], string | null | undefined>(
      [...data.annotations.entries()],
      ([, annotation]) => annotation.target,
    );
    this.contrastByTheme = groupBy(this.contrastQuotes, (quote) => quote.theme);
    this.takeawaysByTheme = groupBy(data.takeaways, (takeaway) => takeaway.theme);
    this.quotesByTakeaway = groupBy(
      data.quotes.filter((quote) => quote.context === 'takeaway'),
      (quote) => quote.takeaway,
    );
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

  /** Notes on the records of these ids, in the data's order; null and undefined stand for a link a record does not have. */
  annotationsOn(...ids: (string | null | undefined)[]): Annotation[] {
    const notes = [...new Set(ids)].flatMap((id) => this.notesByTarget.get(id) ?? []);
    return notes.sort(([a], [b]) => a - b).map(([, annotation]) => annotation);
  }

  /** Notes on what the quote card shows: the quote, its endnote, its cited work and its speakers. */
  annotationsOfQuote(quote: Quote): Annotation[] {
    return this.annotationsOn(quote.id, this.endnoteOf(quote)?.id, quote.source, ...quote.speakers);
  }

  /** The annotation saying a value was inferred, when the report does not print it where the record comes from. */
  inferredNote(id: string, field: string): Annotation | undefined {
    return this.notesByTarget
      .get(id)
      ?.find(([, annotation]) => annotation.kind === 'inferred' && annotation.field === field)?.[1];
  }

  /** Whether a "Cite" button has anything to copy for this work. */
  canCite(id: string | null): boolean {
    const citation = id === null ? undefined : this.citations[id];
    return Boolean(citation?.bibtex || citation?.cslJson);
  }

  /** The quotes of the two-voices table on this theme, in report order. */
  contrastQuotesOn(theme: string): Quote[] {
    return this.contrastByTheme.get(theme) ?? [];
  }

  takeawaysOn(theme: string): Takeaway[] {
    return this.takeawaysByTheme.get(theme) ?? [];
  }

  /** The quotes printed in the takeaway of this number, in report order. */
  quotesInTakeaway(number: number): Quote[] {
    return this.quotesByTakeaway.get(number) ?? [];
  }
}
