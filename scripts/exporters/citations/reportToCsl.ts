import type { Person, Report } from '../../../schema/index.js';
import { type CslItem, type CslName, cslDate } from './csl.js';

/**
 * "Rush Doshi" → Doshi, Rush; "Emily de La Bruyère" → de La Bruyère, Emily: the family name starts at the
 * first lowercase particle, else it is the last word. The particle stays in `family` because Zotero's
 * CSL-JSON import and citation-js's RIS output both drop `non-dropping-particle`; citeproc still renders
 * and sorts it as a particle.
 */
export function westernName(name: string): CslName {
  const words = name.split(' ');
  if (words.length < 2) return { literal: name };
  // with no particle, findIndex's -1 makes both slices below split before the last word
  const familyStart = words.findIndex((word, index) => index > 0 && /^\p{Ll}/u.test(word));
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
}

/** The report itself as a CSL-JSON report by its authors. */
export function reportToCsl(report: Report, people: ReadonlyMap<string, Person>): CslItem {
  return {
    id: report.id,
    'citation-key': report.id,
    type: 'report',
    language: report.language,
    author: report.authors.map((id) => {
      const person = people.get(id);
      if (!person) throw new Error(`the report names unknown author "${id}"`);
      return westernName(person.name);
    }),
    title: report.title,
    publisher: report.publisher,
    issued: cslDate(report.issued),
    URL: report.url,
  };
}
