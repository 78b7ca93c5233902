// Compiles only if the package's types are as precise as promised.
import {
  type EndnoteNumber,
  endnotes,
  type Meta,
  meta,
  type PersonId,
  type Quote,
  type QuoteId,
  quotes,
  report,
  type SourceId,
  type ThemeId,
} from 'beijing-two-voices';

export const voice: 'external' | 'internal' = quotes[0].voice;
export const themeIds: readonly ThemeId[] = quotes.map((quote) => quote.theme);
export const speakers: readonly PersonId[] = quotes.flatMap((quote) => quote.speakers);
export const authors: readonly PersonId[] = report.authors;
export const cited: readonly SourceId[] = endnotes.flatMap((endnote) => endnote.citations.map(({ source }) => source));
export const notes: readonly (EndnoteNumber | null)[] = quotes.map((quote) => quote.endnote);
export const about: Meta = meta;
export const version: string = meta.version;

// @ts-expect-error a voice is "external" or "internal"
export const outer: Quote['voice'] = 'outer';
// @ts-expect-error no theme has this id
export const noSuchTheme = quotes[0].theme === 'no-such-theme';
// @ts-expect-error no quote has this id
export const noSuchQuote: QuoteId = 'no-such-quote';
// @ts-expect-error endnotes are numbered from 1
export const noEndnote: EndnoteNumber = 0;
// @ts-expect-error the records are read-only
quotes.push(quotes[0]);
// @ts-expect-error the fields are read-only
quotes[0].text = '';
