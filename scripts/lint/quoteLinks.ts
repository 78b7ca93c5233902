import type { StoredRecord } from '../lib/dataset.js';
import type { Parsed } from '../lib/parseCollections.js';
import { resolveIbid } from '../lib/resolveIbid.js';
import type { Lint } from './types.js';

/** How many works each endnote cites, an "Ibid." note counting as its predecessor; none unless all parse. */
export function citationCounts(endnotes: Parsed<StoredRecord<'endnotes'>>): Map<number | null, number> {
  if (!endnotes.whole) return new Map();
  const cited = resolveIbid(endnotes.records);
  return new Map(endnotes.records.map((note, index) => [note.number, cited[index].length]));
}

/** A quote's context, takeaway, endnote and citation fit together. */
export const quoteLinks: Lint = ({ fileOf, parsed }) => {
  const file = fileOf.quotes;
  // Stryker disable next-line ConditionalExpression: without quotes.json no quote parses, so the records below are none and give no problem either
  if (!file) return [];
  const counts = citationCounts(parsed.endnotes);
  const takeawayText = new Map<number | null, string>(
    parsed.takeaways.records.map((takeaway) => [takeaway.number, takeaway.text]),
  );
  return parsed.quotes.records.flatMap((record) => {
    const problems: { field: string; message: string }[] = [];
    const paragraph = takeawayText.get(record.takeaway);
    // the link into the report finds the quote there
    if (paragraph !== undefined && !paragraph.includes(`“${record.text}”`))
      problems.push({
        field: 'text',
        message: `takeaway ${record.takeaway} does not quote it: its text has no “${record.text}”`,
      });
    if (record.context === 'takeaway' && record.takeaway === null)
      problems.push({ field: 'takeaway', message: 'a quote in a takeaway names the takeaway number' });
    if (record.context === 'contrast' && record.takeaway !== null)
      problems.push({ field: 'takeaway', message: 'a quote of the two-voices table has takeaway null' });
    const cited = counts.get(record.endnote);
    // a number picks one of several works; an endnote of no known count is left to the reference lint
    if (cited !== undefined && record.citation !== null && !(cited > 1 && record.citation <= cited))
      problems.push({
        field: 'citation',
        message: `endnote ${record.endnote} cites ${cited} work${cited === 1 ? '' : 's'}; ${cited < 2 ? 'use null' : `use 1 to ${cited}`}`,
      });
    return problems.map((problem) => ({ file: file.file, record: record.id, ...problem }));
  });
};
