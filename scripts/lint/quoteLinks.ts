import { isPlainObject, recordsOf } from '../lib/records.js';
import type { Lint } from './types.js';

/** How many works each endnote cites, an "Ibid." note counting as its predecessor. */
export function citationCounts(endnotes: Record<string, unknown>[]): Map<unknown, number> {
  const counts = new Map<unknown, number>();
  let previous = 0;
  for (const note of endnotes) {
    const own = Array.isArray(note.citations) ? note.citations.length : 0;
    previous = note.ibid === true ? previous : own;
    counts.set(note.number, previous);
  }
  return counts;
}

/** A quote's context, takeaway, endnote and citation fit together. */
export const quoteLinks: Lint = ({ fileOf }) => {
  const file = fileOf.quotes;
  if (!file) return [];
  const endnotes = fileOf.endnotes ? recordsOf(fileOf.endnotes).map(({ record }) => record) : [];
  const counts = citationCounts(endnotes.filter(isPlainObject));
  const takeaways = fileOf.takeaways ? recordsOf(fileOf.takeaways).map(({ record }) => record) : [];
  const takeawayText = new Map(takeaways.map((takeaway) => [takeaway.number, takeaway.text]));
  return recordsOf(file).flatMap(({ record, label }) => {
    const problems: { field: string; message: string }[] = [];
    const paragraph = takeawayText.get(record.takeaway);
    // the link into the report finds the quote there
    if (typeof paragraph === 'string' && !paragraph.includes(`“${record.text}”`))
      problems.push({
        field: 'text',
        message: `takeaway ${record.takeaway} does not quote it: its text has no “${record.text}”`,
      });
    if (record.context === 'takeaway' && record.takeaway === null)
      problems.push({ field: 'takeaway', message: 'a quote in a takeaway names the takeaway number' });
    if (record.context === 'contrast' && record.takeaway !== null)
      problems.push({ field: 'takeaway', message: 'a quote of the two-voices table has takeaway null' });
    const cited = counts.get(record.endnote);
    if (cited !== undefined && typeof record.citation === 'number' && (cited < 2 || record.citation > cited))
      problems.push({
        field: 'citation',
        message: `endnote ${record.endnote} cites ${cited} work${cited === 1 ? '' : 's'}; ${cited < 2 ? 'use null' : `use 1 to ${cited}`}`,
      });
    return problems.map((problem) => ({ file: file.file, record: label, ...problem }));
  });
};
