import type { Quote } from '../../../../schema/index.js';
import { dateInWords } from '../../../lib/dateInWords.js';
import { type Child, h } from './markup.js';
import type { PageRecords } from './pageRecords.js';
import { quoteLabel } from './quoteCard.js';
import { shapeNames, themeShape } from './themeShape.js';
import { type DatedQuote, timelineLayout } from './timelineLayout.js';
import { voiceLabels } from './voiceLabels.js';

const width = 960;
const left = 200;
const right = width - 24;
const rowHeight = 22;
const lanePadding = 12;
const markRadius = 7;
// where the lane names end and the scrolling part begins: a mark on the axis's first day still falls right of it
const split = left - markRadius - 3;
// the two parts' widths in percent, summing to 100, so that both scale alike and their lanes line up
const splitPercent = Math.round((split / width) * 1e4) / 1e2;
const voices = ['external', 'internal'] as const;

/**
 * The quotes of the two-voices table on one time axis, external and internal in two lanes, a day as a point
 * and a month or a year as a bar across it, each theme its own shape; drawn as SVG with no inline style, so
 * that the page's Content-Security-Policy allows it. Every mark links to its quote; a table says the same.
 */
export function timeline(records: PageRecords) {
  const quotes = records.contrastQuotes;
  const dated = quotes.filter((quote): quote is DatedQuote => quote.date !== null);
  const undated = quotes.filter((quote) => quote.date === null);
  const themes = records.data.themes;
  const indexOfTheme = new Map(themes.map((theme, index) => [theme.id, index]));
  // every quote's theme is one of the themes: the lints see to it
  const themeIndex = (quote: Quote) => indexOfTheme.get(quote.theme) as number;
  const name = (quote: Quote) => {
    const theme = themes[themeIndex(quote)];
    const shape = shapeNames[themeIndex(quote) % shapeNames.length];
    // the opening words tell apart quotes of one speaker, day and theme, as four of Xi Jinping's are
    const opening = quote.text.split(/\s+/).slice(0, 6).join(' ');
    return `${voiceLabels[quote.voice].name}: ${quoteLabel(quote, records.speakersOf(quote))}; theme ${theme.number} (${shape}), ${theme.heading}; beginning “${opening}”`;
  };
  return h(
    'figure',
    { class: 'timeline', id: 'timeline', 'aria-labelledby': 'timeline-heading' },
    h('h3', { id: 'timeline-heading' }, 'The two voices in time'),
    dated.length > 0 && chart(dated, themeIndex, name, quotes.length),
    legend(records),
    undated.length > 0 &&
      h(
        'div',
        { class: 'timeline-undated' },
        h('p', {}, 'Without a date, so not on the axis:'),
        h(
          'ul',
          {},
          undated.map((quote) => h('li', { 'data-quote': quote.id }, h('a', { href: `#${quote.id}` }, name(quote)))),
        ),
      ),
    dated.length > 0 && table(dated, records, themeIndex),
  );
}

