import type { Dataset } from '../lib/createDataset.js';
import { citationOf, packageName } from './typescript/meta.js';

/** What every file that can hold it says about the release it belongs to. */
export interface ReleaseMeta {
  name: string;
  version: string;
  /** The release date, YYYY-MM-DD, from CITATION.cff; null for a build outside a release. */
  released: string | null;
  /** The licence of the dataset (SPDX); the quoted texts remain their authors'. */
  license: string;
  /** The dataset at this release, cited in plain text (APA): cite the version you used. */
  citation: string;
  /** The report the records come from, cited in plain text, as the package's `meta.citation`. */
  reportCitation: string;
}

/** "beijing-two-voices contributors. (2026). Title (Version 2.1.0) [Data set]. URL", as the README shows it. */
function datasetCitation({ release }: Dataset): string {
  const year = release.released ? release.released.slice(0, 4) : 'n.d.';
  const url = release.url ? ` ${release.url}` : '';
  return `${release.authors.join(', ')}. (${year}). ${release.title} (Version ${release.version}) [Data set].${url}`;
}

export function releaseMeta(dataset: Dataset): ReleaseMeta {
  return {
    name: packageName,
    version: dataset.version,
    released: dataset.release.released,
    license: dataset.release.license,
    citation: datasetCitation(dataset),
    reportCitation: citationOf(dataset),
  };
}
