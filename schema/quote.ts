import { z } from 'zod/v3';
import { isoDate, recordId, reportLink, text } from './common.js';

export const voices = ['external', 'internal'] as const;
export const quoteContexts = ['contrast', 'takeaway'] as const;

export const quoteRecord = z
  .object({
    id: recordId,
    text: text.describe('Verbatim, without enclosing quotation marks; insertions and ellipses kept.'),
    voice: z.enum(voices).describe('Whom Beijing addresses: foreign audiences or domestic ones.'),
    theme: recordId,
    context: z
      .enum(quoteContexts)
      .describe('"contrast": a quote of the two-voices table; "takeaway": quoted inside a takeaway.'),
    takeaway: z.number().int().positive().nullable().describe('Number of the takeaway quoting it.'),
    endnote: z.number().int().positive().nullable().describe('Number of the supporting endnote.'),
    citation: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe(
        '1-based position of the cited work when the endnote cites several; null when it cites one, or when the report does not say which (undecided: source is null while endnote is not).',
      ),
    speakers: z.array(recordId).describe('Person ids of the speakers or, failing those, authors.'),
    audience: text.nullable().describe('The audience label as printed, e.g. "External messaging".'),
    attribution: text.nullable().describe('The attribution line under the quote, verbatim.'),
    attributionShared: z.boolean().describe('True when one attribution line covers several quotes.'),
  })
  .strict();

export const publishedQuote = quoteRecord
  .extend({
    source: recordId
      .nullable()
      .describe(
        'Derived: id of the cited work; null when the quote has no endnote, or when its endnote cites several works and the report does not say which: source null while endnote is not means undecided.',
      ),
    date: isoDate.nullable().describe('Derived: date of the cited work; null when source is.'),
    insertions: z.array(z.string()).describe('Derived: bracketed editorial insertions, in order.'),
    elided: z.boolean().describe('Derived: true when the text contains an ellipsis.'),
    reportLink,
    sourceLink: z
      .string()
      .url()
      .nullable()
      .describe(
        'Derived, for a quote from an English web page with a URL: that URL with a text fragment at the quoted words, from the first of the quote’s own words to the last (insertions and elisions are not on the source’s page); else null. Not checked against the live page.',
      ),
  })
  .strict();
