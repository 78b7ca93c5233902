import type { Quote } from '../../../../schema/index.js';
import { dateSpan } from './dateSpan.js';

/** A dated quote placed on the timeline: its span in x, and the row of its voice's lane it sits in. */
export interface PlacedQuote {
  quote: Quote;
  x0: number;
  x1: number;
  row: number;
}

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
export function timelineLayout(quotes: Quote[], left: number, right: number, gap: number): TimelineLayout {
  const spans = quotes.map((quote) => ({ quote, ...dateSpan(quote.date ?? '') }));
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
    .sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || (a.quote.id < b.quote.id ? -1 : 1))
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
