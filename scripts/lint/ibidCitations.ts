import { locatedRecords } from '../lib/locatedRecords.js';
import type { Lint } from './types.js';

/** An "Ibid." note's work is the note before's, so data/ leaves its citations empty. */
export const ibidCitations: Lint = ({ fileOf }) => {
  const file = fileOf.endnotes;
  if (!file) return [];
  return locatedRecords(file).flatMap(({ record, label, index }) => {
    if (!Array.isArray(record.citations)) return [];
    const problem = (field: string, message: string) => [{ file: file.file, record: label, field, message }];
    if (record.ibid === true && index === 0) return problem('ibid', 'the first note cannot be "Ibid."');
    if (record.ibid === true && record.citations.length > 0)
      return problem('citations', 'an "Ibid." note cites the work of the note before; leave its citations empty');
    if (record.ibid === false && record.citations.length === 0)
      return problem('citations', 'a note that is not "Ibid." cites at least one work');
    return [];
  });
};
