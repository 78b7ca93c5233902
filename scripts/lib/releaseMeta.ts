import type { Dataset } from './dataset.js';
import { dateInWords } from './dateInWords.js';
import { listInWords } from './listInWords.js';
import { quotedTitle } from './quotedTitle.js';
import type { Release, ReleaseMeta } from './release.js';

/** "beijing-two-voices contributors. (2026). Title (Version 2.1.0) [Data set]. URL", as the README shows it. */
export function datasetCitation(release: Release): string {
  const year = release.released ? release.released.slice(0, 4) : 'n.d.';
  const url = release.url ? ` ${release.url}` : '';
  const authors = release.authors.map((author) => author.name).join(', ');
  return `${authors}. (${year}). ${release.title} (Version ${release.version}) [Data set].${url}`;
}

/** The report cited in plain text: authors, “title,” publisher, date, URL. */
export function reportCitation({ report, people }: Pick<Dataset, 'report' | 'people'>): string {
  const authors = report.authors.map((id) => people.find((person) => person.id === id)?.name ?? id);
  return `${listInWords(authors)}. ${quotedTitle(report.title, '.')} ${report.publisher}, ${dateInWords(report.issued)}. ${report.url}`;
}

/** What all.json's `meta`, the package's `meta`, the SQLite, Parquet and XLSX files say of their release. */
export function releaseMeta(dataset: Dataset): ReleaseMeta {
  const { release } = dataset;
  return {
    name: release.packageName,
    version: release.version,
    released: release.released,
    license: release.license.name,
    datasetCitation: datasetCitation(release),
    reportCitation: reportCitation(dataset),
  };
}
