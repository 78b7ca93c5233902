import { canonicalJson } from '../lib/canonicalJson.js';
import type { OutputFile } from '../lib/outputFile.js';
import { toBiblatex } from './citations/bibtex.js';
import type { CslItem } from './citations/csl.js';
import { cslItemsOf } from './citations/cslItemsOf.js';
import { datasetToCsl } from './citations/datasetToCsl.js';
import { toRis } from './citations/ris.js';
import type { SyncExporter } from './types.js';

function citationFiles(name: string, items: CslItem[]): OutputFile[] {
  return [
    { path: `citations/${name}.csl.json`, contents: canonicalJson(items) },
    { path: `citations/${name}.bib`, contents: toBiblatex(items) },
    { path: `citations/${name}.ris`, contents: toRis(items) },
  ];
}

/**
 * dist/citations/: the cited works, the report itself and the dataset at its release as CSL-JSON, BibTeX and RIS
 * for reference managers.
 */
export const exportCitations: SyncExporter = (dataset) => {
  const items = cslItemsOf(dataset);
  return [
    ...citationFiles('sources', items.sources),
    ...citationFiles('report', items.report),
    // the dataset is cited by its release: a build outside one (no release date) has nothing to cite
    ...(dataset.release.released ? citationFiles('dataset', [datasetToCsl(dataset.release)]) : []),
  ];
};
