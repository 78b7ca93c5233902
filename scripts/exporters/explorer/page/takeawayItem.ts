import type { Takeaway } from '../../../../schema/index.js';
import { annotationNote } from './annotationNote.js';
import { h } from './markup.js';
import type { PageRecords } from './pageRecords.js';
import { quoteCard } from './quoteCard.js';
import { withChinese } from './richText.js';

/** A takeaway with its text, its notes, a link to its theme and the quotes it quotes. */
export function takeawayItem(takeaway: Takeaway, records: PageRecords) {
  const theme = records.themes.get(takeaway.theme);
  const quotes = records.quotesInTakeaway(takeaway.number);
  const headingId = `${takeaway.id}-heading`;
  return h(
    'li',
    { class: 'takeaway', id: takeaway.id, tabindex: '-1' },
    h(
      'article',
      { 'aria-labelledby': headingId },
      h('h3', { id: headingId }, `Takeaway ${takeaway.number}`),
      h('p', { class: 'takeaway-text' }, ...withChinese(takeaway.text)),
      records.annotationsOn(takeaway.id).map(annotationNote),
      theme && h('p', { class: 'theme-link' }, h('a', { href: `#${theme.id}` }, `Quotes on ${theme.heading}`)),
      quotes.length > 0 &&
        h(
          'details',
          { class: 'takeaway-quotes' },
          h('summary', {}, `${quotes.length} quote${quotes.length === 1 ? '' : 's'} in this takeaway`),
          quotes.map((quote) => quoteCard(quote, records)),
        ),
    ),
  );
}
