import { dateInWords } from '../../../lib/dateInWords.js';
import { annotationNote } from './annotationNote.js';
import { fieldProvenanceTable } from './fieldProvenanceTable.js';
import { fragment, h } from './markup.js';
import type { PageRecords } from './pageRecords.js';

/** Where every text comes from, the dataset's version, the notes on the report itself and each field's provenance. */
export function footer(records: PageRecords) {
  const { report, version } = records.data;
  return fragment(
    h(
      'p',
      {},
      'Every text is as printed in ',
      h('a', { href: report.url }, h('cite', {}, report.title)),
      ` (${report.publisher}, ${dateInWords(report.issued)}); notes mark where the report disagrees with itself. Dataset version ${version}.`,
    ),
    records.annotationsOn(report.id).map(annotationNote),
    fieldProvenanceTable(),
  );
}
