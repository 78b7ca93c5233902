import { type TextDirective, wordSpans } from './textFragment.js';

/**
 * A directive for a quote's words in its source: the report's editorial insertions and elisions are not on the
 * source's page, so it starts in the first run of the quote's own words and ends in the last. It was not checked
 * against the live page, whose text may differ.
 */
export function sourceDirective(quote: string): TextDirective {
  const runs = quote
    .split(/\[[^\]]*\]|\.\.\.|…/)
    .map((run) => run.trim())
    .filter((run) => wordSpans(run).length > 0);
  if (runs.length === 0) throw new Error(`the quote "${quote}" has no words of its own`);
  const first = runs[0];
  const last = runs[runs.length - 1];
  const firstWords = wordSpans(first);
  const lastWords = wordSpans(last);
  if (runs.length === 1 && firstWords.length <= 8) return { textStart: first };
  const count = 4;
  const textStart = first.slice(0, firstWords[Math.min(count, firstWords.length) - 1].end);
  const textEnd = last.slice(lastWords[Math.max(lastWords.length - count, 0)].start);
  return { textStart, textEnd };
}
