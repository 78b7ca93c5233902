import type { Release } from '../../lib/release.js';
import { type CslItem, cslDate, withoutEmpty } from './csl.js';

/** The key of the dataset's own citation, the same in every release, so that a document citing it keeps working. */
export const datasetKey = 'beijing-two-voices';

/**
 * The dataset itself, at the release its files come from, as a CSL-JSON dataset: cite it with the version used.
 * The version ends the title, "… (Version 3.0.1)", as data repositories write it, since only some styles print
 * CSL's `version` (APA does; pandoc's default, Chicago author-date, Vancouver and Harvard do not), and one that
 * does would print it twice beside the title. The title is a name, written as its authors write it: a style's
 * title or sentence case could only harm it (the package's name capitalised, the report's title or "Brookings"
 * lower-cased), so the whole of it is kept from changes of case, with CSL's markup (braces in biblatex).
 * Dated by its release; a dataset built outside a release has no date and is dated by nothing else.
 */
export function datasetToCsl(release: Release): CslItem {
  if (!release.released) throw new Error(`version ${release.version} has no release date to cite it by`);
  return withoutEmpty({
    id: datasetKey,
    'citation-key': datasetKey,
    type: 'dataset' as const,
    language: 'en',
    author: release.authors.map((author) => ({ literal: author.name })),
    title: `<span class="nocase">${release.title} (Version ${release.version})</span>`,
    issued: cslDate(release.released),
    URL: release.url ?? undefined,
  });
}
