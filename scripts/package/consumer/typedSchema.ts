// The zod schemas of the `./schema` entry, and the types inferred from them.
import { quotes } from 'beijing-two-voices';
import { publishedQuote, type Quote, type voices } from 'beijing-two-voices/schema';

export const parsed: Quote = publishedQuote.parse(quotes[0]);
export const voice: (typeof voices)[number] = parsed.voice;
// @ts-expect-error a voice is "external" or "internal"
export const outer: Quote['voice'] = 'outer';
