import type { Release } from '../../lib/release.js';
import { type CslItem, cslDate, withoutEmpty } from './csl.js';

/** The key of the dataset's own citation, the same in every release, so that a document citing it keeps working. */
export const datasetKey = 'beijing-two-voices';

/**
 * The dataset itself, at the release its files come from, as a CSL-JSON dataset: cite it with the version used.
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
    title: release.title,
    version: release.version,
    issued: cslDate(release.released),
    URL: release.url ?? undefined,
  });
}
