// Requires the installed package from CommonJS and prints what it got, as JSON.
const dataset = require('beijing-two-voices');
const { publishedQuote } = require('beijing-two-voices/schema');

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
