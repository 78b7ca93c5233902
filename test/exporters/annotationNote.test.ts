import { describe, expect, it } from 'vitest';
import { annotationNote } from '../../scripts/exporters/explorer/page/annotationNote.js';
import { datasetNow, withEvidence } from '../helpers/exportedNow.js';

describe('annotationNote', () => {
  it('links each passage the note rests on into the report, named by its words', () => {
    const [annotation] = datasetNow(withEvidence).annotations;
    const [first, second] = annotation.evidence;
    const html = annotationNote(annotation).html;
    const links = [
      ...html.matchAll(/<a class="excerpt" href="([^"]+)" title="([^"]+)" aria-label="([^"]+)">in the report<\/a>/g),
    ];
    expect(links.map((link) => link[1].replaceAll('&amp;', '&'))).toEqual([first.reportLink, second.reportLink]);
    expect(links.map((link) => link[3])).toEqual([`“${first.exact}” in the report`, `“${second.exact}” in the report`]);
    expect(html).toMatch(/ \(<a [^>]+>in the report<\/a>, <a [^>]+>in the report<\/a>\)<\/aside>$/);
  });

  it('adds no link to a note without evidence', () => {
    const [annotation] = datasetNow().annotations;
    expect(annotationNote({ ...annotation, evidence: [] }).html).not.toContain('<a ');
  });
});
