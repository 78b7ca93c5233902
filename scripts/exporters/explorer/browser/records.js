// @ts-check

/**
 * @typedef {import('../pageTypes.js').ExplorerData} ExplorerData
 * @typedef {ExplorerData['quotes'][number]} Quote
 * @typedef {ExplorerData['people'][number]} Person
 * @typedef {ExplorerData['sources'][number]} Source
 * @typedef {ExplorerData['endnotes'][number]} Endnote
 * @typedef {ExplorerData['annotations'][number]} Annotation
 */

/** The records a quote links to, resolved. */
export class Records {
  /** @param {ExplorerData} data */
  constructor(data) {
    this.data = data;
    /** @type {Map<string, Person>} */
    this.people = new Map(data.people.map((person) => [person.id, person]));
    /** @type {Map<string, Source>} */
    this.sources = new Map(data.sources.map((source) => [source.id, source]));
    /** @type {Map<number, Endnote>} */
    this.endnotes = new Map(data.endnotes.map((endnote) => [endnote.number, endnote]));
  }

  /** @param {Quote} quote */
  speakersOf(quote) {
    return quote.speakers.flatMap((id) => this.people.get(id) ?? []);
  }

  /** @param {Quote} quote */
  sourceOf(quote) {
    return quote.source === null ? undefined : this.sources.get(quote.source);
  }

  /** @param {Quote} quote */
  endnoteOf(quote) {
    return quote.endnote === null ? undefined : this.endnotes.get(quote.endnote);
  }

  /** @param {string[]} ids */
  annotationsOn(...ids) {
    return this.data.annotations.filter((annotation) => ids.includes(annotation.target));
  }

  /**
   * Notes on what the quote card shows: the quote, its endnote, its cited work and its speakers.
   * @param {Quote} quote
   */
  annotationsOfQuote(quote) {
    const endnote = this.endnoteOf(quote);
    const linked = [quote.id, ...(endnote ? [endnote.id] : []), ...(quote.source ? [quote.source] : [])];
    return this.annotationsOn(...linked, ...quote.speakers);
  }

  /**
   * The annotation saying a value was inferred, when the report does not print it where the record comes from.
   * @param {string} id
   * @param {string} field
   */
  inferredNote(id, field) {
    return this.data.annotations.find(
      (annotation) => annotation.kind === 'inferred' && annotation.target === id && annotation.field === field,
    );
  }

  /** @param {Quote} quote */
  citationOf(quote) {
    return quote.source === null ? undefined : this.data.citations[quote.source];
  }
}
