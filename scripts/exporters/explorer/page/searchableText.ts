import type { Quote } from '../../../../schema/index.js';
import type { PageRecords } from './pageRecords.js';

/** What the search looks in: the quote, its attribution and audience, who said it and the cited work. */
export function searchableText(quote: Quote, records: PageRecords): string {
  const source = records.sourceOf(quote);
  const people = records
    .speakersOf(quote)
    .flatMap((person) => [person.name, person.nameChinese ?? '', ...person.nameVariants]);
  const sourceTitles = source
    ? [source.title, source.titleEnglish ?? '', source.container ?? '', source.containerEnglish ?? '']
    : [];
  return [quote.text, quote.attribution ?? '', quote.audience ?? '', ...people, ...sourceTitles].join(' \n ');
}
