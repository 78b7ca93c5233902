import type { Person, Quote, Source } from '../../../../schema/index.js';
import { dateInWords } from '../../../lib/dateInWords.js';
import { listInWords } from '../../../lib/listInWords.js';
import { annotationNote, inferredMark, markInferred } from './annotationNote.js';
import { h } from './markup.js';
import type { PageRecords } from './pageRecords.js';
import { quoteText, withChinese, withLinks } from './richText.js';

function personLine(person: Person) {
  return h(
    'li',
    {},
    h('span', { class: 'name' }, person.name),
    person.nameChinese && [' ', h('span', { lang: 'zh' }, person.nameChinese)],
    person.role && `, ${person.role}`,
  );
}

function sourceLine(source: Source, records: PageRecords) {
  const title = h('cite', { lang: source.language }, source.title);
  const inferred = (field: string) => records.inferredNote(source.id, field);
  const english = source.containerEnglish ? markInferred(source.containerEnglish, inferred('containerEnglish')) : [];
  return [
    source.url ? h('a', { href: source.url }, title) : title,
    source.titleEnglish && ` [${source.titleEnglish}]`,
    source.container && [', ', ...markInferred(withChinese(source.container), inferred('container'))],
    // with no original name printed, the English one stands alone rather than in brackets
    english.length > 0 && (source.container ? [' [', ...english, ']'] : [', ', ...english]),
  ];
}

/** "Xi Jinping, April 25, 2016": who and when, to name a quote for screen readers and in the timeline. */
export function quoteLabel(quote: Quote, speakers: Person[]): string {
  const names = listInWords(speakers.map((person) => person.name));
  return `${names || 'Unattributed'}${quote.date ? `, ${dateInWords(quote.date)}` : ''}`;
}

/** One quote with everything the report says about it; its data attributes are what the filters test. */
export function quoteCard(quote: Quote, records: PageRecords) {
  const speakers = records.speakersOf(quote);
  const source = records.sourceOf(quote);
  const endnote = records.endnoteOf(quote);
  const label = quoteLabel(quote, speakers);
  return h(
    'article',
    {
      class: `quote voice-${quote.voice}`,
      id: quote.id,
      tabindex: '-1',
      'aria-label': `Quote: ${label}`,
      'data-voice': quote.voice,
      'data-theme': quote.theme,
      'data-speakers': quote.speakers.join(' '),
    },
    h(
      'p',
      { class: 'quote-head' },
      quote.audience && h('span', { class: 'audience' }, quote.audience),
      quote.date && h('time', { datetime: quote.date }, dateInWords(quote.date)),
    ),
    h(
      'figure',
      {},
      h('blockquote', { cite: source?.url ?? undefined }, h('p', {}, ...quoteText(quote.text))),
      quote.attribution &&
        h(
          'figcaption',
          {},
          h('span', { class: 'attribution' }, quote.attribution),
          quote.attributionShared && h('span', { class: 'shared' }, ' (one line for several quotes in the report)'),
        ),
    ),
    h(
      'dl',
      { class: 'facts' },
      speakers.length > 0 &&
        h(
          'div',
          {},
          h('dt', {}, 'Speaker or author', ' ', inferredMark(records.inferredNote(quote.id, 'speakers'))),
          h('dd', {}, h('ul', { class: 'people' }, speakers.map(personLine))),
        ),
      source && h('div', {}, h('dt', {}, 'Source'), h('dd', {}, ...sourceLine(source, records))),
    ),
    endnote &&
      h(
        'details',
        { class: 'endnote' },
        h('summary', {}, `Endnote ${endnote.number}`, endnote.ibid ? ' (Ibid.)' : ''),
        h('p', {}, ...withLinks(endnote.text)),
      ),
    records.annotationsOfQuote(quote).map(annotationNote),
    h(
      'p',
      { class: 'actions' },
      h(
        'a',
        { class: 'permalink', href: `#${quote.id}`, 'aria-label': `Permalink to the quote: ${label}` },
        'Permalink',
      ),
      // text fragments: a browser that supports them scrolls to the words and highlights them
      h(
        'a',
        { class: 'find', href: quote.reportLink, 'aria-label': `Find in the report: ${label}` },
        'Find in the report',
      ),
      quote.sourceLink &&
        h(
          'a',
          { class: 'find', href: quote.sourceLink, 'aria-label': `Find in the source: ${label}` },
          'Find in the source',
        ),
      // copying needs the script, which shows the button
      records.canCite(quote.source) &&
        h(
          'button',
          {
            type: 'button',
            class: 'button cite',
            hidden: true,
            'data-needs-script': true,
            'data-source': quote.source,
            'aria-label': `Cite the source of the quote: ${label}`,
          },
          'Cite',
        ),
    ),
  );
}
