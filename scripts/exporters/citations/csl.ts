/** A CSL-JSON name: a literal as printed, or family and given parts. */
export type CslName = { literal: string } | { family: string; given: string };

export interface CslDate {
  'date-parts': [number[]];
}

/** The CSL-JSON variables this package writes, in the order they are written. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'speech' | 'webpage' | 'article-newspaper' | 'article-journal' | 'report' | 'dataset';
  genre?: string;
  language: string;
  author?: CslName[];
  title: string;
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  'event-place'?: string;
  issue?: string;
  page?: string;
  issued: CslDate;
  URL?: string;
  note?: string;
}

/** An ISO 8601 date at the precision known, "2016", "2016-04" or "2016-04-25", as CSL date parts. */
export function cslDate(iso: string): CslDate {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/** The original followed by the English the report gives in brackets: "新华 [Xinhua]". */
export function bilingual(original: string, english: string | null): string {
  return english ? `${original} [${english}]` : original;
}

/** Leaves out the variables that have no value, keeping the order of the others. */
export function withoutEmpty<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== null && value !== undefined)) as T;
}
