import { dateInWords } from '../../../lib/dateInWords.js';
import { listInWords } from '../../../lib/listInWords.js';
import { markInferred } from './annotationNote.js';
import { h } from './markup.js';
import type { PageRecords } from './pageRecords.js';

/** Who wrote the report, who published it and when, with a link to it. */
export function byline(records: PageRecords) {
  const { report } = records.data;
  const authors = report.authors.flatMap((id) => records.people.get(id)?.name ?? []);
  return h(
    'p',
    { class: 'byline', id: 'byline' },
    `${listInWords(authors)} · `,
    ...markInferred(report.publisher, records.inferredNote(report.id, 'publisher')),
    ` · ${dateInWords(report.issued)} · `,
    h('a', { href: report.url }, 'Read the report'),
    records.canCite(report.id) && [
      ' ',
      h(
        'button',
        { type: 'button', class: 'button cite', hidden: true, 'data-needs-script': true, 'data-source': report.id },
        'Cite the report',
      ),
    ],
  );
}
