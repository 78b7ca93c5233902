import type { StoredRecord } from '../lib/dataset.js';
import { dateInWords } from '../lib/dateInWords.js';
import { resolveIbid } from '../lib/resolveIbid.js';
import type { Lint } from './types.js';

/** The fields of a source that transcribe what its endnotes print; kind and language classify it instead. */
const printedFields = [
  'title',
  'titleEnglish',
  'container',
  'containerEnglish',
  'issued',
  'place',
  'url',
  'issue',
  'pages',
  'cnki',
] as const;

/** Whether a value is printed in a text as a whole, so that issue "1" is not found inside "2019". */
export function isPrinted(value: string, text: string): boolean {
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    // Stryker disable next-line StringLiteral: before the text's start an empty string, like a space, is no letter or digit
    const before = text[at - 1] ?? ' ';
    // Stryker disable next-line StringLiteral: past the text's end an empty string, like a space, is no letter or digit
    const after = text[at + value.length] ?? ' ';
    if (!/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after)) return true;
  }
  return false;
}

/** The texts of the endnotes citing each source, an "Ibid." note citing what the note before cites. */
function endnoteTextsBySource(endnotes: StoredRecord<'endnotes'>[]): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  const cited = resolveIbid(endnotes);
  endnotes.forEach((note, index) => {
    for (const { source } of cited[index]) texts.set(source, [...(texts.get(source) ?? []), note.text]);
  });
  return texts;
}

/**
 * A value of a source that none of its endnotes prints was supplied by the dataset: an annotation of kind
 * "inferred" on that field must say so and from what, so that readers know which values to check against
 * the report. An author counts as printed when the notes print the person's name or Chinese name. The endnotes
 * and annotations are read only when all of them parse: without one, a value would look unprinted or unmarked.
 */
export const inferredValues: Lint = ({ fileOf, parsed }) => {
  const file = fileOf.sources;
  if (!file || !parsed.endnotes.whole || !parsed.annotations.whole) return [];
  const textsOf = endnoteTextsBySource(parsed.endnotes.records);
  const people = new Map(parsed.people.records.map((person) => [person.id, person]));
  const marked = new Set(
    parsed.annotations.records
      .filter((annotation) => annotation.kind === 'inferred')
      .map((annotation) => `${annotation.target} ${annotation.field}`),
  );
  return parsed.sources.records.flatMap((record) => {
    const texts = textsOf.get(record.id) ?? [];
    // a source no endnote cites is another lint's problem, not a value to annotate
    if (texts.length === 0) return [];
    const printed = (value: string | null) => value !== null && texts.some((text) => isPrinted(value, text));
    const unprinted = printedFields.filter((field) => {
      const value = record[field];
      if (value === null) return false;
      return !printed(field === 'issued' ? dateInWords(value) : value);
    });
    const unprintedAuthor = record.authors.some((id) => {
      const person = people.get(id);
      return person !== undefined && !printed(person.name) && !printed(person.nameChinese);
    });
    const fields = [...unprinted, ...(unprintedAuthor ? (['authors'] as const) : [])];
    return fields
      .filter((field) => !marked.has(`${record.id} ${field}`))
      .map((field) => ({
        file: file.file,
        record: record.id,
        field,
        message: `${JSON.stringify(record[field])}: none of the endnotes citing the source prints it; add an annotation of kind "inferred" on ${record.id} ${field} saying what the value was inferred from, or correct it to what the report prints`,
      }));
  });
};
