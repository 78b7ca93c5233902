import type { Quote } from '../../../../schema/index.js';
import { dateSpan } from './dateSpan.js';

/** A quote of the two-voices table that has a date. */
export type DatedQuote = Quote & { date: string };

/** A dated quote placed on the timeline: its span in x, and the row of its voice's lane it sits in. */
export interface PlacedQuote {
  quote: DatedQuote;
  x0: number;
  x1: number;
  row: number;
}

type Mark = Omit<PlacedQuote, 'row'>;

export interface TimelineLayout {
  firstYear: number;
  lastYear: number;
  placed: PlacedQuote[];
  /** Rows per voice, at least one. */
  rows: Record<Quote['voice'], number>;
  xOfYear: (year: number) => number;
}

/**
 * Places dated quotes on an axis of whole years from `left` to `right`, each in the first row of its lane where
 * it overlaps no other mark (`gap` apart), so that quotes of one day or of overlapping spans stack, not hide.
 */
export function timelineLayout(quotes: DatedQuote[], left: number, right: number, gap: number): TimelineLayout {
  const spans = quotes.map((quote) => ({ quote, ...dateSpan(quote.date) }));
  const years = spans.flatMap(({ start, end }) => [
    new Date(start).getUTCFullYear(),
    new Date(end - 1).getUTCFullYear(),
  ]);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const axisStart = Date.UTC(firstYear, 0, 1);
  const axisEnd = Date.UTC(lastYear + 1, 0, 1);
  const x = (time: number) => left + ((time - axisStart) / (axisEnd - axisStart)) * (right - left);
  const rowEnds: Record<Quote['voice'], number[]> = { external: [], internal: [] };
  const placed = spans
    .map(({ quote, start, end }) => ({ quote, x0: x(start), x1: x(end) }))
    .sort(byPlace)
    .map((mark) => {
      const ends = rowEnds[mark.quote.voice];
      const centre = (mark.x0 + mark.x1) / 2;
      const from = Math.min(mark.x0, centre - gap);
      const to = Math.max(mark.x1, centre + gap);
      let row = ends.findIndex((end) => end <= from);
      if (row === -1) row = ends.length;
      ends[row] = to;
      return { ...mark, row };
    });
  return {
    firstYear,
    lastYear,
    placed,
    rows: { external: Math.max(1, rowEnds.external.length), internal: Math.max(1, rowEnds.internal.length) },
    xOfYear: (year) => x(Date.UTC(year, 0, 1)),
  };
}

/** Left to right, the shorter first, and by id where two marks span the same. */
function byPlace(a: Mark, b: Mark): number {
  // Stryker disable next-line EqualityOperator: ids are unique, so no two marks have equal ids
  return a.x0 - b.x0 || a.x1 - b.x1 || (a.quote.id < b.quote.id ? -1 : 1);
}
