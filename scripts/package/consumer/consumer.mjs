// Imports the installed package from ESM and prints what it got, as JSON.
import * as dataset from 'beijing-two-voices';
import { publishedQuote } from 'beijing-two-voices/schema';

const [quote] = dataset.quotes;
process.stdout.write(
  JSON.stringify({
    exports: Object.keys(dataset).sort(),
    dataset,
    schema: {
      parsed: publishedQuote.parse(quote),
      rejectsUnknownVoice: !publishedQuote.safeParse({ ...quote, voice: 'outer' }).success,
    },
  }),
);
