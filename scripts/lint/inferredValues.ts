import { recordsOf } from '../lib/records.js';
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

const monthNames = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** An ISO date as the endnotes print it: "April 25, 2016", "December 2011" or "2016". */
export function printedDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (month === undefined) return year;
  const name = monthNames.format(new Date(Date.UTC(Number(year), Number(month) - 1, 1)));
  return day === undefined ? `${name} ${year}` : `${name} ${Number(day)}, ${year}`;
}

/** Whether a value is printed in a text as a whole, so that issue "1" is not found inside "2019". */
export function isPrinted(value: string, text: string): boolean {
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    // "" past either end of the text: no letter or digit
    const before = text.charAt(at - 1);
    const after = text.charAt(at + value.length);
    if (!/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after)) return true;
  }
  return false;
}

/** The texts of the endnotes citing each source, an "Ibid." note citing what the note before cites. */
function endnoteTextsBySource(endnotes: Record<string, unknown>[]): Map<unknown, string[]> {
  const texts = new Map<unknown, string[]>();
  // Stryker disable next-line ArrayDeclaration: read only by an "Ibid." that is the first note, which the Ibid. lint refuses; and then it names no source
  let cited: unknown[] = [];
  for (const note of endnotes) {
    // Stryker disable next-line ArrayDeclaration: an invented item is a string, for which no record, person or annotation is found and which no text prints
    const own = Array.isArray(note.citations) ? note.citations.map((citation) => citation?.source) : [];
    cited = note.ibid === true ? cited : own;
    // Stryker disable next-line ArrayDeclaration: an invented item is a string, for which no record, person or annotation is found and which no text prints
    for (const source of cited) texts.set(source, [...(texts.get(source) ?? []), String(note.text)]);
  }
  return texts;
}

/**
 * A value of a source that none of its endnotes prints was supplied by the dataset: an annotation of kind
 * "inferred" on that field must say so and from what, so that readers know which values to check against
 * the report. An author counts as printed when the notes print the person's name or Chinese name.
 */
export const inferredValues: Lint = ({ fileOf }) => {
  const file = fileOf.sources;
  if (!file) return [];
  const records = (collection: 'endnotes' | 'people' | 'annotations') => {
    const data = fileOf[collection];
    // Stryker disable next-line ArrayDeclaration: an invented item is a string, for which no record, person or annotation is found and which no text prints
    return data ? recordsOf(data).map(({ record }) => record) : [];
  };
  const textsOf = endnoteTextsBySource(records('endnotes'));
  const people = new Map(records('people').map((person) => [person.id, person]));
  const marked = new Set(
    records('annotations')
      .filter((annotation) => annotation.kind === 'inferred')
      .map((annotation) => `${annotation.target} ${annotation.field}`),
  );
  return recordsOf(file).flatMap(({ record, label }) => {
    // Stryker disable next-line ArrayDeclaration: an invented item is a string, for which no record, person or annotation is found and which no text prints
    const texts = textsOf.get(record.id) ?? [];
    // a source no endnote cites is another lint's problem, not a value to annotate
    if (texts.length === 0) return [];
    // Stryker disable next-line ConditionalExpression: a name that is null is looked for as the text "null", which no endnote prints
    const printed = (value: unknown) => typeof value === 'string' && texts.some((text) => isPrinted(value, text));
    const unprinted = printedFields.filter((field) => {
      const value = record[field];
      if (typeof value !== 'string') return false;
      return !printed(field === 'issued' ? printedDate(value) : value);
    });
    // Stryker disable next-line ArrayDeclaration: an invented item is a string, for which no record, person or annotation is found and which no text prints
    const authors = Array.isArray(record.authors) ? record.authors : [];
    const unprintedAuthor = authors.some((id) => {
      const person = people.get(id);
      return person !== undefined && !printed(person.name) && !printed(person.nameChinese);
    });
    const fields: string[] = [...unprinted, ...(unprintedAuthor ? ['authors'] : [])];
    return fields
      .filter((field) => !marked.has(`${record.id} ${field}`))
      .map((field) => ({
        file: file.file,
        record: label,
        field,
        message: `${JSON.stringify(record[field])}: none of the endnotes citing the source prints it; add an annotation of kind "inferred" on ${record.id} ${field} saying what the value was inferred from, or correct it to what the report prints`,
      }));
  });
};