function chart(
  dated: DatedQuote[],
  themeIndex: (quote: Quote) => number,
  name: (quote: Quote) => string,
  total: number,
) {
  const layout = timelineLayout(dated, left, right, markRadius + 2);
  const laneHeight = (voice: Quote['voice']) => layout.rows[voice] * rowHeight + 2 * lanePadding;
  const laneTop = { external: 0, internal: laneHeight('external') };
  const axisY = laneTop.internal + laneHeight('internal');
  const height = axisY + 28;
  const years = Array.from({ length: layout.lastYear - layout.firstYear + 2 }, (_, i) => layout.firstYear + i);
  const count = (voice: Quote['voice']) => dated.filter((quote) => quote.voice === voice).length;
  const description =
    `${dated.length} of the ${total} quotes of the two-voices table by date, ${layout.firstYear} to ${layout.lastYear}: ` +
    `${count('external')} external, to foreign audiences, in the upper lane, and ${count('internal')} internal, to domestic audiences, in the lower. ` +
    'A quote dated to the day is a point; one dated to a month or a year is a bar across it. Each theme has its own shape; quotes of one time stack.';
  const lanes = (from: number, to: number) =>
    voices.map((voice) =>
      h('rect', {
        class: `tl-lane-bg voice-${voice}`,
        x: from,
        y: laneTop[voice],
        width: to - from,
        height: laneHeight(voice),
      }),
    );
  // the lane names stay in view while the chart scrolls sideways: a part of their own, sticky at the left
  const names = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'timeline-lanes',
      viewBox: `0 0 ${split} ${height}`,
      width: `${splitPercent}%`,
      'aria-hidden': 'true',
    },
    lanes(0, split),
    h('rect', { class: 'tl-axis-bg', x: 0, y: axisY, width: split, height: height - axisY }),
    voices.map((voice) =>
      h(
        'g',
        { class: `tl-lane voice-${voice}` },
        h('text', { class: 'tl-lane-name', x: 8, y: laneTop[voice] + lanePadding + 14 }, voiceLabels[voice].name),
        h(
          'text',
          { class: 'tl-lane-audience', x: 8, y: laneTop[voice] + lanePadding + 32 },
          voiceLabels[voice].audience,
        ),
      ),
    ),
  );
  return [
    h('p', { class: 'timeline-hint', 'aria-hidden': 'true' }, 'Later years to the right: scroll sideways →'),
    h(
      'div',
      { class: 'timeline-view' },
      h(
        'div',
        { class: 'timeline-scroll', role: 'region', 'aria-label': 'Timeline chart, scrolls sideways', tabindex: '0' },
        h(
          'div',
          { class: 'timeline-frame' },
          names,
          h(
            'svg',
            {
              xmlns: 'http://www.w3.org/2000/svg',
              class: 'timeline-chart',
              viewBox: `${split} 0 ${width - split} ${height}`,
              width: `${Math.round((100 - splitPercent) * 1e2) / 1e2}%`,
              'aria-labelledby': 'timeline-title',
              'aria-describedby': 'timeline-desc',
            },
            h('title', { id: 'timeline-title' }, 'Timeline of the two voices'),
            h('desc', { id: 'timeline-desc' }, description),
            lanes(split, width),
            h(
              'g',
              { class: 'tl-axis', 'aria-hidden': 'true' },
              h('line', { x1: left, x2: right, y1: axisY, y2: axisY }),
              years.map((year) => {
                const x = Math.round(layout.xOfYear(year) * 10) / 10;
                return [
                  h('line', { class: 'tl-tick', x1: x, x2: x, y1: 0, y2: axisY + 5 }),
                  year <= layout.lastYear &&
                    h('text', { x: Math.round((x + layout.xOfYear(year + 1)) * 5) / 10, y: axisY + 20 }, String(year)),
                ];
              }),
            ),
            layout.placed.map(({ quote, x0, x1, row }) => {
              const y = laneTop[quote.voice] + lanePadding + row * rowHeight + rowHeight / 2;
              const centre = (x0 + x1) / 2;
              // Stryker disable next-line EqualityOperator: no date spans exactly 2 units on this axis, so > and >= agree
              const isBar = x1 - x0 > 2;
              const span: Child =
                isBar &&
                h('rect', {
                  class: 'tl-span',
                  x: Math.round(x0 * 10) / 10,
                  y: y - 3,
                  width: Math.round((x1 - x0) * 10) / 10,
                  height: 6,
                  rx: 3,
                });
              return h(
                'a',
                {
                  href: `#${quote.id}`,
                  class: `tl-mark voice-${quote.voice} tl-theme-${themeIndex(quote) + 1}`,
                  'data-quote': quote.id,
                  'aria-label': name(quote),
                },
                h('title', {}, name(quote)),
                span,
                h('g', { class: 'tl-shape' }, themeShape(themeIndex(quote), centre, y, markRadius)),
              );
            }),
          ),
        ),
      ),
    ),
  ];
}

function legend(records: PageRecords) {
  return h(
    'ul',
    { class: 'timeline-legend', 'aria-label': 'Shapes of the themes' },
    records.data.themes.map((theme, index) =>
      h(
        'li',
        {},
        h(
          'svg',
          { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 20 20', class: 'tl-key', 'aria-hidden': 'true' },
          themeShape(index, 10, 10, 7),
        ),
        ` ${theme.number}. ${theme.heading} (${shapeNames[index % shapeNames.length]})`,
      ),
    ),
  );
}

function table(dated: DatedQuote[], records: PageRecords, themeIndex: (quote: Quote) => number) {
  const byDate = [...dated].sort(earlierFirst);
  return h(
    'details',
    { class: 'timeline-table' },
    h('summary', {}, 'The timeline as a table'),
    h(
      'table',
      {},
      h('caption', {}, 'The quotes of the two-voices table by date'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Date', 'Voice', 'Theme', 'Speaker or author', 'Quote'].map((label) => h('th', { scope: 'col' }, label)),
        ),
      ),
      h(
        'tbody',
        {},
        byDate.map((quote) => {
          const theme = records.data.themes[themeIndex(quote)];
          const speakers = records.speakersOf(quote);
          return h(
            'tr',
            { 'data-quote': quote.id },
            h('td', {}, h('time', { datetime: quote.date }, dateInWords(quote.date))),
            h('td', {}, voiceLabels[quote.voice].name),
            h('td', {}, `${theme.number}. ${theme.heading}`),
            h('td', {}, speakers.map((person) => person.name).join(', ') || 'Unattributed'),
            h(
              'td',
              {},
              h(
                'a',
                { href: `#${quote.id}`, 'aria-label': `Go to the quote: ${quoteLabel(quote, speakers)}` },
                'Go to the quote',
              ),
            ),
          );
        }),
      ),
    ),
  );
}

/** Orders dated quotes by their ISO date; quotes of one date keep their order in the report. */
function earlierFirst(a: DatedQuote, b: DatedQuote): number {
  if (a.date < b.date) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: under 64 quotes V8 sorts by binary insertion, which tells only negative from not, so 1 and 0 order alike
  return a.date > b.date ? 1 : 0;
}
