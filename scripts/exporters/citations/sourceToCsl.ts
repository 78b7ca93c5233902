import type { Person, Source } from '../../../schema/index.js';
import { bilingual, type CslItem, type CslName, cslDate, withoutEmpty } from './csl.js';

const typeOfKind: Record<Source['kind'], CslItem['type']> = {
  speech: 'speech',
  'press-conference': 'webpage',
  'news-article': 'article-newspaper',
  'journal-article': 'article-journal',
  'government-web-page': 'webpage',
};

/**
 * Kinds whose place is where the event happened rather than where the work was published. Zotero imports a
 * speech's `event-place` as its Presentation's place, but a Web Page has no place, so the press conferences'
 * place is lost there whichever variable holds it; it stays for citeproc and the other formats.
 */
const heldAtPlace = new Set<Source['kind']>(['speech', 'press-conference']);

/** A Chinese name as the endnotes print it with the romanization after it, else the romanized name. */
export function printedName(person: Person): CslName {
  return { literal: bilingual(person.nameChinese ?? person.name, person.nameChinese ? person.name : null) };
}

/** One cited work as a CSL-JSON item whose id and citation key are the source id. */
export function sourceToCsl(source: Source, people: ReadonlyMap<string, Person>): CslItem {
  const author = source.authors.map((id) => {
    const person = people.get(id);
    if (!person) throw new Error(`source ${source.id} names unknown person "${id}"`);
    return printedName(person);
  });
  const place = heldAtPlace.has(source.kind) ? 'event-place' : 'publisher-place';
  return withoutEmpty<CslItem>({
    id: source.id,
    'citation-key': source.id,
    type: typeOfKind[source.kind],
    genre: source.kind === 'speech' ? 'speech' : undefined,
    language: source.language,
    author: author.length > 0 ? author : undefined,
    title: bilingual(source.title, source.titleEnglish),
    // only an English name when the report prints no original one (the dataset supplies it, marked inferred)
    'container-title': source.container
      ? bilingual(source.container, source.containerEnglish)
      : (source.containerEnglish ?? undefined),
    [place]: source.place ?? undefined,
    issue: source.issue ?? undefined,
    page: source.pages ?? undefined,
    issued: cslDate(source.issued),
    URL: source.url ?? undefined,
    note: source.cnki ? `CNKI: ${source.cnki}` : undefined,
  });
}
