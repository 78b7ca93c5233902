import type { Annotation } from '../../../../schema/index.js';
import { type Child, h } from './markup.js';
import { withChinese } from './richText.js';

const annotationKinds: Record<Annotation['kind'], string> = {
  'name-variant': 'name variant',
  'date-mismatch': 'date mismatch',
  'text-artifact': 'text artifact',
  'translation-variant': 'translation variant',
  'description-mismatch': 'description mismatch',
  inferred: 'inferred value',
  undecided: 'undecided choice',
};

/** An annotation as a note beside what it is about, each passage it rests on a link into the report. */
export function annotationNote(annotation: Annotation) {
  const kind = annotationKinds[annotation.kind];
  const links = annotation.evidence.map(({ exact, reportLink }, index) => [
    index === 0 ? ' (' : ', ',
    // the words in the name, so that links read out one after another are told apart
    h(
      'a',
      { class: 'excerpt', href: reportLink, title: `“${exact}”`, 'aria-label': `“${exact}” in the report` },
      'in the report',
    ),
    index === annotation.evidence.length - 1 ? ')' : '',
  ]);
  return h(
    'aside',
    // a note, not a landmark: there are dozens, and landmarks are for finding one's way
    { class: 'annotation', role: 'note', 'aria-label': `Note: ${kind}` },
    h('strong', {}, `Note · ${kind}`),
    ' ',
    ...withChinese(annotation.note),
    links,
  );
}

/** The mark after a value the dataset inferred; the card's notes say from what. */
export function inferredMark(inferred: Annotation | undefined) {
  if (!inferred) return null;
  const title = `Inferred, not printed in the report: ${inferred.note}`;
  return h('small', { class: 'inferred-mark', title }, '(inferred)');
}

/** A value as shown, followed by the mark when the dataset inferred it. */
export function markInferred(value: Child, inferred: Annotation | undefined): Child[] {
  return inferred ? [h('span', { class: 'inferred' }, value), ' ', inferredMark(inferred)] : [value];
}
