import { citationCounts } from './quoteLinks.js';
import type { Lint } from './types.js';

/**
 * The report never prints which of a note's several works a quote is from, and the build derives a quote's source,
 * date and link from that choice: so a citation stands only on an annotation of kind "inferred" quoting the
 * report's words that decide it, and a choice left open (citation null) has an annotation of kind "undecided"
 * naming the candidates, so that a reader sees why source is null. Read only when the annotations all parse:
 * without one, a choice would look unmarked.
 */
export const citationChoices: Lint = ({ fileOf, parsed }) => {
  const file = fileOf.quotes;
  if (!file || !parsed.annotations.whole) return [];
  const counts = citationCounts(parsed.endnotes);
  const annotated = (kind: string) =>
    new Set(
      parsed.annotations.records
        .filter((note) => note.kind === kind && note.field === 'citation')
        .map((note) => note.target),
    );
  const evidenced = annotated('inferred');
  const open = annotated('undecided');
  return parsed.quotes.records.flatMap((record) => {
    const cited = counts.get(record.endnote) ?? 0;
    const where = { file: file.file, record: record.id, field: 'citation' };
    if (cited < 2) return [];
    if (record.citation !== null && open.has(record.id))
      return [{ ...where, message: 'an annotation of kind "undecided" says no work is chosen; set citation to null' }];
    if (record.citation !== null && !evidenced.has(record.id))
      return [
        {
          ...where,
          message: `endnote ${record.endnote} cites ${cited} works and the report does not print which one this quote is from; add an annotation of kind "inferred" on ${record.id} citation quoting the report’s words that decide it, or set citation to null and add one of kind "undecided" naming the candidates`,
        },
      ];
    if (record.citation === null && !open.has(record.id))
      return [
        {
          ...where,
          message: `endnote ${record.endnote} cites ${cited} works and no citation is chosen, so source, date and sourceLink are null; add an annotation of kind "undecided" on ${record.id} citation naming the candidate works, or choose one with an annotation of kind "inferred" quoting the report’s words that decide it`,
        },
      ];
    return [];
  });
};
