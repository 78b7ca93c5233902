import { biblatexEntries } from '../citations/bibtex.js';
import type { CslItem } from '../citations/csl.js';
import type { SourceCitation } from './pageTypes.js';

/**
 * The BibTeX entry and CSL-JSON item of each work, by its id, made by the functions that write
 * dist/citations/<name>.bib and .csl.json, so that the page offers the same text as those files.
 */
export function citationsOf(items: CslItem[]): Record<string, SourceCitation> {
  const entries = biblatexEntries(items);
  return Object.fromEntries(
    items.map((item, index) => [item.id, { bibtex: entries[index].trim(), cslJson: JSON.stringify(item, null, 2) }]),
  );
}
