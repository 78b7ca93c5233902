import type { ParsedCollections } from '../lib/parseCollections.js';
import type { Problem } from '../lib/problem.js';
import { ReportPage } from '../lib/reportPage.js';
import type { Lint } from './types.js';

/** What the excerpts of an annotation must show, by its kind. */
const evidenceOf = (kind: string) =>
  kind === 'inferred'
    ? 'the report’s words the value was inferred from'
    : kind === 'undecided'
      ? 'the report’s words that leave the candidates open'
      : 'the passages of the report that differ';

/** The report's text as the records hold it, or null when a file it is made of is not whole. */
function pageOf(parsed: ParsedCollections): ReportPage | null {
  const { report, people, takeaways, themes, quotes, endnotes } = parsed;
  const parts = [report, people, takeaways, themes, quotes, endnotes];
  if (!parts.every((part) => part.whole)) return null;
  return new ReportPage({
    report: report.records[0],
    people: people.records,
    takeaways: takeaways.records,
    themes: themes.records,
    quotes: quotes.records,
    endnotes: endnotes.records,
  });
}

/**
 * A note rests on the report's words: every annotation quotes them as excerpts, and each excerpt stands in the
 * report's text exactly once with its prefix and suffix, so that its link selects that passage and no other.
 * Excerpts are checked only when every file the report's text is made of parses: otherwise a passage would look
 * missing.
 */
export const annotationEvidence: Lint = ({ fileOf, parsed }) => {
  const file = fileOf.annotations;
  if (!file) return [];
  const page = pageOf(parsed);
  return parsed.annotations.records.flatMap((annotation): Problem[] => {
    const where = (field: string) => ({ file: file.file, record: annotation.id, field });
    if (annotation.evidence.length === 0)
      return [
        {
          ...where('evidence'),
          message: `an annotation of kind "${annotation.kind}" rests on ${evidenceOf(annotation.kind)}; quote them in evidence, each as an excerpt the report prints once`,
        },
      ];
    if (!page) return [];
    return annotation.evidence.flatMap(({ exact, prefix, suffix }, index): Problem[] => {
      const field = `evidence[${index}]`;
      if (page.occurrences(exact) === 0)
        return [
          {
            ...where(field),
            message: `the report does not print "${exact}" (check the words against the report’s text)`,
          },
        ];
      const whole = `${prefix ?? ''}${exact}${suffix ?? ''}`;
      const count = page.occurrences(whole);
      if (count === 0)
        return [
          {
            ...where(field),
            message: `the report does not print "${exact}" between "${prefix ?? ''}" and "${suffix ?? ''}" (check the prefix and suffix against the report’s text)`,
          },
        ];
      if (count > 1)
        return [
          {
            ...where(field),
            message: `the report prints "${whole}" ${count} times; add a prefix or suffix of a few words that makes it unique`,
          },
        ];
      return [];
    });
  });
};
