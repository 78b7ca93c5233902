import type { Theme } from '../../../../schema/index.js';
import { annotationNote } from './annotationNote.js';
import { h } from './markup.js';
import type { PageRecords } from './pageRecords.js';
import { quoteCard } from './quoteCard.js';
import { voiceLabels } from './voiceLabels.js';

/** A theme with its external and internal quotes side by side. */
export function themeSection(theme: Theme, records: PageRecords) {
  const quotes = records.contrastQuotesOn(theme.id);
  const headingId = `${theme.id}-heading`;
  const takeaways = records.takeawaysOn(theme.id);
  return h(
    'section',
    { class: 'theme', id: theme.id, 'aria-labelledby': headingId, tabindex: '-1' },
    h('h3', { id: headingId }, h('span', { class: 'number' }, String(theme.number)), ' ', theme.heading),
    records.annotationsOn(theme.id).map(annotationNote),
    takeaways.length > 0 &&
      h(
        'p',
        { class: 'theme-takeaways' },
        `Takeaway${takeaways.length > 1 ? 's' : ''}: `,
        takeaways.map((takeaway, index) => [
          index > 0 ? ', ' : '',
          h('a', { href: `#${takeaway.id}` }, `${takeaway.number}`),
        ]),
      ),
    h(
      'div',
      { class: 'voices' },
      (['external', 'internal'] as const).map((voice) => {
        const voiceHeadingId = `${theme.id}-${voice}-heading`;
        return h(
          'section',
          // named by theme and voice: ten regions, each named apart
          {
            class: `voice voice-${voice}`,
            'aria-labelledby': `${voiceHeadingId} ${headingId}`,
            'data-voice': voice,
          },
          h(
            'h4',
            { id: voiceHeadingId },
            voiceLabels[voice].name,
            h('span', { class: 'audience-note' }, ` ${voiceLabels[voice].audience}`),
          ),
          quotes.filter((quote) => quote.voice === voice).map((quote) => quoteCard(quote, records)),
          h('p', { class: 'empty', hidden: true }, `No ${voice} quote on this theme matches the filters.`),
        );
      }),
    ),
  );
}
