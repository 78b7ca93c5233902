// @ts-check
import { h, withChinese } from './dom.js';
import { downloadUrl } from './download.js';
import { formatBytes, formatDate, listInWords } from './format.js';
import { annotationNote, markInferred, quoteCard } from './quoteCard.js';

/**
 * @typedef {import('./records.js').ExplorerData} ExplorerData
 * @typedef {import('./records.js').Records} Records
 * @typedef {ExplorerData['themes'][number]} Theme
 * @typedef {ExplorerData['takeaways'][number]} Takeaway
 */

export const voiceLabels = {
  external: { name: 'External', audience: 'to foreign audiences' },
  internal: { name: 'Internal', audience: 'to domestic audiences' },
};

/** @param {Records} records */
export function byline(records) {
  const { report } = records.data;
  const authors = report.authors.flatMap((id) => records.people.get(id)?.name ?? []);
  const citation = records.data.citations[report.id];
  return [
    `${listInWords(authors)} · `,
    ...markInferred(report.publisher, records.inferredNote(report.id, 'publisher')),
    ` · ${formatDate(report.issued)} · `,
    h('a', { href: report.url }, 'Read the report'),
    (citation?.bibtex || citation?.cslJson) && [
      ' ',
      h('button', { type: 'button', class: 'button cite', 'data-source': report.id }, 'Cite the report'),
    ],
  ];
}

/**
 * @param {Takeaway} takeaway
 * @param {Records} records
 */
export function takeawayItem(takeaway, records) {
  const theme = records.data.themes.find((candidate) => candidate.id === takeaway.theme);
  const quotes = records.data.quotes.filter(
    (quote) => quote.context === 'takeaway' && quote.takeaway === takeaway.number,
  );
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

/**
 * A theme with its external and internal quotes side by side.
 * @param {Theme} theme
 * @param {Records} records
 */
export function themeSection(theme, records) {
  const quotes = records.data.quotes.filter((quote) => quote.context === 'contrast' && quote.theme === theme.id);
  const headingId = `${theme.id}-heading`;
  const takeaways = records.data.takeaways.filter((takeaway) => takeaway.theme === theme.id);
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
        takeaways.flatMap((takeaway, index) => [
          index > 0 ? ', ' : '',
          h('a', { href: `#${takeaway.id}` }, `${takeaway.number}`),
        ]),
      ),
    h(
      'div',
      { class: 'voices' },
      /** @type {const} */ (['external', 'internal']).map((voice) => {
        const voiceHeadingId = `${theme.id}-${voice}-heading`;
        return h(
          'section',
          { class: `voice voice-${voice}`, 'aria-labelledby': voiceHeadingId, 'data-voice': voice },
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

/**
 * @param {ExplorerData['downloads'][number]} group
 * @param {ExplorerData} data
 */
export function downloadGroup(group, data) {
  return h(
    'section',
    { class: 'download-group', 'aria-label': group.heading },
    h('h3', {}, group.heading),
    h('p', {}, group.description),
    h(
      'ul',
      {},
      group.links.map((link) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: downloadUrl(link, data),
              download: link.path.slice(link.path.lastIndexOf('/') + 1),
              'data-path': link.path,
            },
            link.label,
          ),
          h('span', { class: 'size' }, ` (${formatBytes(link.bytes)})`),
        ),
      ),
    ),
  );
}

/** @param {Records} records */
export function footer(records) {
  const { report, version } = records.data;
  return [
    h(
      'p',
      {},
      'Every text is as printed in ',
      h('a', { href: report.url }, h('cite', {}, report.title)),
      ` (${report.publisher}, ${formatDate(report.issued)}); notes mark where the report disagrees with itself. Dataset version ${version}.`,
    ),
    ...records.annotationsOn(report.id).map(annotationNote),
  ];
}
