// @ts-check
import { h, withChinese, withLinks } from './dom.js';
import { formatDate, listInWords } from './format.js';

/**
 * @typedef {import('./records.js').Quote} Quote
 * @typedef {import('./records.js').Person} Person
 * @typedef {import('./records.js').Source} Source
 * @typedef {import('./records.js').Annotation} Annotation
 * @typedef {import('./records.js').Records} Records
 */

const annotationKinds = {
  'name-variant': 'name variant',
  'date-mismatch': 'date mismatch',
  'text-artifact': 'text artifact',
  'translation-variant': 'translation variant',
  'description-mismatch': 'description mismatch',
  inferred: 'inferred value',
  undecided: 'undecided choice',
};

/**
 * The mark after a value the dataset inferred; the card's notes say from what.
 * @param {Annotation | undefined} inferred
 */
export function inferredMark(inferred) {
  if (!inferred) return null;
  const title = `Inferred, not printed in the report: ${inferred.note}`;
  return h('small', { class: 'inferred-mark', title }, '(inferred)');
}

/**
 * A value as shown, followed by the mark when the dataset inferred it.
 * @param {string | (string | HTMLElement)[]} value
 * @param {Annotation | undefined} inferred
 * @returns {(string | HTMLElement)[]}
 */
export function markInferred(value, inferred) {
  const parts = [value].flat();
  return inferred
    ? [h('span', { class: 'inferred' }, ...parts), ' ', /** @type {HTMLElement} */ (inferredMark(inferred))]
    : parts;
}

/**
 * The quote as printed, its editorial insertions and elisions marked but kept.
 * @param {string} text
 */
export function quoteText(text) {
  /** @type {(string | HTMLElement)[]} */
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/\[[^\]]*\]|\.\.\.|…/g)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      match[0].startsWith('[')
        ? h('ins', { class: 'insertion', title: 'editorial insertion' }, match[0])
        : h('span', { class: 'elision', title: 'elision: words left out' }, match[0]),
    );
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** @param {Person} person */
function personLine(person) {
  return h(
    'li',
    {},
    h('span', { class: 'name' }, person.name),
    person.nameChinese && [' ', h('span', { lang: 'zh' }, person.nameChinese)],
    person.role && `, ${person.role}`,
  );
}

/**
 * @param {Source} source
 * @param {Records} records
 */
function sourceLine(source, records) {
  const title = h('cite', { lang: source.language }, source.title);
  const inferred = (/** @type {string} */ field) => records.inferredNote(source.id, field);
  const english = source.containerEnglish ? markInferred(source.containerEnglish, inferred('containerEnglish')) : [];
  return [
    source.url ? h('a', { href: source.url }, title) : title,
    source.titleEnglish && ` [${source.titleEnglish}]`,
    source.container && [', ', ...markInferred(withChinese(source.container), inferred('container'))],
    // with no original name printed, the English one stands alone rather than in brackets
    english.length > 0 && (source.container ? [' [', ...english, ']'] : [', ', ...english]),
  ];
}

/** @param {Annotation} annotation */
export function annotationNote(annotation) {
  return h(
    'aside',
    { class: 'annotation', 'aria-label': `Note: ${annotationKinds[annotation.kind]}` },
    h('strong', {}, `Note · ${annotationKinds[annotation.kind]}`),
    ' ',
    ...withChinese(annotation.note),
  );
}

/**
 * @param {Quote} quote
 * @param {Person[]} speakers
 */
export function quoteLabel(quote, speakers) {
  const names = listInWords(speakers.map((person) => person.name));
  return `${names || 'Unattributed'}${quote.date ? `, ${formatDate(quote.date)}` : ''}`;
}

/**
 * One quote with everything the report says about it.
 * @param {Quote} quote
 * @param {Records} records
 */
export function quoteCard(quote, records) {
  const speakers = records.speakersOf(quote);
  const source = records.sourceOf(quote);
  const endnote = records.endnoteOf(quote);
  const citation = records.citationOf(quote);
  const label = quoteLabel(quote, speakers);
  return h(
    'article',
    {
      class: `quote voice-${quote.voice}`,
      id: quote.id,
      tabindex: '-1',
      'aria-label': `Quote: ${label}`,
      'data-voice': quote.voice,
    },
    h(
      'p',
      { class: 'quote-head' },
      quote.audience && h('span', { class: 'audience' }, quote.audience),
      quote.date && h('time', { datetime: quote.date }, formatDate(quote.date)),
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
      citation &&
        (citation.bibtex || citation.cslJson) &&
        h(
          'button',
          {
            type: 'button',
            class: 'button cite',
            'data-source': quote.source,
            'aria-label': `Cite the source of the quote: ${label}`,
          },
          'Cite',
        ),
    ),
  );
}
